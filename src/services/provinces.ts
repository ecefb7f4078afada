import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { provinces } from "../db/schema.js";
import { UserError } from "../core/errors.js";
import { writeAudit } from "./audit.js";
import { type ActorRef } from "../core/actor.js";

export type Province = typeof provinces.$inferSelect;

export async function listProvinces(db: DbOrTx): Promise<Province[]> {
  return db.select().from(provinces).orderBy(asc(provinces.id));
}

/**
 * Most deployments serve one province, so commands need no --province until a second one exists.
 */
export async function resolveProvince(db: DbOrTx, code?: string): Promise<Province> {
  if (code) {
    const [row] = await db.select().from(provinces).where(eq(provinces.code, code.toUpperCase()));
    if (!row) throw new UserError("province-unknown", { code });
    return row;
  }
  const all = await listProvinces(db);
  if (all.length === 1) return all[0]!;
  if (all.length === 0) throw new UserError("province-none");
  throw new UserError("province-ambiguous", { codes: all.map((p) => p.code).join(", ") });
}

export async function ensureProvince(db: DbOrTx, code: string, name: string, actor: ActorRef): Promise<Province> {
  const upper = code.toUpperCase();
  const [existing] = await db.select().from(provinces).where(eq(provinces.code, upper));
  if (existing) return existing;
  const [created] = await db.insert(provinces).values({ code: upper, name }).returning();
  await writeAudit(db, { provinceId: created!.id, actor, action: "create", entity: "province", entityId: created!.id, after: created });
  return created!;
}
