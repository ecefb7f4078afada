import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import { channelIdentities, people, roles } from "../../db/schema.js";
import { UserError } from "../../errors.js";
import type { Actor, PersonRole, UserRef } from "./types.js";

/** Last-seen is refreshed at most this often: it orders channels for reminders, not a clock. */
const LAST_SEEN_GRANULARITY_MS = 10 * 60_000;

export async function loadActor(tx: Tx, user: UserRef, now: Date): Promise<(Actor & { locale: string }) | null> {
  const [row] = await tx
    .select({
      identityId: channelIdentities.id,
      lastSeenAt: channelIdentities.lastSeenAt,
      personId: people.id,
      provinceId: people.provinceId,
      unitId: people.unitId,
      fullName: people.fullName,
      position: people.position,
      locale: people.locale,
      // Roles in the same round trip: every step of every chat loads the actor.
      roles: sql<PersonRole[]>`coalesce((select json_agg(json_build_object('role', r.role, 'unitId', r.unit_id)) from ${roles} r where r.person_id = ${people.id}), '[]'::json)`,
    })
    .from(channelIdentities)
    .innerJoin(people, eq(people.id, channelIdentities.personId))
    .where(and(eq(channelIdentities.channel, user.channel), eq(channelIdentities.externalId, user.externalId), isNull(people.anonymisedAt)));
  if (!row) return null;
  if (!row.lastSeenAt || now.getTime() - row.lastSeenAt.getTime() > LAST_SEEN_GRANULARITY_MS) {
    await tx
      .update(channelIdentities)
      .set({ lastSeenAt: now, unreachableAt: null })
      .where(and(eq(channelIdentities.id, row.identityId), or(isNull(channelIdentities.lastSeenAt), lt(channelIdentities.lastSeenAt, now))));
  }
  return {
    personId: row.personId,
    provinceId: row.provinceId,
    unitId: row.unitId,
    fullName: row.fullName,
    position: row.position,
    locale: row.locale,
    roles: typeof row.roles === "string" ? (JSON.parse(row.roles) as PersonRole[]) : row.roles,
  };
}

export const isOffice = (a: Actor | null) => !!a?.roles.some((r) => r.role === "office");

/** Units where the actor may act as focal person (focal or leader of that unit). */
export const managedUnits = (a: Actor | null): number[] =>
  a ? a.roles.filter((r) => (r.role === "focal" || r.role === "unit_leader") && r.unitId !== null).map((r) => r.unitId!) : [];

export const isManager = (a: Actor | null) => managedUnits(a).length > 0;

/** The unit a person belongs to for their own registration. */
export const homeUnit = (a: Actor | null): number | null => a?.unitId ?? a?.roles.find((r) => r.unitId !== null)?.unitId ?? null;

/**
 * For flows that work on one managed unit: the role may have been taken away since the flow
 * started, so every step checks it again.
 */
export function guardManagedUnit(actor: Actor | null, unitId: number | undefined): void {
  if (unitId !== undefined && !managedUnits(actor).includes(unitId)) throw new UserError("flow-not-allowed");
}
