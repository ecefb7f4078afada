import { and, asc, eq, sql } from "drizzle-orm";
import { prepared } from "../db/prepared.js";
import type { DbOrTx } from "../db/client.js";
import { initiatives } from "../db/schema.js";
import { schoolYearOf } from "../domain/calendar.js";
import type { InitiativeFact } from "../domain/rules/types.js";
import { writeAudit } from "./audit.js";

export type Initiative = typeof initiatives.$inferSelect;
export type NewInitiative = Pick<typeof initiatives.$inferInsert, "title" | "field" | "coAuthors" | "status" | "decisionNumber" | "decidedOn" | "scope">;

export async function declareInitiative(db: DbOrTx, owner: { personId: number; provinceId: number; unitId: number | null }, input: NewInitiative): Promise<Initiative> {
  const [row] = await db
    .insert(initiatives)
    .values({ ...input, personId: owner.personId, provinceId: owner.provinceId, unitId: owner.unitId })
    .returning();
  await writeAudit(db, { provinceId: owner.provinceId, actor: `person:${owner.personId}`, action: "create", entity: "initiative", entityId: row!.id, after: row });
  return row!;
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
