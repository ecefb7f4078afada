import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { consents } from "../../db/schema.js";
import { writeAudit } from "../../services/audit.js";

/**
 * What a person consents to, each decided on its own: "records" (handling their emulation records,
 * which the bot needs to work) and "messages" (reminders, announcements, nudges: optional).
 */
export const PURPOSES = ["records", "messages"] as const;
export type Purpose = (typeof PURPOSES)[number];

/** Outbox kinds that are reminders or announcements: stopped for people who declined "messages". */
export const MESSAGE_KINDS: ReadonlySet<string> = new Set(["reminder", "reminder-office", "nudge", "digest", "announcement"]);

export interface Decision {
  accepted: boolean;
  noticeVersion: string;
  decidedAt: Date;
}

/** The person's latest decision for `personIdSql` and `purpose` declined: usable inside a query about people. */
export function declined(personIdSql: SQL, purpose: Purpose): SQL {
  return sql`coalesce((select c.accepted from consents c where c.person_id = ${personIdSql} and c.purpose = ${purpose}
    order by c.decided_at desc, c.id desc limit 1) = false, false)`;
}

export async function recordDecision(
  db: DbOrTx,
  d: { provinceId: number; personId: number; purpose: Purpose; accepted: boolean; noticeVersion: string; now: Date; withdrawal?: boolean },
): Promise<void> {
  await db.insert(consents).values({
    provinceId: d.provinceId,
    personId: d.personId,
    purpose: d.purpose,
    accepted: d.accepted,
    noticeVersion: d.noticeVersion,
    decidedAt: d.now,
  });
  if (d.withdrawal || d.accepted) {
    await writeAudit(db, {
      provinceId: d.provinceId,
      actor: d,
      action: d.accepted ? "consent-give" : "consent-withdraw",
      entity: "person",
      entityId: d.personId,
      after: { purpose: d.purpose, version: d.noticeVersion },
    });
  }
}

/** The latest decision per purpose (null: never asked, which is not consent). */
export async function decisions(db: DbOrTx, personId: number): Promise<Record<Purpose, Decision | null>> {
  const rows = await db
    .select({
      purpose: consents.purpose,
      accepted: consents.accepted,
      noticeVersion: consents.noticeVersion,
      decidedAt: consents.decidedAt,
    })
    .from(consents)
    .where(eq(consents.personId, personId))
    .orderBy(desc(consents.decidedAt), desc(consents.id));
  const out: Record<Purpose, Decision | null> = { records: null, messages: null };
  for (const p of PURPOSES) {
    const r = rows.find((x) => x.purpose === p);
    out[p] = r ? { accepted: r.accepted, noticeVersion: r.noticeVersion, decidedAt: r.decidedAt } : null;
  }
  return out;
}

/** Of `personIds`, those whose latest "messages" decision is a refusal. */
export async function declinedMessages(db: DbOrTx, personIds: number[]): Promise<Set<number>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectDistinctOn([consents.personId], { personId: consents.personId, accepted: consents.accepted })
    .from(consents)
    .where(and(inArray(consents.personId, [...new Set(personIds)]), eq(consents.purpose, "messages")))
    .orderBy(consents.personId, desc(consents.decidedAt), desc(consents.id));
  return new Set(rows.filter((r) => !r.accepted).map((r) => r.personId!));
}
