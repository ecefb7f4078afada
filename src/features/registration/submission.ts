import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { channelIdentities, roles, unitSubmissions, units } from "../../db/schema.js";
import { formatDateTime } from "../../domain/calendar.js";
import { UserError } from "../../core/errors.js";
import type { Actor, ActorRef } from "../../core/actor.js";
import type { Notification } from "../../core/messages.js";
import { writeAudit } from "../../services/audit.js";
import type { Campaign } from "./campaigns.js";
import { listCollectives } from "./collectives.js";
import { assertManages, assertUnitEditable } from "./guards.js";
import { unitRegistrations } from "./registrations.js";
import { listTargets } from "./targets.js";

export async function submissionOf(db: DbOrTx, campaignId: number, unitId: number) {
  const [row] = await db
    .select()
    .from(unitSubmissions)
    .where(and(eq(unitSubmissions.campaignId, campaignId), eq(unitSubmissions.unitId, unitId)));
  return row ?? null;
}

export async function officePeople(db: DbOrTx, provinceId: number): Promise<number[]> {
  const rows = await db
    .select({ personId: roles.personId })
    .from(roles)
    .where(and(eq(roles.provinceId, provinceId), eq(roles.role, "office")));
  return [...new Set(rows.map((r) => r.personId))];
}

/** What became of a submission: how many of the Văn phòng the bot could tell. */
export interface SubmitOutcome {
  officeNotified: number;
}

export async function submitUnit(
  db: DbOrTx,
  ctx: { campaign: Campaign; actor: Actor | null; unitId: number; now: Date; timeZone: string; notify(n: Notification): void },
): Promise<SubmitOutcome> {
  assertManages(ctx.actor, ctx.unitId);
  await assertUnitEditable(db, ctx.campaign, ctx.unitId, ctx.now, ctx.timeZone);
  const regs = await unitRegistrations(db, ctx.campaign.id, ctx.unitId);
  // A registration still waiting for review would go to the Sở as if approved: review first.
  const pending = regs.filter((r) => r.status === "pending");
  if (pending.length > 0)
    throw new UserError("truth-submit-pending", { count: pending.length, names: pending.map((r) => r.fullName).join(", ") });
  const [unit] = await db.select().from(units).where(eq(units.id, ctx.unitId));
  const snapshot = {
    registrations: regs,
    targets: await listTargets(db, ctx.campaign.id, ctx.unitId),
    collectives: await listCollectives(db, ctx.campaign.id, ctx.unitId),
  };
  const values = { status: "submitted" as const, submittedAt: ctx.now, submittedBy: ctx.actor.personId, snapshot, updatedAt: ctx.now };
  const [row] = await db
    .insert(unitSubmissions)
    .values({ provinceId: ctx.actor.provinceId, campaignId: ctx.campaign.id, unitId: ctx.unitId, ...values })
    .onConflictDoUpdate({ target: [unitSubmissions.campaignId, unitSubmissions.unitId], set: values })
    .returning();
  await writeAudit(db, {
    provinceId: ctx.actor.provinceId,
    actor: ctx.actor,
    action: "submit",
    entity: "unit_submission",
    entityId: row!.id,
    after: { status: "submitted", submittedAt: ctx.now },
  });
  const office = await officePeople(db, ctx.actor.provinceId);
  for (const personId of office) {
    ctx.notify({
      personId,
      provinceId: ctx.actor.provinceId,
      dedupeKey: `unit-submitted:${row!.id}:${ctx.now.getTime()}:${personId}`,
      message: {
        key: "notify-unit-submitted",
        vars: {
          unit: unit!.name,
          campaign: ctx.campaign.title,
          at: formatDateTime(ctx.now, ctx.timeZone),
          registrations: snapshot.registrations.length,
        },
      },
    });
  }
  const reachable = office.length
    ? await db
        .selectDistinct({ id: channelIdentities.personId })
        .from(channelIdentities)
        .where(and(inArray(channelIdentities.personId, office), isNull(channelIdentities.unreachableAt)))
    : [];
  return { officeNotified: reachable.length };
}

/** The Văn phòng unlocks a submitted unit (chat: /dotthidua → Mở lại đơn vị; the web workspace; CLI: campaign reopen --unit). */
export async function reopenUnit(
  db: DbOrTx,
  provinceId: number,
  campaignId: number,
  unitId: number,
  now: Date,
  actor: ActorRef,
  reason?: string,
): Promise<boolean> {
  const before = await submissionOf(db, campaignId, unitId);
  if (!before || before.status !== "submitted") return false;
  const [after] = await db
    .update(unitSubmissions)
    .set({ status: "draft", reopenedAt: now, updatedAt: now })
    .where(eq(unitSubmissions.id, before.id))
    .returning();
  await writeAudit(db, {
    provinceId,
    actor,
    action: "reopen",
    entity: "unit_submission",
    entityId: before.id,
    before: { status: before.status },
    after: { status: after!.status, ...(reason ? { reason } : {}) },
  });
  return true;
}
