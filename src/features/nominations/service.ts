import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  campaigns,
  nominationEvidence,
  nominations,
  people,
  roles,
  unitKinds,
  units,
  type NominationCriterion,
  type NominationYear,
} from "../../db/schema.js";
import { countProblem, countRuleFor } from "../../domain/nominations.js";
import { NotAllowed, UserError } from "../../core/errors.js";
import type { SystemActor } from "../../core/actor.js";
import { isOfficeOf, managesUnit, MANAGER_ROLES } from "../../core/roles.js";
import type { Actor } from "../../core/actor.js";
import type { InboundFile, Notification } from "../../core/messages.js";
import { writeAudit } from "../../services/audit.js";
import { openCampaignOfKind } from "../registration/campaigns.js";

export type Nomination = typeof nominations.$inferSelect;
export type NominationCampaign = typeof campaigns.$inferSelect & { schoolYear: string };

/** The open nomination campaign of the province, newest deadline first. */
export const openNominationCampaign = (db: DbOrTx, provinceId: number, now: Date): Promise<NominationCampaign | null> =>
  openCampaignOfKind(db, provinceId, "nomination", now);

export async function unitNominations(db: DbOrTx, campaignId: number, unitId: number): Promise<Nomination[]> {
  return db
    .select()
    .from(nominations)
    .where(and(eq(nominations.campaignId, campaignId), eq(nominations.unitId, unitId)))
    .orderBy(asc(nominations.id));
}

export async function getNomination(db: DbOrTx, id: number): Promise<Nomination | null> {
  const [row] = await db.select().from(nominations).where(eq(nominations.id, id));
  return row ?? null;
}

export interface NominationInput {
  kind: "individual" | "collective";
  personId: number | null;
  nomineeName: string;
  field: string;
  summary: string;
  years: NominationYear[];
  initiativeId: number | null;
  initiativeText: string | null;
  criteria: NominationCriterion[];
}

/**
 * Saves a draft (new, or an edit of a draft or returned one). Only the unit's focal person or
 * leader may, a nominee must belong to the unit, and the deadline must not have passed.
 */
export async function saveNomination(
  db: DbOrTx,
  ctx: { actor: Actor; campaign: NominationCampaign; unitId: number; now: Date },
  input: NominationInput,
  evidence: Array<InboundFile & { channel: "telegram" | "zalo" | "console" }>,
  editId?: number,
): Promise<Nomination> {
  const { actor, campaign, unitId, now } = ctx;
  if (!managesUnit(actor, unitId)) throw new NotAllowed();
  if (campaign.closedAt || now > campaign.deadlineAt) throw new UserError("nomination-closed");
  if (input.personId !== null) {
    const [p] = await db.select({ unitId: people.unitId }).from(people).where(eq(people.id, input.personId));
    if (!p || p.unitId !== unitId) throw new UserError("nomination-nominee-other-unit");
  }
  let row: Nomination;
  if (editId) {
    const before = await getNomination(db, editId);
    if (!before || before.unitId !== unitId || before.campaignId !== campaign.id) throw new NotAllowed();
    if (before.status !== "draft" && before.status !== "returned") throw new UserError("nomination-not-editable");
    [row] = (await db
      .update(nominations)
      .set({ ...input, status: "draft", updatedAt: now })
      .where(eq(nominations.id, editId))
      .returning()) as [Nomination];
    await writeAudit(db, {
      provinceId: campaign.provinceId,
      actor: actor,
      action: "update",
      entity: "nomination",
      entityId: editId,
      before,
      after: row,
    });
  } else {
    [row] = (await db
      .insert(nominations)
      .values({ ...input, provinceId: campaign.provinceId, campaignId: campaign.id, unitId, createdBy: actor.personId })
      .returning()) as [Nomination];
    await writeAudit(db, {
      provinceId: campaign.provinceId,
      actor: actor,
      action: "create",
      entity: "nomination",
      entityId: row.id,
      after: row,
    });
  }
  if (evidence.length > 0) {
    await db.insert(nominationEvidence).values(
      evidence.map((f) => ({
        provinceId: campaign.provinceId,
        nominationId: row.id,
        channel: f.channel,
        fileId: f.fileId,
        fileName: f.name ?? `${f.kind}-${f.fileId.slice(-8)}`,
        mime: f.mime ?? "application/octet-stream",
        size: f.size ?? null,
      })),
    );
  }
  return row;
}

/**
 * Submits the unit's list: every draft or returned nomination becomes submitted, after the count
 * for the unit's kind is checked. The Văn phòng is told.
 */
export async function submitNominations(
  db: DbOrTx,
  ctx: { actor: Actor; campaign: NominationCampaign; unitId: number; now: Date; notify: (n: Notification) => void },
): Promise<number> {
  const { actor, campaign, unitId, now } = ctx;
  if (!managesUnit(actor, unitId)) throw new NotAllowed();
  if (campaign.closedAt || now > campaign.deadlineAt) throw new UserError("nomination-closed");
  const list = await unitNominations(db, campaign.id, unitId);
  const [unit] = await db
    .select({ name: units.name, kind: unitKinds.code })
    .from(units)
    .innerJoin(unitKinds, eq(unitKinds.id, units.kindId))
    .where(eq(units.id, unitId));
  const rule = countRuleFor(campaign.settings, unit!.kind);
  const problem = countProblem(list.length, rule);
  // By default the count only warns (the flow says so); a campaign may make it block.
  if (problem && rule.enforce === "block") throw new UserError(problem.key, problem.params);
  const pending = list.filter((n) => n.status === "draft" || n.status === "returned");
  if (pending.length === 0) throw new UserError("nomination-nothing-to-submit");
  await db
    .update(nominations)
    .set({ status: "submitted", submittedAt: now, returnReason: null, updatedAt: now })
    .where(
      inArray(
        nominations.id,
        pending.map((n) => n.id),
      ),
    );
  await writeAudit(db, {
    provinceId: campaign.provinceId,
    actor: actor,
    action: "submit",
    entity: "nomination",
    entityId: unitId,
    after: { ids: pending.map((n) => n.id) },
  });
  const office = await db
    .select({ id: roles.personId })
    .from(roles)
    .where(and(eq(roles.provinceId, campaign.provinceId), eq(roles.role, "office")));
  for (const o of office) {
    ctx.notify({
      personId: o.id,
      provinceId: campaign.provinceId,
      dedupeKey: `nomination-submitted:${unitId}:${now.toISOString()}:${o.id}`,
      message: { key: "notify-nominations-submitted", vars: { unit: unit!.name, count: pending.length } },
    });
  }
  return pending.length;
}

/** The Văn phòng accepts a submitted nomination, or returns it with a reason; the unit is told. */
export async function reviewNomination(
  db: DbOrTx,
  ctx: { actor: Actor | SystemActor; provinceId: number; now: Date; notify: (n: Notification) => void },
  id: number,
  decision: { accept: true } | { accept: false; reason: string },
): Promise<Nomination> {
  const before = await getNomination(db, id);
  if (!before || before.provinceId !== ctx.provinceId) throw new UserError("nomination-unknown", { id });
  if (!isOfficeOf(ctx.actor, ctx.provinceId)) throw new NotAllowed();
  if (before.status !== "submitted") throw new UserError("nomination-not-submitted", { id });
  const values = decision.accept
    ? { status: "accepted" as const, returnReason: null }
    : { status: "returned" as const, returnReason: decision.reason };
  const [row] = (await db
    .update(nominations)
    .set({ ...values, updatedAt: ctx.now })
    .where(eq(nominations.id, id))
    .returning()) as [Nomination];
  await writeAudit(db, {
    provinceId: ctx.provinceId,
    actor: ctx.actor,
    action: decision.accept ? "accept" : "return",
    entity: "nomination",
    entityId: id,
    before,
    after: row,
  });
  const managers = await db
    .select({ id: roles.personId })
    .from(roles)
    .where(and(eq(roles.unitId, before.unitId), inArray(roles.role, MANAGER_ROLES)));
  for (const m of managers) {
    ctx.notify({
      personId: m.id,
      provinceId: ctx.provinceId,
      dedupeKey: `nomination-review:${id}:${ctx.now.toISOString()}:${m.id}`,
      message: decision.accept
        ? { key: "notify-nomination-accepted", vars: { name: before.nomineeName } }
        : { key: "notify-nomination-returned", vars: { name: before.nomineeName, reason: withoutFullStop(decision.reason) } },
    });
  }
  return row;
}

/** Submitted nominations of the province awaiting the Văn phòng, with their unit. */
export async function submittedNominations(db: DbOrTx, provinceId: number, campaignId?: number) {
  return db
    .select({ n: nominations, unitName: units.name, unitCode: units.code })
    .from(nominations)
    .innerJoin(units, eq(units.id, nominations.unitId))
    .where(
      and(
        eq(nominations.provinceId, provinceId),
        ne(nominations.status, "draft"),
        campaignId ? eq(nominations.campaignId, campaignId) : undefined,
      ),
    )
    .orderBy(asc(units.code), asc(nominations.id));
}

export async function evidenceOf(db: DbOrTx, nominationId: number) {
  return db.select().from(nominationEvidence).where(eq(nominationEvidence.nominationId, nominationId)).orderBy(asc(nominationEvidence.id));
}

/** The message puts its own full stop after the reason: one typed at its end would double it. */
export const withoutFullStop = (text: string) => text.replace(/[.\s]+$/u, "");
