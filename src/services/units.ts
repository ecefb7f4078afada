import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../db/client.js";
import { clusters, people, unitKinds, units } from "../db/schema.js";
import { UserError } from "../core/errors.js";

export interface UnitListing {
  id: number;
  code: string;
  name: string;
  kindCode: string;
  kindName: string;
  parentId: number | null;
  parentCode: string | null;
  cluster: string | null;
  people: number;
}

export async function listUnits(db: DbOrTx, provinceId: number): Promise<UnitListing[]> {
  const parent = alias(units, "parent");
  return db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      kindCode: unitKinds.code,
      kindName: unitKinds.name,
      parentId: units.parentId,
      parentCode: parent.code,
      cluster: clusters.name,
      people: sql<number>`(select count(*)::int from ${people} where ${people.unitId} = ${units.id} and ${people.anonymisedAt} is null)`,
    })
    .from(units)
    .innerJoin(unitKinds, eq(unitKinds.id, units.kindId))
    .leftJoin(parent, eq(parent.id, units.parentId))
    .leftJoin(clusters, eq(clusters.id, units.clusterId))
    .where(eq(units.provinceId, provinceId))
    .orderBy(asc(units.code));
}

export async function getUnitByCode(db: DbOrTx, provinceId: number, code: string) {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.provinceId, provinceId), eq(units.code, code.trim().toUpperCase())));
  if (!row) throw new UserError("unit-unknown", { code });
  return row;
}

/** Depth-first order with depth, so a list reads like the organisation chart. */
export function asTree<T extends { id: number; parentId: number | null; code: string }>(rows: T[]): Array<T & { depth: number }> {
  const children = new Map<number | null, T[]>();
  const ids = new Set(rows.map((r) => r.id));
  for (const r of rows) {
    const key = r.parentId !== null && ids.has(r.parentId) ? r.parentId : null;
    children.set(key, [...(children.get(key) ?? []), r]);
  }
  const out: Array<T & { depth: number }> = [];
  const visit = (parent: number | null, depth: number) => {
    for (const r of (children.get(parent) ?? []).sort((a, b) => a.code.localeCompare(b.code))) {
      out.push({ ...r, depth });
      visit(r.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** A unit's name ("" when it is gone). */
export async function unitNameOf(db: DbOrTx, unitId: number): Promise<string> {
  const [u] = await db.select({ name: units.name }).from(units).where(eq(units.id, unitId));
  return u?.name ?? "";
}

/** These units' ids and names (the units a focal person manages). */
export function unitsByIds(db: DbOrTx, ids: number[]): Promise<Array<{ id: number; name: string }>> {
  return db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids));
}

/** Every unit of the province with its code and name (to find one typed by a person). */
export function provinceUnits(db: DbOrTx, provinceId: number): Promise<Array<{ id: number; code: string; name: string }>> {
  return db.select({ id: units.id, code: units.code, name: units.name }).from(units).where(eq(units.provinceId, provinceId));
}
