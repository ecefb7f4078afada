import { and, eq, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import { channelIdentities } from "../../db/schema.js";
import { NotAllowed } from "../../core/errors.js";
import { managesUnit } from "../../core/roles.js";
import { unawaited } from "../../db/pipeline.js";
import { preparedSql } from "../../db/prepared.js";
import { rowsOf } from "../../db/rows.js";
import type { Actor, PersonRole, UserRef } from "./types.js";

/** Last-seen is refreshed at most this often: it orders channels for reminders, not a clock. */
const LAST_SEEN_GRANULARITY_MS = 10 * 60_000;

/** The actor's columns as one raw row; raw so that it can join the engine's first statement. */
export interface ActorRow {
  identity_id: number | null;
  last_seen_ms: number | null;
  person_id: number | null;
  province_id: number | null;
  unit_id: number | null;
  unit_name: string | null;
  full_name: string | null;
  position: string | null;
  person_locale: string | null;
  roles: PersonRole[] | string | null;
}

/**
 * The person behind a channel identity with their roles, in one round trip: every step of every
 * chat needs it. Timestamps leave as epoch milliseconds so both drivers return plain numbers.
 */
export function actorSelect(channel: unknown, externalId: unknown): SQL {
  return sql`select ci.id as identity_id,
      (extract(epoch from ci.last_seen_at) * 1000)::float8 as last_seen_ms,
      p.id as person_id, p.province_id, p.unit_id, u.name as unit_name, p.full_name, p.position, p.locale as person_locale,
      coalesce((select json_agg(json_build_object('role', r.role, 'unitId', r.unit_id) order by r.role, r.unit_id) from roles r where r.person_id = p.id), '[]'::json) as roles
    from channel_identities ci join people p on p.id = ci.person_id left join units u on u.id = p.unit_id
    where ci.channel = ${channel} and ci.external_id = ${externalId} and p.anonymised_at is null`;
}

/**
 * A digest of everything in an actor row but its last-seen time, from the columns of `a` (a row of
 * actorSelect): a remembered actor is still right while the digest is the same. Null: no actor.
 */
export function actorFingerprint(alias: string): SQL {
  const a = sql.raw(alias);
  return sql`md5(row(${a}.identity_id, ${a}.person_id, ${a}.province_id, ${a}.unit_id, ${a}.unit_name, ${a}.full_name, ${a}.position, ${a}.person_locale, ${a}.roles::text)::text)`;
}

/** Last-seen refreshes are few: true when this step must write one. */
const lastSeenStale = (row: ActorRow, now: Date) =>
  row.last_seen_ms === null || now.getTime() - Number(row.last_seen_ms) > LAST_SEEN_GRANULARITY_MS;

/** The row as it stands after actorFromRow ran at `now` (a remembered copy for the next step). */
export const actorRowAfter = (row: ActorRow, now: Date): ActorRow =>
  lastSeenStale(row, now) ? { ...row, last_seen_ms: now.getTime() } : row;

/** Maps the raw row to an actor, and refreshes last-seen when it is stale. */
export async function actorFromRow(tx: Tx, row: ActorRow | undefined, now: Date): Promise<(Actor & { locale: string }) | null> {
  if (!row || row.person_id === null || row.identity_id === null) return null;
  if (lastSeenStale(row, now)) {
    await unawaited(
      tx,
      tx
        .update(channelIdentities)
        .set({ lastSeenAt: now, unreachableAt: null })
        .where(
          and(eq(channelIdentities.id, row.identity_id), or(isNull(channelIdentities.lastSeenAt), lt(channelIdentities.lastSeenAt, now))),
        ),
    );
  }
  return {
    personId: row.person_id,
    provinceId: row.province_id!,
    unitId: row.unit_id,
    unitName: row.unit_name,
    fullName: row.full_name!,
    position: row.position!,
    locale: row.person_locale!,
    roles: typeof row.roles === "string" ? (JSON.parse(row.roles) as PersonRole[]) : (row.roles ?? []),
  };
}

const selectActor = preparedSql<{ channel: string; externalId: string }>(
  "actor",
  actorSelect(sql.placeholder("channel"), sql.placeholder("externalId")),
);

export async function loadActor(tx: Tx, user: UserRef, now: Date): Promise<(Actor & { locale: string }) | null> {
  const [row] = rowsOf<ActorRow>(await selectActor(tx, user));
  return actorFromRow(tx, row, now);
}

export { isOffice, managedUnits, isManager, homeUnit } from "../../core/roles.js";

/**
 * For flows that work on one managed unit: the role may have been taken away since the flow
 * started, so every step checks it again.
 */
export function guardManagedUnit(actor: Actor | null, unitId: number | undefined): void {
  if (unitId !== undefined && !managesUnit(actor, unitId)) throw new NotAllowed();
}
