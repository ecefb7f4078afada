import { and, asc, desc, eq, inArray, isNull, lte, ne, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared.js";
import type { DbOrTx } from "../../db/client.js";
import {
  campaigns,
  channelIdentities,
  collectiveRegistrations,
  people,
  personYears,
  registrations,
  roles,
  schoolYears,
  unitSubmissions,
  unitTargets,
  units,
  type CampaignKind,
} from "../../db/schema.js";
import { formatDateTime } from "../../domain/calendar.js";
import { cstdcsQuotaCheck, evaluateCollectiveTitle, shiftSchoolYear, type CollectiveStats, type Reason, type RuleSet } from "../../domain/rules/index.js";
import { getTitle, isCollectiveTitleCode, isIndividualTitleCode, type CollectiveTitleCode } from "../../domain/titles.js";
import { NotAllowed, UserError } from "../../core/errors.js";
import type { Actor, ActorRef } from "../../core/actor.js";
import type { Notification } from "../../core/messages.js";
import { leadsUnit, managesUnit } from "../../core/roles.js";
import { writeAudit } from "../../services/audit.js";

export type Campaign = typeof campaigns.$inferSelect & { schoolYear: string };
export type Registration = typeof registrations.$inferSelect;
/** What a write needs of its campaign: the id. Its state is read fresh at the write (assertUnitEditable). */
export type CampaignRef = Pick<Campaign, "id">;

/** Open, not closed, and already opened at `now`: the campaigns people answer now. */
const openCampaignFilter = () =>
  and(
    eq(campaigns.provinceId, sql.placeholder("provinceId")),
    eq(campaigns.kind, sql.placeholder("kind")),
    isNull(campaigns.closedAt),
    lte(campaigns.opensAt, sql`${sql.placeholder("now")}::timestamptz`),
  );

const selectOpenCampaign = prepared<{ provinceId: number; kind: CampaignKind; now: string }, Array<{ c: typeof campaigns.$inferSelect; schoolYear: string }>>(
  "open-campaign",
  (db) =>
    db
      .select({ c: campaigns, schoolYear: schoolYears.label })
      .from(campaigns)
      .innerJoin(schoolYears, eq(schoolYears.id, campaigns.schoolYearId))
      .where(openCampaignFilter())
      .orderBy(desc(campaigns.deadlineAt))
      .limit(1),
);

/** The campaign of that kind people answer now: open, not closed, newest deadline first. */
export async function openCampaignOfKind(db: DbOrTx, provinceId: number, kind: CampaignKind, now: Date): Promise<Campaign | null> {
  const [row] = await selectOpenCampaign(db, { provinceId, kind, now: now.toISOString() });
  return row ? { ...row.c, schoolYear: row.schoolYear } : null;
}

const selectOpenCampaignWithRegistration = prepared<
  { provinceId: number; kind: CampaignKind; now: string; personId: number },
  Array<{ c: typeof campaigns.$inferSelect; schoolYear: string; r: Registration | null }>
>("open-campaign-with-registration", (db) =>
  db
    .select({ c: campaigns, schoolYear: schoolYears.label, r: registrations })
    .from(campaigns)
    .innerJoin(schoolYears, eq(schoolYears.id, campaigns.schoolYearId))
    .leftJoin(registrations, and(eq(registrations.campaignId, campaigns.id), eq(registrations.personId, sql.placeholder("personId"))))
    .where(openCampaignFilter())
    .orderBy(desc(campaigns.deadlineAt))
    .limit(1),
);

/**
 * The open registration campaign and the person's own registration in it (if any), in one round
 * trip: what a teacher's /dangky opens with.
 */
export async function openRegistrationFor(db: DbOrTx, provinceId: number, personId: number, now: Date): Promise<{ campaign: Campaign; registration: Registration | null } | null> {
  const [row] = await selectOpenCampaignWithRegistration(db, { provinceId, kind: "registration", now: now.toISOString(), personId });
  return row ? { campaign: { ...row.c, schoolYear: row.schoolYear }, registration: row.r } : null;
}

const selectCampaign = prepared<{ id: number }, Array<{ c: typeof campaigns.$inferSelect; schoolYear: string }>>("campaign", (db) =>
  db
    .select({ c: campaigns, schoolYear: schoolYears.label })
    .from(campaigns)
    .innerJoin(schoolYears, eq(schoolYears.id, campaigns.schoolYearId))
    .where(eq(campaigns.id, sql.placeholder("id"))),
);

/** A campaign with its school year's label, as stored now. */
export async function campaignById(db: DbOrTx, id: number): Promise<Campaign | null> {
  const [row] = await selectCampaign(db, { id });
  return row ? { ...row.c, schoolYear: row.schoolYear } : null;
}

export const openRegistrationCampaign = (db: DbOrTx, provinceId: number, now: Date) => openCampaignOfKind(db, provinceId, "registration", now);

/**
 * Every open campaign of that kind, oldest school year first. When two school years overlap, the
 * person chooses: an answer given to the older one must not drop out of view.
 */
export async function openCampaignsOfKind(db: DbOrTx, provinceId: number, kind: CampaignKind, now: Date): Promise<Campaign[]> {
  const rows = await db
    .select({ c: campaigns, schoolYear: schoolYears.label })
    .from(campaigns)
    .innerJoin(schoolYears, eq(schoolYears.id, campaigns.schoolYearId))
    .where(and(eq(campaigns.provinceId, provinceId), eq(campaigns.kind, kind), isNull(campaigns.closedAt), lte(campaigns.opensAt, now)))
    .orderBy(asc(schoolYears.label), asc(campaigns.deadlineAt));
  return rows.map((r) => ({ ...r.c, schoolYear: r.schoolYear }));
}

export async function submissionOf(db: DbOrTx, campaignId: number, unitId: number) {
  const [row] = await db.select().from(unitSubmissions).where(and(eq(unitSubmissions.campaignId, campaignId), eq(unitSubmissions.unitId, unitId)));
  return row ?? null;
}

/**
 * Whether the unit's registration may still change. Checked again at every write, not only when a
 * flow starts: the deadline can pass or the unit be submitted while someone is mid-flow.
 */
export async function assertUnitEditable(db: DbOrTx, campaign: CampaignRef, unitId: number, now: Date, timeZone: string): Promise<void> {
  const [fresh] = await selectEditable(db, { campaignId: campaign.id, unitId });
  if (!fresh || fresh.closedAt) throw new UserError("campaign-closed");
  if (now > fresh.deadlineAt) throw new UserError("campaign-deadline-passed", { deadline: formatDateTime(fresh.deadlineAt, timeZone) });
  if (fresh.submission === "submitted") throw new UserError("unit-locked");
}

/** The campaign's state and the unit's submission, in one round trip: checked at every write. */
const selectEditable = prepared<{ campaignId: number; unitId: number }, Array<{ closedAt: Date | null; deadlineAt: Date; submission: string | null }>>(
  "unit-editable",
  (db) =>
    db
      .select({ closedAt: campaigns.closedAt, deadlineAt: campaigns.deadlineAt, submission: unitSubmissions.status })
      .from(campaigns)
      .leftJoin(unitSubmissions, and(eq(unitSubmissions.campaignId, campaigns.id), eq(unitSubmissions.unitId, sql.placeholder("unitId"))))
      .where(eq(campaigns.id, sql.placeholder("campaignId"))),
);

export function assertManages(actor: Actor | null, unitId: number): asserts actor is Actor {
  if (!actor || !managesUnit(actor, unitId)) throw new NotAllowed();
}

const selectMyRegistration = prepared<{ campaignId: number; personId: number }, Registration[]>("my-registration", (db) =>
  db
    .select()
    .from(registrations)
    .where(and(eq(registrations.campaignId, sql.placeholder("campaignId")), eq(registrations.personId, sql.placeholder("personId")))),
);

export async function myRegistration(db: DbOrTx, campaignId: number, personId: number): Promise<Registration | null> {
  const [row] = await selectMyRegistration(db, { campaignId, personId });
  return row ?? null;
}

export interface RegistrationInput {
  titleCode: string;
  awardCode: string | null;
  initiativeTitle: string | null;
  initiativeSubject: string | null;
}

/** A changed registration goes back to pending: the focal person looks at it again. */
const updateRegistration = prepared<Pick<RegistrationInput, keyof RegistrationInput> & { id: number; unitId: number; at: string }, Registration[]>("registration-update", (db) =>
  db
    .update(registrations)
    .set({
      titleCode: sql`${sql.placeholder("titleCode")}`,
      awardCode: sql`${sql.placeholder("awardCode")}`,
      initiativeTitle: sql`${sql.placeholder("initiativeTitle")}`,
      initiativeSubject: sql`${sql.placeholder("initiativeSubject")}`,
      unitId: sql`${sql.placeholder("unitId")}`,
      status: "pending",
      returnReason: null,
      // Times go as text: a placeholder's value skips the column's encoder.
      updatedAt: sql`${sql.placeholder("at")}::timestamptz`,
    })
    .where(eq(registrations.id, sql.placeholder("id")))
    .returning(),
);

export async function saveRegistration(
  db: DbOrTx,
  ctx: { campaign: CampaignRef; actor: Actor; unitId: number; now: Date; timeZone: string },
  input: RegistrationInput,
): Promise<Registration> {
  if (!isIndividualTitleCode(input.titleCode)) throw new UserError("button-stale");
  // Both reads at once (one round trip); the registration is only used if the unit is editable.
  const [, before] = await Promise.all([
    assertUnitEditable(db, ctx.campaign, ctx.unitId, ctx.now, ctx.timeZone),
    myRegistration(db, ctx.campaign.id, ctx.actor.personId),
  ]);
  const values = { ...input, status: "pending" as const, returnReason: null, unitId: ctx.unitId, updatedAt: ctx.now };
  const [row] = before
    ? await updateRegistration(db, { ...input, id: before.id, unitId: ctx.unitId, at: ctx.now.toISOString() })
    : await db
        .insert(registrations)
        .values({ provinceId: ctx.actor.provinceId, campaignId: ctx.campaign.id, personId: ctx.actor.personId, ...values })
        .returning();
  await writeAudit(db, {
    provinceId: ctx.actor.provinceId,
    actor: ctx.actor,
    action: before ? "update" : "create",
    entity: "registration",
    entityId: row!.id,
    before,
    after: row,
  });
  return row!;
}

export async function withdrawRegistration(db: DbOrTx, ctx: { campaign: CampaignRef; actor: Actor; now: Date; timeZone: string }): Promise<void> {
  const before = await myRegistration(db, ctx.campaign.id, ctx.actor.personId);
  if (!before || before.status === "withdrawn") return;
  await assertUnitEditable(db, ctx.campaign, before.unitId, ctx.now, ctx.timeZone);
  const [after] = await db.update(registrations).set({ status: "withdrawn", updatedAt: ctx.now }).where(eq(registrations.id, before.id)).returning();
  await writeAudit(db, { provinceId: ctx.actor.provinceId, actor: ctx.actor, action: "withdraw", entity: "registration", entityId: before.id, before, after });
}

export interface StaffRow {
  registrationId: number;
  personId: number;
  fullName: string;
  titleCode: string;
  awardCode: string | null;
  status: Registration["status"];
  initiativeTitle: string | null;
  returnReason: string | null;
}

export async function unitRegistrations(db: DbOrTx, campaignId: number, unitId: number): Promise<StaffRow[]> {
  return db
    .select({
      registrationId: registrations.id,
      personId: people.id,
      fullName: people.fullName,
      titleCode: registrations.titleCode,
      awardCode: registrations.awardCode,
      status: registrations.status,
      initiativeTitle: registrations.initiativeTitle,
      returnReason: registrations.returnReason,
    })
    .from(registrations)
    .innerJoin(people, eq(people.id, registrations.personId))
    .where(and(eq(registrations.campaignId, campaignId), eq(registrations.unitId, unitId), ne(registrations.status, "withdrawn")))
    .orderBy(asc(registrations.id));
}

/** People of the unit with no registration yet (the focal person's "who has not answered"). */
export async function unitMembers(db: DbOrTx, unitId: number) {
  return db
    .select({ id: people.id, fullName: people.fullName })
    .from(people)
    .where(and(eq(people.unitId, unitId), isNull(people.anonymisedAt)))
    .orderBy(asc(people.id));
}

export async function reviewRegistration(
  db: DbOrTx,
  ctx: { campaign: Campaign; actor: Actor | null; now: Date; timeZone: string; notify(n: Notification): void },
  registrationId: number,
  decision: { approve: true } | { approve: false; reason: string },
): Promise<Registration> {
  const [before] = await db.select().from(registrations).where(and(eq(registrations.id, registrationId), eq(registrations.campaignId, ctx.campaign.id)));
  if (!before || before.status === "withdrawn") throw new UserError("button-stale");
  assertManages(ctx.actor, before.unitId);
  if (!mayReview(ctx.actor, before)) throw new UserError("truth-review-own");
  await assertUnitEditable(db, ctx.campaign, before.unitId, ctx.now, ctx.timeZone);
  const set = decision.approve
    ? { status: "approved" as const, returnReason: null, updatedAt: ctx.now }
    : { status: "returned" as const, returnReason: decision.reason, updatedAt: ctx.now };
  const [after] = await db.update(registrations).set(set).where(eq(registrations.id, before.id)).returning();
  await writeAudit(db, {
    provinceId: before.provinceId,
    actor: ctx.actor,
    action: decision.approve ? "approve" : "return",
    entity: "registration",
    entityId: before.id,
    before,
    after,
  });
  ctx.notify({
    personId: before.personId,
    provinceId: before.provinceId,
    dedupeKey: `registration-${decision.approve ? "approved" : "returned"}:${before.id}:${ctx.now.getTime()}`,
    message: decision.approve
      ? { key: "notify-registration-approved", vars: { title: getTitle(before.titleCode as never).nameVi } }
      : { key: "notify-registration-returned", vars: { title: getTitle(before.titleCode as never).nameVi, reason: decision.reason } },
  });
  return after!;
}

/* ---- Targets and collective titles ---- */

export async function listTargets(db: DbOrTx, campaignId: number, unitId: number) {
  return db.select().from(unitTargets).where(and(eq(unitTargets.campaignId, campaignId), eq(unitTargets.unitId, unitId))).orderBy(asc(unitTargets.id));
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
    const [before] = await db.select().from(unitTargets).where(and(eq(unitTargets.id, targetId), eq(unitTargets.unitId, ctx.unitId)));
    if (!before) throw new UserError("button-stale");
    const [after] = await db.update(unitTargets).set(input).where(eq(unitTargets.id, targetId)).returning();
    await writeAudit(db, { provinceId: before.provinceId, actor, action: "update", entity: "unit_target", entityId: targetId, before, after });
    return;
  }
  const [row] = await db
    .insert(unitTargets)
    .values({ provinceId: ctx.actor.provinceId, campaignId: ctx.campaign.id, unitId: ctx.unitId, ...input })
    .returning();
  await writeAudit(db, { provinceId: row!.provinceId, actor, action: "create", entity: "unit_target", entityId: row!.id, after: row });
}

export async function removeTarget(db: DbOrTx, ctx: { campaign: Campaign; actor: Actor | null; unitId: number; now: Date; timeZone: string }, targetId: number) {
  assertManages(ctx.actor, ctx.unitId);
  await assertUnitEditable(db, ctx.campaign, ctx.unitId, ctx.now, ctx.timeZone);
  const [before] = await db.delete(unitTargets).where(and(eq(unitTargets.id, targetId), eq(unitTargets.unitId, ctx.unitId))).returning();
  if (!before) throw new UserError("button-stale");
  await writeAudit(db, { provinceId: before.provinceId, actor: ctx.actor, action: "delete", entity: "unit_target", entityId: targetId, before });
}

export async function listCollectives(db: DbOrTx, campaignId: number, unitId: number) {
  return db
    .select()
    .from(collectiveRegistrations)
    .where(and(eq(collectiveRegistrations.campaignId, campaignId), eq(collectiveRegistrations.unitId, unitId)))
    .orderBy(asc(collectiveRegistrations.id));
}

export async function saveCollective(
  db: DbOrTx,
  ctx: { campaign: Campaign; actor: Actor | null; unitId: number; now: Date; timeZone: string },
  input: { groupName: string | null; titleCode: string; awardCode: string | null },
): Promise<void> {
  assertManages(ctx.actor, ctx.unitId);
  if (!isCollectiveTitleCode(input.titleCode)) throw new UserError("button-stale");
  await assertUnitEditable(db, ctx.campaign, ctx.unitId, ctx.now, ctx.timeZone);
  const [row] = await db
    .insert(collectiveRegistrations)
    .values({ provinceId: ctx.actor.provinceId, campaignId: ctx.campaign.id, unitId: ctx.unitId, ...input })
    .returning();
  await writeAudit(db, { provinceId: row!.provinceId, actor: ctx.actor, action: "create", entity: "collective_registration", entityId: row!.id, after: row });
}

export async function removeCollective(db: DbOrTx, ctx: { campaign: Campaign; actor: Actor | null; unitId: number; now: Date; timeZone: string }, id: number) {
  assertManages(ctx.actor, ctx.unitId);
  await assertUnitEditable(db, ctx.campaign, ctx.unitId, ctx.now, ctx.timeZone);
  const [before] = await db.delete(collectiveRegistrations).where(and(eq(collectiveRegistrations.id, id), eq(collectiveRegistrations.unitId, ctx.unitId))).returning();
  if (!before) throw new UserError("button-stale");
  await writeAudit(db, { provinceId: before.provinceId, actor: ctx.actor, action: "delete", entity: "collective_registration", entityId: id, before });
}

/* ---- Warnings and submission ---- */

export interface UnitWarning {
  /** What the warning is about: the unit, or a collective title of a tổ. */
  subject: string | null;
  reason: Reason;
}

/**
 * The unit's figures as the collective rules read them. A CSTĐCS is also counted as LĐTT: the
 * higher title is chosen among those who reach the lower one.
 */
export async function unitCollectiveStats(db: DbOrTx, campaignId: number, unitId: number): Promise<CollectiveStats> {
  const memberRows = await unitMembers(db, unitId);
  const members = memberRows.length;
  const regs = await unitRegistrations(db, campaignId, unitId);
  const rank = (code: string) => (isIndividualTitleCode(code) ? getTitle(code).rank : 0);
  const stats: CollectiveStats = {
    members,
    ldttRegistered: regs.filter((r) => rank(r.titleCode) >= getTitle("LDTT").rank).length,
    cstdcsRegistered: regs.filter((r) => rank(r.titleCode) >= getTitle("CSTDCS").rank).length,
  };
  // This year's ratings come at its end; last year's recorded ratings hint at the 100% ≥ HTNV
  // criterion (warn only), and when some are missing the warning says how many (issue 23).
  const [c] = await db.select({ label: schoolYears.label }).from(campaigns).innerJoin(schoolYears, eq(schoolYears.id, campaigns.schoolYearId)).where(eq(campaigns.id, campaignId));
  if (c && members > 0) {
    const year = shiftSchoolYear(c.label, -1);
    const rated = (
      await db
        .select({ rating: personYears.rating })
        .from(personYears)
        .where(and(inArray(personYears.personId, memberRows.map((m) => m.id)), eq(personYears.schoolYear, year)))
    ).filter((r) => r.rating !== null);
    Object.assign(stats, { ratingsProven: false, ratingsYear: year });
    if (rated.length === members) stats.atLeastHtnv = rated.filter((r) => r.rating !== "KHTNV").length;
    else stats.unrated = members - rated.length;
  }
  return stats;
}

/** Rule warnings computed from the unit's registrations (e.g. TTLĐXS needs ≥70% LĐTT and one CSTĐCS). */
export async function unitWarnings(db: DbOrTx, campaignId: number, unitId: number, ruleSet: RuleSet): Promise<UnitWarning[]> {
  const stats = await unitCollectiveStats(db, campaignId, unitId);
  const out: UnitWarning[] = [];
  for (const c of await listCollectives(db, campaignId, unitId)) {
    // Members of a tổ are not recorded per tổ yet, so a tổ is judged on the whole unit's figures.
    for (const reason of evaluateCollectiveTitle(c.titleCode as CollectiveTitleCode, stats, ruleSet).reasons) out.push({ subject: c.groupName, reason });
  }
  for (const reason of cstdcsQuotaCheck(stats.ldttRegistered, stats.cstdcsRegistered, ruleSet).reasons) out.push({ subject: null, reason });
  return out;
}

export async function officePeople(db: DbOrTx, provinceId: number): Promise<number[]> {
  const rows = await db.select({ personId: roles.personId }).from(roles).where(and(eq(roles.provinceId, provinceId), eq(roles.role, "office")));
  return [...new Set(rows.map((r) => r.personId))];
}

/**
 * A focal person does not review their own registration: the leader (or the Văn phòng) does. The
 * unit leader, who signs the unit's document, may review their own.
 */
export function mayReview(actor: Actor, registration: { personId: number; unitId: number }): boolean {
  if (registration.personId !== actor.personId) return true;
  return leadsUnit(actor, registration.unitId);
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
  if (pending.length > 0) throw new UserError("truth-submit-pending", { count: pending.length, names: pending.map((r) => r.fullName).join(", ") });
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
  await writeAudit(db, { provinceId: ctx.actor.provinceId, actor: ctx.actor, action: "submit", entity: "unit_submission", entityId: row!.id, after: { status: "submitted", submittedAt: ctx.now } });
  const office = await officePeople(db, ctx.actor.provinceId);
  for (const personId of office) {
    ctx.notify({
      personId,
      provinceId: ctx.actor.provinceId,
      dedupeKey: `unit-submitted:${row!.id}:${ctx.now.getTime()}:${personId}`,
      message: {
        key: "notify-unit-submitted",
        vars: { unit: unit!.name, campaign: ctx.campaign.title, at: formatDateTime(ctx.now, ctx.timeZone), registrations: snapshot.registrations.length },
      },
    });
  }
  const reachable = office.length
    ? await db.selectDistinct({ id: channelIdentities.personId }).from(channelIdentities).where(and(inArray(channelIdentities.personId, office), isNull(channelIdentities.unreachableAt)))
    : [];
  return { officeNotified: reachable.length };
}

/** The Văn phòng unlocks a submitted unit (chat: /dotthidua → Mở lại đơn vị; the web workspace; CLI: campaign reopen --unit). */
export async function reopenUnit(db: DbOrTx, provinceId: number, campaignId: number, unitId: number, now: Date, actor: ActorRef, reason?: string): Promise<boolean> {
  const before = await submissionOf(db, campaignId, unitId);
  if (!before || before.status !== "submitted") return false;
  const [after] = await db
    .update(unitSubmissions)
    .set({ status: "draft", reopenedAt: now, updatedAt: now })
    .where(eq(unitSubmissions.id, before.id))
    .returning();
  await writeAudit(db, { provinceId, actor, action: "reopen", entity: "unit_submission", entityId: before.id, before: { status: before.status }, after: { status: after!.status, ...(reason ? { reason } : {}) } });
  return true;
}

export const countBy = <T>(rows: T[], key: (r: T) => string) =>
  rows.reduce<Record<string, number>>((acc, r) => ((acc[key(r)] = (acc[key(r)] ?? 0) + 1), acc), {});

