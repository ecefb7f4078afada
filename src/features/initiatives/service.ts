import { and, asc, eq, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared.js";
import type { DbOrTx } from "../../db/client.js";
import { initiatives } from "../../db/schema.js";
import { schoolYearOf } from "../../domain/calendar.js";
import type { InitiativeFact } from "../../domain/rules/types.js";
import { UserError } from "../../core/errors.js";
import { writeAudit } from "../../services/audit.js";

export type Initiative = typeof initiatives.$inferSelect;
export type NewInitiative = Pick<
  typeof initiatives.$inferInsert,
  "title" | "field" | "coAuthors" | "status" | "decisionNumber" | "decidedOn" | "scope"
>;

export async function declareInitiative(
  db: DbOrTx,
  owner: { personId: number; provinceId: number; unitId: number | null },
  input: NewInitiative,
): Promise<Initiative> {
  const [row] = await db
    .insert(initiatives)
    .values({ ...input, personId: owner.personId, provinceId: owner.provinceId, unitId: owner.unitId })
    .returning();
  await writeAudit(db, {
    provinceId: owner.provinceId,
    actor: owner,
    action: "create",
    entity: "initiative",
    entityId: row!.id,
    after: row,
  });
  return row!;
}

/** Changes a sáng kiến its owner declared; another person's is refused. */
export async function updateInitiative(
  db: DbOrTx,
  owner: { personId: number; provinceId: number },
  id: number,
  input: NewInitiative,
): Promise<Initiative> {
  const [before] = await db
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.id, id), eq(initiatives.personId, owner.personId)));
  if (!before) throw new UserError("button-stale");
  const [after] = await db.update(initiatives).set(input).where(eq(initiatives.id, id)).returning();
  await writeAudit(db, { provinceId: owner.provinceId, actor: owner, action: "update", entity: "initiative", entityId: id, before, after });
  return after!;
}

/** Deletes a sáng kiến its owner declared (a nomination citing it keeps its text, not the link). */
export async function deleteInitiative(db: DbOrTx, owner: { personId: number; provinceId: number }, id: number): Promise<Initiative> {
  const [before] = await db
    .delete(initiatives)
    .where(and(eq(initiatives.id, id), eq(initiatives.personId, owner.personId)))
    .returning();
  if (!before) throw new UserError("button-stale");
  await writeAudit(db, { provinceId: owner.provinceId, actor: owner, action: "delete", entity: "initiative", entityId: id, before });
  return before;
}

export async function initiativesOf(db: DbOrTx, personId: number): Promise<Initiative[]> {
  return db.select().from(initiatives).where(eq(initiatives.personId, personId)).orderBy(asc(initiatives.id));
}

const selectRecognised = prepared<{ personId: number }, Initiative[]>("recognised-initiatives", (db) =>
  db
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.personId, sql.placeholder("personId")), eq(initiatives.status, "recognised")))
    .orderBy(asc(initiatives.id)),
);

/** Read at every title choice (the rules need them): a prepared query. */
export const recognisedInitiatives = (db: DbOrTx, personId: number): Promise<Initiative[]> => selectRecognised(db, { personId });

/** Recognised sáng kiến in the shape the title rules read (scope and school year of recognition). */
export async function initiativeFacts(db: DbOrTx, personId: number): Promise<InitiativeFact[]> {
  return (await recognisedInitiatives(db, personId)).flatMap((i) => {
    if (!i.scope || !i.decidedOn) return [];
    const [y, m, d] = i.decidedOn.split("-").map(Number);
    return [{ scope: i.scope, schoolYear: schoolYearOf({ year: y!, month: m!, day: d! }).label }];
  });
}
