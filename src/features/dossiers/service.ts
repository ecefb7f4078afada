/**
 * Award dossiers (issue 24, part A): the proposals of a unit that need a báo cáo thành tích, the
 * candidates' answers section by section, the focal person's review, the send that the leader
 * confirms, and the Văn phòng's return or acceptance. Every change checks the role at that moment,
 * writes an audit entry and tells the people concerned through the outbox.
 */
import { and, asc, desc, eq, inArray, isNull, sql, type AnyColumn } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  campaigns,
  collectiveRegistrations,
  collectiveResults,
  decisionPeople,
  decisions,
  dossierReports,
  initiatives,
  nominationEvidence,
  nominations,
  people,
  personResults,
  personYears,
  provinces,
  registrations,
  roles,
  schoolYears,
  unitDossiers,
  units,
  unitYears,
} from "../../db/schema.js";
import {
  dossierEditable,
  dossierState,
  dossierTitles,
  REPORT_SECTIONS,
  sendBlocker,
  type DossierStatus,
  type ReportSection,
  type ReportStatus,
} from "../../domain/dossiers.js";
import { formatDateTime } from "../../domain/calendar.js";
import { compareVietnameseNames } from "../../domain/text.js";
import { UserError } from "../../core/errors.js";
import { isOffice } from "../../flows/engine/actor.js";
import type { Actor, Notification } from "../../flows/engine/types.js";
import { writeAudit } from "../../services/audit.js";
import { campaignById, openCampaignOfKind, type Campaign } from "../registration/campaigns.js";
import { officePeople } from "../registration/submission.js";
import { registrationCampaignId } from "../results/service.js";

export interface DossierCampaigns {
  /** Where the dossiers belong and whose deadline reminders follow: a "dossier" campaign, else the results campaign. */
  campaign: Campaign;
  /** The year-end results the proposals come from. */
  results: Campaign;
}

/** The results campaign of a school year: the newest one of that year. */
async function resultsCampaignOfYear(db: DbOrTx, provinceId: number, schoolYearId: number): Promise<Campaign | null> {
  const [row] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.provinceId, provinceId), eq(campaigns.schoolYearId, schoolYearId), eq(campaigns.kind, "results")))
    .orderBy(desc(campaigns.deadlineAt))
    .limit(1);
  return row ? campaignById(db, row.id) : null;
}

/**
 * The dossiers people work on now: the open "dossier" campaign with the results of its school
 * year; without one, the open (or else the latest) results campaign, whose deadline then applies.
 */
export async function currentDossierCampaigns(db: DbOrTx, provinceId: number, now: Date): Promise<DossierCampaigns | null> {
  const dossier = await openCampaignOfKind(db, provinceId, "dossier", now);
  if (dossier) {
    const results = await resultsCampaignOfYear(db, provinceId, dossier.schoolYearId);
    return results ? { campaign: dossier, results } : null;
  }
  const open = await openCampaignOfKind(db, provinceId, "results", now);
  if (open) return { campaign: open, results: open };
  const [latest] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .innerJoin(schoolYears, eq(schoolYears.id, campaigns.schoolYearId))
    .where(and(eq(campaigns.provinceId, provinceId), eq(campaigns.kind, "results")))
    .orderBy(desc(schoolYears.label), desc(campaigns.deadlineAt))
    .limit(1);
  const c = latest ? await campaignById(db, latest.id) : null;
  return c ? { campaign: c, results: c } : null;
}

export async function dossierCampaignsById(db: DbOrTx, campaignId: number, resultsId: number): Promise<DossierCampaigns> {
  const [campaign, results] = await Promise.all([campaignById(db, campaignId), campaignById(db, resultsId)]);
  if (!campaign || !results) throw new UserError("campaign-closed");
  return { campaign, results };
}

export interface Proposal {
  unitId: number;
  /** null: the unit itself (a collective title or award). */
  personId: number | null;
  name: string;
  position: string;
  titleCode: string;
  report: { id: number; status: ReportStatus; answers: Record<string, string>; returnReason: string | null } | null;
}

async function provinceSettings(db: DbOrTx, provinceId: number) {
  const [p] = await db.select({ settings: provinces.settings }).from(provinces).where(eq(provinces.id, provinceId));
  return p?.settings ?? {};
}

/**
 * Every proposal that needs a dossier, for some units (null: the province): people whose year-end
 * title needs one, people and units whose registered award form needs one (once their result is
 * in, rated at least HTTNV), and units whose collective title needs one; with their report so far.
 */
export async function proposals(db: DbOrTx, c: DossierCampaigns, unitIds: number[] | null): Promise<Proposal[]> {
  const titles = [...dossierTitles(await provinceSettings(db, c.results.provinceId))];
  const inUnits = (col: AnyColumn) => (unitIds ? inArray(col, unitIds) : sql`true`);
  const out: Proposal[] = [];
  const seen = new Set<string>();
  const add = (p: Omit<Proposal, "report">) => {
    const key = `${p.unitId}:${p.personId}:${p.titleCode}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ ...p, report: null });
    }
  };
  const personal = await db
    .select({
      unitId: personResults.unitId,
      personId: personResults.personId,
      name: people.fullName,
      position: people.position,
      titleCode: personResults.titleCode,
    })
    .from(personResults)
    .innerJoin(people, eq(people.id, personResults.personId))
    .where(
      and(
        eq(personResults.campaignId, c.results.id),
        inArray(personResults.titleCode, titles),
        inUnits(personResults.unitId),
        isNull(people.anonymisedAt),
      ),
    );
  for (const r of personal) add({ ...r, titleCode: r.titleCode! });
  const regId = await registrationCampaignId(db, c.results);
  if (regId !== null) {
    const awards = await db
      .select({
        unitId: registrations.unitId,
        personId: registrations.personId,
        name: people.fullName,
        position: people.position,
        titleCode: registrations.awardCode,
      })
      .from(registrations)
      .innerJoin(people, eq(people.id, registrations.personId))
      .innerJoin(personResults, and(eq(personResults.campaignId, c.results.id), eq(personResults.personId, registrations.personId)))
      .where(
        and(
          eq(registrations.campaignId, regId),
          eq(registrations.status, "approved"),
          inArray(registrations.awardCode, titles),
          inArray(personResults.rating, ["HTXSNV", "HTTNV"]),
          inUnits(registrations.unitId),
          isNull(people.anonymisedAt),
        ),
      );
    for (const r of awards) add({ ...r, titleCode: r.titleCode! });
    const unitAwards = await db
      .select({ unitId: collectiveRegistrations.unitId, name: units.name, titleCode: collectiveRegistrations.awardCode })
      .from(collectiveRegistrations)
      .innerJoin(units, eq(units.id, collectiveRegistrations.unitId))
      .where(
        and(
          eq(collectiveRegistrations.campaignId, regId),
          isNull(collectiveRegistrations.groupName),
          inArray(collectiveRegistrations.awardCode, titles),
          inUnits(collectiveRegistrations.unitId),
        ),
      );
    for (const r of unitAwards) add({ unitId: r.unitId, personId: null, name: r.name, position: "", titleCode: r.titleCode! });
  }
  const collective = await db
    .select({ unitId: collectiveResults.unitId, name: units.name, titleCode: collectiveResults.titleCode })
    .from(collectiveResults)
    .innerJoin(units, eq(units.id, collectiveResults.unitId))
    .where(
      and(
        eq(collectiveResults.campaignId, c.results.id),
        isNull(collectiveResults.groupName),
        inArray(collectiveResults.titleCode, titles),
        inUnits(collectiveResults.unitId),
      ),
    );
  for (const r of collective) add({ unitId: r.unitId, personId: null, name: r.name, position: "", titleCode: r.titleCode });

  const reports = await db
    .select()
    .from(dossierReports)
    .where(and(eq(dossierReports.campaignId, c.campaign.id), inUnits(dossierReports.unitId)));
  for (const p of out) {
    const r = reports.find((x) => x.unitId === p.unitId && x.personId === p.personId && x.titleCode === p.titleCode);
    p.report = r ? { id: r.id, status: r.status, answers: r.answers, returnReason: r.returnReason } : null;
  }
  // The unit's own first, then people in Vietnamese name order.
  return out.sort(
    (a, b) =>
      (a.personId === null ? -1 : 0) - (b.personId === null ? -1 : 0) ||
      compareVietnameseNames(a.name, b.name) ||
      a.titleCode.localeCompare(b.titleCode),
  );
}

export async function unitDossier(db: DbOrTx, campaignId: number, unitId: number) {
  const [row] = await db
    .select()
    .from(unitDossiers)
    .where(and(eq(unitDossiers.campaignId, campaignId), eq(unitDossiers.unitId, unitId)));
  return row ?? null;
}

/** The unit's dossier state, from its row and how many reports have answers. */
export async function unitDossierState(db: DbOrTx, c: DossierCampaigns, unitId: number, list?: Proposal[]): Promise<DossierStatus> {
  const row = await unitDossier(db, c.campaign.id, unitId);
  const props = list ?? (await proposals(db, c, [unitId]));
  return dossierState(row, props.filter((p) => p.report !== null).length);
}

export interface DossierCtx {
  c: DossierCampaigns;
  actor: Actor;
  now: Date;
  timeZone: string;
  notify(n: Notification): void;
}

const managesUnit = (actor: Actor, unitId: number) =>
  actor.roles.some((r) => (r.role === "focal" || r.role === "unit_leader") && r.unitId === unitId);
const leadsUnit = (actor: Actor, unitId: number) => actor.roles.some((r) => r.role === "unit_leader" && r.unitId === unitId);

/** The deadline of the dossier's campaign, checked at every change as registrations are. */
function assertOpen(c: DossierCampaigns, now: Date, timeZone: string) {
  if (c.campaign.closedAt) throw new UserError("campaign-closed");
  if (now > c.campaign.deadlineAt)
    throw new UserError("campaign-deadline-passed", { deadline: formatDateTime(c.campaign.deadlineAt, timeZone) });
}

async function assertEditable(db: DbOrTx, ctx: DossierCtx, unitId: number) {
  assertOpen(ctx.c, ctx.now, ctx.timeZone);
  const state = await unitDossierState(db, ctx.c, unitId);
  if (!dossierEditable(state)) throw new UserError("dossier-locked");
}

/** The proposal, found again on the server from what the flow remembers (never trusted as sent). */
export async function findProposal(
  db: DbOrTx,
  c: DossierCampaigns,
  unitId: number,
  personId: number | null,
  titleCode: string,
): Promise<Proposal> {
  const p = (await proposals(db, c, [unitId])).find((x) => x.personId === personId && x.titleCode === titleCode);
  if (!p) throw new UserError("button-stale");
  return p;
}

/** Who may write a report: the candidate; for the unit's own report, its focal person or leader. */
function assertAuthor(actor: Actor, p: Proposal) {
  const ok = p.personId === null ? managesUnit(actor, p.unitId) : p.personId === actor.personId;
  if (!ok) throw new UserError("flow-not-allowed");
}

async function focalAndLeaders(
  db: DbOrTx,
  unitId: number,
  which: Array<"focal" | "unit_leader"> = ["focal", "unit_leader"],
): Promise<number[]> {
  const rows = await db
    .select({ personId: roles.personId })
    .from(roles)
    .innerJoin(people, eq(people.id, roles.personId))
    .where(and(eq(roles.unitId, unitId), inArray(roles.role, which), isNull(people.anonymisedAt)));
  return [...new Set(rows.map((r) => r.personId))];
}

const tell = (ctx: DossierCtx, personIds: number[], tag: string, key: string, vars: Record<string, string | number>) => {
  for (const personId of personIds) {
    if (personId === ctx.actor.personId) continue;
    ctx.notify({
      personId,
      provinceId: ctx.actor.provinceId,
      dedupeKey: `dossier:${tag}:${ctx.now.getTime()}:${personId}`,
      message: { key, vars },
    });
  }
};

/** Saves one section's answer; a report already approved goes back to the focal person to look at again. */
export async function saveAnswer(db: DbOrTx, ctx: DossierCtx, p: Proposal, section: ReportSection, text: string): Promise<void> {
  assertAuthor(ctx.actor, p);
  if (!(REPORT_SECTIONS as readonly string[]).includes(section)) throw new UserError("button-stale");
  await assertEditable(db, ctx, p.unitId);
  const answers = { ...(p.report?.answers ?? {}), [section]: text };
  const status: ReportStatus = p.report?.status === "approved" ? "submitted" : (p.report?.status ?? "draft");
  if (p.report) await db.update(dossierReports).set({ answers, status, updatedAt: ctx.now }).where(eq(dossierReports.id, p.report.id));
  else
    await db.insert(dossierReports).values({
      provinceId: ctx.actor.provinceId,
      campaignId: ctx.c.campaign.id,
      unitId: p.unitId,
      personId: p.personId,
      titleCode: p.titleCode,
      answers,
      status,
      updatedAt: ctx.now,
    });
  await writeAudit(db, {
    provinceId: ctx.actor.provinceId,
    actor: { personId: ctx.actor.personId },
    action: "dossier-answer",
    entity: "dossier_report",
    entityId: p.report?.id ?? null,
    after: { unitId: p.unitId, personId: p.personId, titleCode: p.titleCode, section },
  });
  p.report = { id: p.report?.id ?? 0, status, answers, returnReason: p.report?.returnReason ?? null };
}

export const missingSections = (p: Proposal): ReportSection[] => REPORT_SECTIONS.filter((s) => !p.report?.answers[s]);

/** The candidate sends the report to the focal person, once every section has an answer. */
export async function submitReport(db: DbOrTx, ctx: DossierCtx, p: Proposal): Promise<void> {
  assertAuthor(ctx.actor, p);
  await assertEditable(db, ctx, p.unitId);
  const missing = missingSections(p);
  if (!p.report || missing.length > 0) throw new UserError("dossier-report-incomplete", { count: missing.length });
  // The unit's own report is written by the focal person: sending it to themselves is approving it.
  const status: ReportStatus = p.personId === null ? "approved" : "submitted";
  await db
    .update(dossierReports)
    .set({ status, submittedAt: ctx.now, returnReason: null, updatedAt: ctx.now })
    .where(eq(dossierReports.id, p.report.id));
  await writeAudit(db, {
    provinceId: ctx.actor.provinceId,
    actor: { personId: ctx.actor.personId },
    action: "dossier-report-submit",
    entity: "dossier_report",
    entityId: p.report.id,
    after: { status },
  });
  if (p.personId !== null)
    tell(ctx, await focalAndLeaders(db, p.unitId, ["focal"]), `submitted:${p.report.id}`, "notify-dossier-report-submitted", {
      name: p.name,
    });
  p.report.status = status;
}

/**
 * The focal person approves a report or returns it with a reason (the candidate is told). Nobody
 * reviews their own report but the unit's leader, who signs the dossier.
 */
export async function reviewReport(
  db: DbOrTx,
  ctx: DossierCtx,
  p: Proposal,
  decision: { approve: true } | { approve: false; reason: string },
): Promise<void> {
  if (!managesUnit(ctx.actor, p.unitId)) throw new UserError("flow-not-allowed");
  if (p.personId === ctx.actor.personId && !leadsUnit(ctx.actor, p.unitId)) throw new UserError("dossier-review-own");
  await assertEditable(db, ctx, p.unitId);
  if (!p.report || p.report.status !== "submitted") throw new UserError("dossier-report-not-submitted");
  const values = decision.approve
    ? { status: "approved" as const, returnReason: null }
    : { status: "returned" as const, returnReason: decision.reason };
  await db
    .update(dossierReports)
    .set({ ...values, reviewedAt: ctx.now, reviewedBy: ctx.actor.personId, updatedAt: ctx.now })
    .where(eq(dossierReports.id, p.report.id));
  await writeAudit(db, {
    provinceId: ctx.actor.provinceId,
    actor: { personId: ctx.actor.personId },
    action: decision.approve ? "dossier-report-approve" : "dossier-report-return",
    entity: "dossier_report",
    entityId: p.report.id,
    after: values,
  });
  if (p.personId !== null) {
    tell(
      ctx,
      [p.personId],
      `review-${decision.approve ? "approve" : "return"}:${p.report.id}`,
      decision.approve ? "notify-dossier-report-approved" : "notify-dossier-report-returned",
      decision.approve ? {} : { reason: decision.reason },
    );
  }
  p.report.status = values.status;
  p.report.returnReason = values.returnReason;
}

async function upsertDossier(db: DbOrTx, ctx: DossierCtx, unitId: number, values: Partial<typeof unitDossiers.$inferInsert>) {
  const [row] = await db
    .insert(unitDossiers)
    .values({
      provinceId: ctx.actor.provinceId,
      campaignId: ctx.c.campaign.id,
      resultsCampaignId: ctx.c.results.id,
      unitId,
      ...values,
      updatedAt: ctx.now,
    })
    .onConflictDoUpdate({ target: [unitDossiers.campaignId, unitDossiers.unitId], set: { ...values, updatedAt: ctx.now } })
    .returning();
  return row!;
}

async function unitName(db: DbOrTx, unitId: number) {
  const [u] = await db.select({ name: units.name }).from(units).where(eq(units.id, unitId));
  return u?.name ?? "";
}

/** Sends the dossier when every report is approved: the leader's send is final; a focal person's waits for the leader. */
export async function requestSend(db: DbOrTx, ctx: DossierCtx, unitId: number): Promise<"sent" | "awaiting-leader"> {
  if (!managesUnit(ctx.actor, unitId)) throw new UserError("flow-not-allowed");
  await assertEditable(db, ctx, unitId);
  const blocker = sendBlocker((await proposals(db, ctx.c, [unitId])).map((p) => ({ status: p.report?.status ?? null })));
  if (blocker) throw new UserError(blocker.key, { count: blocker.count });
  if (leadsUnit(ctx.actor, unitId)) {
    await markSent(db, ctx, unitId);
    return "sent";
  }
  const row = await upsertDossier(db, ctx, unitId, {
    status: "in_progress",
    sendRequestedAt: ctx.now,
    sendRequestedBy: ctx.actor.personId,
  });
  await writeAudit(db, {
    provinceId: ctx.actor.provinceId,
    actor: { personId: ctx.actor.personId },
    action: "dossier-send-request",
    entity: "unit_dossier",
    entityId: row.id,
    after: { unitId },
  });
  tell(ctx, await focalAndLeaders(db, unitId, ["unit_leader"]), `confirm:${row.id}`, "notify-dossier-confirm", {
    unit: await unitName(db, unitId),
    by: ctx.actor.fullName,
  });
  return "awaiting-leader";
}

/** The leader confirms the focal person's request to send. */
export async function confirmSend(db: DbOrTx, ctx: DossierCtx, unitId: number): Promise<void> {
  if (!leadsUnit(ctx.actor, unitId)) throw new UserError("dossier-leader-only");
  await assertEditable(db, ctx, unitId);
  const row = await unitDossier(db, ctx.c.campaign.id, unitId);
  if (!row?.sendRequestedAt) throw new UserError("dossier-nothing-to-confirm");
  const blocker = sendBlocker((await proposals(db, ctx.c, [unitId])).map((p) => ({ status: p.report?.status ?? null })));
  if (blocker) throw new UserError(blocker.key, { count: blocker.count });
  await markSent(db, ctx, unitId);
}

async function markSent(db: DbOrTx, ctx: DossierCtx, unitId: number) {
  const row = await upsertDossier(db, ctx, unitId, {
    status: "sent",
    sentAt: ctx.now,
    sentBy: ctx.actor.personId,
    sendRequestedAt: null,
    returnReason: null,
  });
  await writeAudit(db, {
    provinceId: ctx.actor.provinceId,
    actor: { personId: ctx.actor.personId },
    action: "dossier-send",
    entity: "unit_dossier",
    entityId: row.id,
    after: { status: "sent" },
  });
  const vars = { unit: await unitName(db, unitId), at: formatDateTime(ctx.now, ctx.timeZone) };
  tell(ctx, await officePeople(db, ctx.actor.provinceId), `sent:${row.id}`, "notify-dossier-sent-office", vars);
  tell(ctx, await focalAndLeaders(db, unitId), `sent-unit:${row.id}`, "notify-dossier-sent-unit", vars);
}

/** The Văn phòng returns a sent dossier with a reason (the unit may change and send it again), or accepts it. */
export async function officeDecide(
  db: DbOrTx,
  ctx: DossierCtx,
  unitId: number,
  decision: { accept: true } | { accept: false; reason: string },
): Promise<void> {
  if (!isOffice(ctx.actor)) throw new UserError("flow-not-allowed");
  const row = await unitDossier(db, ctx.c.campaign.id, unitId);
  if (row?.status !== "sent") throw new UserError("dossier-not-sent");
  const values = decision.accept
    ? { status: "accepted" as const, acceptedAt: ctx.now }
    : { status: "returned" as const, returnReason: decision.reason, returnedAt: ctx.now };
  await db
    .update(unitDossiers)
    .set({ ...values, updatedAt: ctx.now })
    .where(eq(unitDossiers.id, row.id));
  await writeAudit(db, {
    provinceId: ctx.actor.provinceId,
    actor: { personId: ctx.actor.personId },
    action: decision.accept ? "dossier-accept" : "dossier-return",
    entity: "unit_dossier",
    entityId: row.id,
    after: values,
  });
  const unit = await unitName(db, unitId);
  tell(
    ctx,
    await focalAndLeaders(db, unitId),
    `office-${decision.accept ? "accept" : "return"}:${row.id}`,
    decision.accept ? "notify-dossier-accepted" : "notify-dossier-returned",
    decision.accept ? { unit } : { unit, reason: decision.reason },
  );
}

export interface UnitDossierLine {
  unitId: number;
  code: string;
  name: string;
  proposals: number;
  approved: number;
  state: DossierStatus;
  returnReason: string | null;
  sentAt: Date | null;
  awaitingLeader: boolean;
}

/** Every unit with at least one proposal, or a dossier row, with its state: the Văn phòng's list, by unit code. */
export async function provinceDossiers(db: DbOrTx, c: DossierCampaigns): Promise<UnitDossierLine[]> {
  const all = await proposals(db, c, null);
  const rows = await db.select().from(unitDossiers).where(eq(unitDossiers.campaignId, c.campaign.id));
  const ids = [...new Set([...all.map((p) => p.unitId), ...rows.map((r) => r.unitId)])];
  if (ids.length === 0) return [];
  const us = await db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(inArray(units.id, ids))
    .orderBy(asc(units.code));
  return us.map((u) => {
    const mine = all.filter((p) => p.unitId === u.id);
    const row = rows.find((r) => r.unitId === u.id) ?? null;
    return {
      unitId: u.id,
      code: u.code,
      name: u.name,
      proposals: mine.length,
      approved: mine.filter((p) => p.report?.status === "approved").length,
      state: dossierState(row, mine.filter((p) => p.report !== null).length),
      returnReason: row?.status === "returned" ? row.returnReason : null,
      sentAt: row?.sentAt ?? null,
      awaitingLeader: !!row?.sendRequestedAt && row.status !== "sent" && row.status !== "accepted",
    };
  });
}

/* ---------- What the system already knows, for prefilling ---------- */

export interface PersonFacts {
  fullName: string;
  position: string;
  unitName: string;
  years: Array<{ schoolYear: string; rating: string | null; titles: string[]; decision: string | null }>;
  initiatives: Array<{ title: string; scope: string | null; decisionNumber: string | null; decidedOn: string | null }>;
  decisions: Array<{ number: string; signedOn: string; level: string; titleCode: string; schoolYear: string }>;
  nominations: Array<{ field: string; status: string; evidence: number }>;
  /** This year's result in the results campaign, before it is written into the person's years. */
  current: { rating: string | null; titleCode: string | null } | null;
}

export async function personFacts(db: DbOrTx, personId: number, resultsCampaignId: number): Promise<PersonFacts> {
  const [current] = await db
    .select({ rating: personResults.rating, titleCode: personResults.titleCode })
    .from(personResults)
    .where(and(eq(personResults.campaignId, resultsCampaignId), eq(personResults.personId, personId)));
  const [p] = await db
    .select({ fullName: people.fullName, position: people.position, unitName: units.name })
    .from(people)
    .leftJoin(units, eq(units.id, people.unitId))
    .where(eq(people.id, personId));
  const years = await db
    .select({ schoolYear: personYears.schoolYear, rating: personYears.rating, titles: personYears.titles, decision: personYears.decision })
    .from(personYears)
    .where(eq(personYears.personId, personId))
    .orderBy(asc(personYears.schoolYear));
  const inits = await db
    .select({
      title: initiatives.title,
      scope: initiatives.scope,
      decisionNumber: initiatives.decisionNumber,
      decidedOn: initiatives.decidedOn,
    })
    .from(initiatives)
    .where(and(eq(initiatives.personId, personId), eq(initiatives.status, "recognised")))
    .orderBy(asc(initiatives.decidedOn), asc(initiatives.id));
  const decs = await db
    .select({
      number: decisions.number,
      signedOn: decisions.signedOn,
      level: decisions.level,
      titleCode: decisionPeople.titleCode,
      schoolYear: decisions.schoolYear,
    })
    .from(decisionPeople)
    .innerJoin(decisions, eq(decisions.id, decisionPeople.decisionId))
    .where(eq(decisionPeople.personId, personId))
    .orderBy(asc(decisions.signedOn));
  const noms = await db
    .select({
      field: nominations.field,
      status: nominations.status,
      evidence: sql<number>`(select count(*)::int from ${nominationEvidence} e where e.nomination_id = ${nominations.id})`,
    })
    .from(nominations)
    .where(and(eq(nominations.personId, personId), eq(nominations.kind, "individual")));
  return {
    fullName: p?.fullName ?? "",
    position: p?.position ?? "",
    unitName: p?.unitName ?? "",
    years,
    initiatives: inits,
    decisions: decs,
    nominations: noms.map((n) => ({ ...n, evidence: Number(n.evidence) })),
    current: current ?? null,
  };
}

export interface UnitFacts {
  unitName: string;
  members: number;
  ratings: Record<string, number>;
  years: Array<{ schoolYear: string; titles: string[] }>;
  initiatives: number;
}

export async function unitFacts(db: DbOrTx, results: Campaign, unitId: number): Promise<UnitFacts> {
  const name = await unitName(db, unitId);
  const rated = await db
    .select({ rating: personResults.rating, n: sql<number>`count(*)::int` })
    .from(personResults)
    .where(and(eq(personResults.campaignId, results.id), eq(personResults.unitId, unitId)))
    .groupBy(personResults.rating);
  const [members] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .where(and(eq(people.unitId, unitId), isNull(people.anonymisedAt)));
  const years = await db
    .select({ schoolYear: unitYears.schoolYear, titles: unitYears.titles })
    .from(unitYears)
    .where(and(eq(unitYears.unitId, unitId), isNull(unitYears.groupName)))
    .orderBy(asc(unitYears.schoolYear));
  const [inits] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(initiatives)
    .where(and(eq(initiatives.unitId, unitId), eq(initiatives.status, "recognised")));
  return {
    unitName: name,
    members: Number(members?.n ?? 0),
    ratings: Object.fromEntries(rated.filter((r) => r.rating).map((r) => [r.rating!, Number(r.n)])),
    years,
    initiatives: Number(inits?.n ?? 0),
  };
}

/** Units' names for a choice list, by code. */
export async function unitNames(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return [];
  return db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids)).orderBy(asc(units.code));
}
