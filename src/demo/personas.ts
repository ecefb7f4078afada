import { and, asc, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { channelIdentities, people, roles, units, type Role } from "../db/schema.js";
import type { UserRef } from "../core/index.js";

export interface Persona {
  personId: number;
  fullName: string;
  role: Role;
  /** The person's own unit (the Sở for the Văn phòng); null when none is recorded. */
  unitName: string | null;
}

/** Where the console finds its demo people (the console takes it from main.ts; tests too). */
export interface PersonaDirectory {
  /** A handful of people covering every role in the province. */
  list(provinceId: number): Promise<Persona[]>;
  /** Links the console to this person, as if they had joined. */
  bind(personId: number): Promise<UserRef>;
}

const personaFields = { personId: people.id, fullName: people.fullName, role: roles.role, unitName: units.name };

/** People holding `role` in the province (optionally in one unit), oldest first unless told. */
function withRole(db: Db, provinceId: number, role: Role, unitId?: number, order: SQL[] = []) {
  return db
    .select(personaFields)
    .from(roles)
    .innerJoin(people, eq(people.id, roles.personId))
    .leftJoin(units, eq(units.id, people.unitId))
    .where(
      and(
        eq(roles.provinceId, provinceId),
        eq(roles.role, role),
        isNull(people.anonymisedAt),
        unitId === undefined ? undefined : eq(roles.unitId, unitId),
      ),
    )
    .orderBy(...order, asc(people.id));
}

/**
 * A handful of demo people covering every role: the first Văn phòng person, the focal person and
 * a teacher of two schools of different kinds, and the leader of the first school. Small targeted
 * queries, so it stays cheap on a real province too.
 */
export async function listPersonas(db: Db, provinceId: number): Promise<Persona[]> {
  const out: Persona[] = [];
  const [office] = await withRole(db, provinceId, "office").limit(1);
  if (office) out.push(office);

  const focals = await db
    .select({ ...personaFields, unitId: roles.unitId, kindId: units.kindId })
    .from(roles)
    .innerJoin(people, eq(people.id, roles.personId))
    .innerJoin(units, eq(units.id, roles.unitId))
    .where(and(eq(roles.provinceId, provinceId), eq(roles.role, "focal"), isNull(people.anonymisedAt)))
    .orderBy(asc(units.id), asc(people.id))
    .limit(100);
  const first = focals[0];
  // Two kinds of school (e.g. THPT under the Sở, a primary school under a commune) show more of the flows.
  const second = focals.find((f) => first && f.kindId !== first.kindId) ?? focals.find((f) => first && f.unitId !== first.unitId);

  for (const school of [first, second]) {
    if (!school) continue;
    const { unitId, kindId: _kind, ...focal } = school;
    out.push(focal);
    // Prefer a "Giáo viên" over the accountant or clerk: registration is mostly a teacher's job.
    const teacherFirst = sql`case when ${people.position} ilike 'giáo viên%' then 0 else 1 end`;
    const [teacher] = await withRole(db, provinceId, "staff", unitId!, [teacherFirst]).limit(1);
    if (teacher) out.push(teacher);
  }
  if (first) {
    const [leader] = await withRole(db, provinceId, "unit_leader", first.unitId!).limit(1);
    if (leader) out.push(leader);
  }
  return out;
}

export const consoleExternalId = (personId: number) => `person-${personId}`;

/**
 * Links the console to this person, as if they had joined. Demo personas count as having accepted
 * the consent notice already, so nothing else is recorded.
 */
export async function bindPersona(db: Db, personId: number): Promise<UserRef> {
  const [person] = await db.select({ provinceId: people.provinceId }).from(people).where(eq(people.id, personId));
  if (!person) throw new Error(`no person ${personId}`);
  const externalId = consoleExternalId(personId);
  await db
    .insert(channelIdentities)
    .values({ provinceId: person.provinceId, personId, channel: "console", externalId })
    .onConflictDoNothing();
  return { channel: "console", externalId };
}

/** The console's demo people, on `db`. */
export const createPersonaDirectory = (db: Db): PersonaDirectory => ({
  list: (provinceId) => listPersonas(db, provinceId),
  bind: (personId) => bindPersona(db, personId),
});
