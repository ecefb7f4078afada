import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { people, unitKinds, units } from "../../db/schema.js";

/** The units directly under this one (a commune's schools). */
export async function childUnitIds(db: DbOrTx, unitId: number): Promise<number[]> {
  return (await db.select({ id: units.id }).from(units).where(eq(units.parentId, unitId))).map((u) => u.id);
}

/** The code of a unit's kind (THPT, XA, …), "" when unknown. */
export async function unitKindCodeOf(db: DbOrTx, unitId: number): Promise<string> {
  const [row] = await db
    .select({ code: unitKinds.code })
    .from(units)
    .innerJoin(unitKinds, eq(unitKinds.id, units.kindId))
    .where(eq(units.id, unitId));
  return row?.code ?? "";
}

/** People of these units, offered as nominees. */
export function membersOf(db: DbOrTx, unitIds: number[], limit: number) {
  return db.select({ id: people.id, name: people.fullName }).from(people).where(inArray(people.unitId, unitIds)).limit(limit);
}

export async function personById(db: DbOrTx, personId: number) {
  const [p] = await db.select({ id: people.id, name: people.fullName, unitId: people.unitId }).from(people).where(eq(people.id, personId));
  return p;
}

/** Everybody of the province, to match a typed name. */
export function provincePeople(db: DbOrTx, provinceId: number) {
  return db.select({ id: people.id, unitId: people.unitId, name: people.fullName }).from(people).where(eq(people.provinceId, provinceId));
}
