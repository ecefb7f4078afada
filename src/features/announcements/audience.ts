import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { rowsOf } from "../../db/rows.js";
import type { AnnouncementAudience } from "../../db/schema.js";
import { REMINDED_KINDS } from "../../reminders/campaign-kinds.js";
import { declined } from "../consent/service.js";

/** Who sends: the Văn phòng (unitId null, the province) or a focal person (their unit only). */
export interface SenderScope {
  provinceId: number;
  senderId: number;
  /** A focal person's unit: the audience never leaves it. */
  unitId: number | null;
}

export type Reach = "ok" | "none" | "blocked" | "declined";

/** The people an announcement is for, as a condition on `people p`. The sender is left out. */
export function audienceWhere(scope: SenderScope, audience: AnnouncementAudience): SQL {
  const parts: SQL[] = [sql`p.province_id = ${scope.provinceId}`, sql`p.anonymised_at is null`, sql`p.id <> ${scope.senderId}`];
  if (scope.unitId !== null) parts.push(sql`p.unit_id = ${scope.unitId}`);
  if (audience.who === "managers")
    parts.push(sql`exists (select 1 from roles r where r.person_id = p.id and r.role in ('focal', 'unit_leader'))`);
  const w = audience.where;
  switch (w.kind) {
    case "province":
      break;
    case "unit-kind":
      parts.push(sql`p.unit_id in (select u.id from units u where u.province_id = ${scope.provinceId} and u.kind_id = ${w.id})`);
      break;
    case "cluster":
      parts.push(sql`p.unit_id in (select u.id from units u where u.province_id = ${scope.provinceId} and u.cluster_id = ${w.id})`);
      break;
    case "unit":
      parts.push(sql`p.unit_id = ${w.id}`);
      break;
    case "not-submitted":
      parts.push(notSubmitted(scope.provinceId, w.campaignId));
      break;
  }
  return sql.join(parts, sql` and `);
}

/** Units expected to submit (they have a focal person or leader) that have not submitted `campaignId`. */
function notSubmitted(provinceId: number, campaignId: number): SQL {
  return sql`p.unit_id in (
    select r.unit_id from roles r join campaigns c on c.id = ${campaignId} and c.province_id = ${provinceId}
    where r.province_id = ${provinceId} and r.role in ('focal', 'unit_leader') and r.unit_id is not null
    and r.unit_id not in (${submittedUnitsOf(campaignId)}))`;
}

/** The campaign's submitted units, whatever its kind (a kind without a deadline: none submitted). */
export function submittedUnitsOf(campaignId: number): SQL {
  // The kind is read in SQL so the audience stays one statement; each kind's rule comes from the registry.
  const branches = Object.entries(REMINDED_KINDS).map(
    ([kind, k]) =>
      sql`select unit_id from (${k.submittedUnits(campaignId)}) s where (select kind from campaigns where id = ${campaignId}) = ${kind}`,
  );
  return sql.join(branches, sql` union all `);
}

/** How a person can be reached: declined announcements, no messenger, every chat blocked, or fine. */
export const REACH: SQL = sql`case
  when ${declined(sql`p.id`, "messages")} then 'declined'
  when exists (select 1 from channel_identities ci where ci.person_id = p.id and ci.unreachable_at is null) then 'ok'
  when exists (select 1 from channel_identities ci where ci.person_id = p.id) then 'blocked'
  else 'none' end`;

export const REACHABLE: SQL = sql`not ${declined(sql`p.id`, "messages")}
  and exists (select 1 from channel_identities ci where ci.person_id = p.id and ci.unreachable_at is null)`;

export interface ReachCounts {
  ok: number;
  none: number;
  blocked: number;
  declined: number;
}

export async function reachCounts(db: DbOrTx, scope: SenderScope, audience: AnnouncementAudience): Promise<ReachCounts> {
  const rows = rowsOf<{ reach: Reach; n: number }>(
    await db.execute(
      sql`select reach, count(*)::int as n from (select ${REACH} as reach from people p where ${audienceWhere(scope, audience)}) x group by reach`,
    ),
  );
  const counts: ReachCounts = { ok: 0, none: 0, blocked: 0, declined: 0 };
  for (const r of rows) counts[r.reach] = Number(r.n);
  return counts;
}

/** Who cannot be reached, with their unit and why, in name order (at most `limit`). */
export async function unreachablePeople(db: DbOrTx, scope: SenderScope, audience: AnnouncementAudience, limit: number) {
  return rowsOf<{ name: string; unit: string | null; reach: Reach }>(
    await db.execute(sql`select * from (select p.full_name as name, u.name as unit, ${REACH} as reach from people p left join units u on u.id = p.unit_id
      where ${audienceWhere(scope, audience)}) x where reach <> 'ok' order by unit nulls first, name limit ${limit}`),
  );
}
