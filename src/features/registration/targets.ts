import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { unitTargets } from "../../db/schema.js";
import { UserError } from "../../core/errors.js";
import type { Actor } from "../../core/actor.js";
import { writeAudit } from "../../services/audit.js";
import type { Campaign } from "./campaigns.js";
import { assertManages, assertUnitEditable } from "./guards.js";

export async function listTargets(db: DbOrTx, campaignId: number, unitId: number) {
  return db
    .select()
    .from(unitTargets)
    .where(and(eq(unitTargets.campaignId, campaignId), eq(unitTargets.unitId, unitId)))
    .orderBy(asc(unitTargets.id));
}

export interface TargetInput {
  content: string;
  measure: string;
  planned: string;
}

export async function saveTarget(
  db: DbOrTx,
  ctx: { campaign: Campaign; actor: Actor | null; unitId: number; now: Date; timeZone: string },
  input: TargetInput,
  targetId?: number,
): Promise<void> {
  assertManages(ctx.actor, ctx.unitId);
  await assertUnitEditable(db, ctx.campaign, ctx.unitId, ctx.now, ctx.timeZone);
  const actor = ctx.actor;
  if (targetId) {
    const [before] = await db
      .select()
      .from(unitTargets)
      .where(and(eq(unitTargets.id, targetId), eq(unitTargets.unitId, ctx.unitId)));
    if (!before) throw new UserError("button-stale");
    const [after] = await db.update(unitTargets).set(input).where(eq(unitTargets.id, targetId)).returning();
    await writeAudit(db, {
      provinceId: before.provinceId,
      actor,
      action: "update",
      entity: "unit_target",
      entityId: targetId,
      before,
      after,
    });
    return;
  }
  const [row] = await db
    .insert(unitTargets)
    .values({ provinceId: ctx.actor.provinceId, campaignId: ctx.campaign.id, unitId: ctx.unitId, ...input })
    .returning();
  await writeAudit(db, { provinceId: row!.provinceId, actor, action: "create", entity: "unit_target", entityId: row!.id, after: row });
}

export async function removeTarget(
  db: DbOrTx,
  ctx: { campaign: Campaign; actor: Actor | null; unitId: number; now: Date; timeZone: string },
  targetId: number,
) {
  assertManages(ctx.actor, ctx.unitId);
  await assertUnitEditable(db, ctx.campaign, ctx.unitId, ctx.now, ctx.timeZone);
  const [before] = await db
    .delete(unitTargets)
    .where(and(eq(unitTargets.id, targetId), eq(unitTargets.unitId, ctx.unitId)))
    .returning();
  if (!before) throw new UserError("button-stale");
  await writeAudit(db, {
    provinceId: before.provinceId,
    actor: ctx.actor,
    action: "delete",
    entity: "unit_target",
    entityId: targetId,
    before,
  });
}
