/**
 * Year-end results of a unit (bình xét): each member's rating and title, the unit's collective
 * title, a teacher's correction request, and the submission that locks the unit and writes the
 * year into person_years and unit_years, which next year's rules read.
 */
import { and, asc, desc, eq, isNull, ne } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  campaigns,
  collectiveResults,
  people,
  personResults,
  personYears,
  provinces,
  registrations,
  roles,
  unitSubmissions,
  units,
  unitYears,
} from "../../db/schema.js";
import { formatDateTime, localDateOf } from "../../domain/calendar.js";
import { compareVietnameseNames } from "../../domain/text.js";
import { placeOf } from "../export/data.js";
import type { ResultsDocument } from "./documents.js";
import { defaultRatingFor, titlesHeld, type PersonResult } from "../../domain/results.js";
import { RATINGS, type Rating } from "../../domain/rules/index.js";
import { getTitle, isCollectiveTitleCode, isIndividualTitleCode } from "../../domain/titles.js";
import { UserError } from "../../core/errors.js";
import type { Actor, Notification } from "../../core/index.js";
import { writeAudit } from "../../services/audit.js";
import { assertManages, assertUnitEditable } from "../registration/guards.js";
import { officePeople } from "../registration/submission.js";
import { openCampaignOfKind, type Campaign } from "../registration/campaigns.js";

export const openResultsCampaign = (db: DbOrTx, provinceId: number, now: Date) => openCampaignOfKind(db, provinceId, "results", now);

export interface ResultsCtx {
  campaign: Campaign;
  actor: Actor | null;
  unitId: number;
  now: Date;
  timeZone: string;
  notify(n: Notification): void;
}

/** The registration campaign of the same school year (the newest), where "as registered" comes from. */
export async function registrationCampaignId(db: DbOrTx, campaign: Pick<Campaign, "provinceId" | "schoolYearId">): Promise<number | null> {
  const [row] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(
      and(
        eq(campaigns.provinceId, campaign.provinceId),
        eq(campaigns.schoolYearId, campaign.schoolYearId),
        eq(campaigns.kind, "registration"),
      ),
    )
    .orderBy(desc(campaigns.deadlineAt))
    .limit(1);
  return row?.id ?? null;
}

export interface ResultRow extends PersonResult {
  fullName: string;
  /** Title registered at the start of the year; null when the person did not register. */
  registeredTitle: string | null;
  /** Whether a result was entered (null rating and title with entered false = not yet). */
  entered: boolean;
  correctionRequest: string | null;
}

/** Every member of the unit with what they registered and the result entered so far, by name order of entry. */
export async function unitResults(db: DbOrTx, campaign: Campaign, unitId: number): Promise<ResultRow[]> {
  const regCampaign = await registrationCampaignId(db, campaign);
  const members = await db
    .select({ personId: people.id, fullName: people.fullName })
    .from(people)
    .where(and(eq(people.unitId, unitId), isNull(people.anonymisedAt)))
    .orderBy(asc(people.id));
  const results = await db
    .select()
    .from(personResults)
    .where(and(eq(personResults.campaignId, campaign.id), eq(personResults.unitId, unitId)));
  const regs = regCampaign
    ? await db
        .select({ personId: registrations.personId, titleCode: registrations.titleCode })
        .from(registrations)
        .where(and(eq(registrations.campaignId, regCampaign), eq(registrations.unitId, unitId), ne(registrations.status, "withdrawn")))
    : [];
  const resultOf = new Map(results.map((r) => [r.personId, r]));
  const regOf = new Map(regs.map((r) => [r.personId, r.titleCode]));
  return members.map((m) => {
    const r = resultOf.get(m.personId);
    return {
      personId: m.personId,
      fullName: m.fullName,
      registeredTitle: regOf.get(m.personId) ?? null,
      rating: r?.rating ?? null,
      titleCode: r?.titleCode ?? null,
      entered: r !== undefined,
      correctionRequest: r?.correctionRequest ?? null,
    };
  });
}

async function upsertResult(db: DbOrTx, ctx: ResultsCtx, personId: number, rating: Rating | null, titleCode: string | null) {
  const values = { rating, titleCode, correctionRequest: null, correctionRequestedAt: null, updatedAt: ctx.now };
  await db
    .insert(personResults)
    .values({ provinceId: ctx.campaign.provinceId, campaignId: ctx.campaign.id, unitId: ctx.unitId, personId, ...values })
    .onConflictDoUpdate({ target: [personResults.campaignId, personResults.personId], set: values });
}

/**
 * "Đạt như đăng ký": every member still without a result gets the title they registered and the
 * rating it starts from; people without a registration are left for the focal person. Returns
 * how many results were filled.
 */
export async function applyAsRegistered(db: DbOrTx, ctx: ResultsCtx): Promise<number> {
  assertManages(ctx.actor, ctx.unitId);
  await assertUnitEditable(db, ctx.campaign, ctx.unitId, ctx.now, ctx.timeZone);
  const rows = await unitResults(db, ctx.campaign, ctx.unitId);
  let filled = 0;
  for (const r of rows) {
    if (r.entered || !r.registeredTitle || !isIndividualTitleCode(r.registeredTitle)) continue;
    await upsertResult(db, ctx, r.personId, defaultRatingFor(r.registeredTitle), r.registeredTitle);
    filled++;
  }
  if (filled > 0)
    await writeAudit(db, {
      provinceId: ctx.campaign.provinceId,
      actor: ctx.actor,
      action: "results-as-registered",
      entity: "unit",
      entityId: ctx.unitId,
      after: { campaignId: ctx.campaign.id, filled },
    });
  return filled;
}

/** One member's result; the person's correction request, if any, is answered by it. */
export async function setPersonResult(
  db: DbOrTx,
  ctx: ResultsCtx,
  personId: number,
  rating: Rating,
  titleCode: string | null,
): Promise<void> {
  assertManages(ctx.actor, ctx.unitId);
  await assertUnitEditable(db, ctx.campaign, ctx.unitId, ctx.now, ctx.timeZone);
  if (!(RATINGS as readonly string[]).includes(rating)) throw new UserError("results-bad-rating");
  if (titleCode !== null && !isIndividualTitleCode(titleCode)) throw new UserError("results-bad-rating");
  const [p] = await db.select({ unitId: people.unitId }).from(people).where(eq(people.id, personId));
  if (!p || p.unitId !== ctx.unitId) throw new UserError("button-stale");
  const [before] = await db
    .select()
    .from(personResults)
    .where(and(eq(personResults.campaignId, ctx.campaign.id), eq(personResults.personId, personId)));
  await upsertResult(db, ctx, personId, rating, titleCode);
  await writeAudit(db, {
    provinceId: ctx.campaign.provinceId,
    actor: ctx.actor,
    action: "result-set",
    entity: "person_result",
    entityId: personId,
    before: before ? { rating: before.rating, titleCode: before.titleCode } : null,
    after: { rating, titleCode },
  });
}

export async function unitCollectiveResult(db: DbOrTx, campaignId: number, unitId: number): Promise<string | null> {
  const [row] = await db
    .select({ titleCode: collectiveResults.titleCode })
    .from(collectiveResults)
    .where(and(eq(collectiveResults.campaignId, campaignId), eq(collectiveResults.unitId, unitId), isNull(collectiveResults.groupName)));
  return row?.titleCode ?? null;
}

/** The collective title achieved by the unit (null: none). */
export async function setUnitCollectiveResult(db: DbOrTx, ctx: ResultsCtx, titleCode: string | null): Promise<void> {
  assertManages(ctx.actor, ctx.unitId);
  await assertUnitEditable(db, ctx.campaign, ctx.unitId, ctx.now, ctx.timeZone);
  const where = and(
    eq(collectiveResults.campaignId, ctx.campaign.id),
    eq(collectiveResults.unitId, ctx.unitId),
    isNull(collectiveResults.groupName),
  );
  if (titleCode === null) {
    await db.delete(collectiveResults).where(where);
    return;
  }
  if (!isCollectiveTitleCode(titleCode)) throw new UserError("button-stale");
  const [existing] = await db.select({ id: collectiveResults.id }).from(collectiveResults).where(where);
  if (existing) await db.update(collectiveResults).set({ titleCode, updatedAt: ctx.now }).where(eq(collectiveResults.id, existing.id));
  else
    await db
      .insert(collectiveResults)
      .values({ provinceId: ctx.campaign.provinceId, campaignId: ctx.campaign.id, unitId: ctx.unitId, groupName: null, titleCode });
}

async function focalPeople(db: DbOrTx, unitId: number): Promise<number[]> {
  const rows = await db
    .select({ personId: roles.personId })
    .from(roles)
    .where(and(eq(roles.unitId, unitId), eq(roles.role, "focal")));
  return [...new Set(rows.map((r) => r.personId))];
}

/** A teacher asks the focal person to correct their result; only before the unit submits. */
export async function requestCorrection(
  db: DbOrTx,
  ctx: { campaign: Campaign; actor: Actor; now: Date; timeZone: string; notify(n: Notification): void },
  text: string,
): Promise<void> {
  const unitId = ctx.actor.unitId;
  if (unitId === null) throw new UserError("flow-not-allowed");
  await assertUnitEditable(db, ctx.campaign, unitId, ctx.now, ctx.timeZone);
  const values = { correctionRequest: text, correctionRequestedAt: ctx.now, updatedAt: ctx.now };
  await db
    .insert(personResults)
    .values({
      provinceId: ctx.campaign.provinceId,
      campaignId: ctx.campaign.id,
      unitId,
      personId: ctx.actor.personId,
      rating: null,
      titleCode: null,
      ...values,
    })
    .onConflictDoUpdate({ target: [personResults.campaignId, personResults.personId], set: values });
  for (const personId of await focalPeople(db, unitId)) {
    ctx.notify({
      personId,
      provinceId: ctx.campaign.provinceId,
      dedupeKey: `result-correction:${ctx.campaign.id}:${ctx.actor.personId}:${ctx.now.getTime()}:${personId}`,
      message: { key: "notify-results-correction", vars: { name: ctx.actor.fullName, request: text } },
    });
  }
}

export async function myResult(db: DbOrTx, campaignId: number, personId: number) {
  const [row] = await db
    .select()
    .from(personResults)
    .where(and(eq(personResults.campaignId, campaignId), eq(personResults.personId, personId)));
  return row ?? null;
}

/**
 * Submits the unit's results: every member must be rated. Locks the unit as registration does,
 * writes each member's year (rating, titles) and the unit's year, and tells the Văn phòng.
 */
export async function submitResults(db: DbOrTx, ctx: ResultsCtx): Promise<{ people: number }> {
  assertManages(ctx.actor, ctx.unitId);
  await assertUnitEditable(db, ctx.campaign, ctx.unitId, ctx.now, ctx.timeZone);
  const rows = await unitResults(db, ctx.campaign, ctx.unitId);
  const unrated = rows.filter((r) => r.rating === null).length;
  if (unrated > 0) throw new UserError("results-unrated", { count: unrated });
  const unitTitle = await unitCollectiveResult(db, ctx.campaign.id, ctx.unitId);
  const year = ctx.campaign.schoolYear;
  for (const r of rows) {
    const values = { rating: r.rating, titles: titlesHeld(r.titleCode), unitId: ctx.unitId, source: "results", updatedAt: ctx.now };
    await db
      .insert(personYears)
      .values({ provinceId: ctx.campaign.provinceId, personId: r.personId, schoolYear: year, ...values })
      .onConflictDoUpdate({ target: [personYears.personId, personYears.schoolYear], set: values });
  }
  const unitValues = { titles: unitTitle ? [unitTitle] : [], source: "results", updatedAt: ctx.now };
  await db
    .insert(unitYears)
    .values({ provinceId: ctx.campaign.provinceId, unitId: ctx.unitId, schoolYear: year, groupName: null, ...unitValues })
    .onConflictDoUpdate({ target: [unitYears.unitId, unitYears.schoolYear, unitYears.groupName], set: unitValues });
  const snapshot = {
    results: rows.map((r) => ({ personId: r.personId, fullName: r.fullName, rating: r.rating, titleCode: r.titleCode })),
    unitTitle,
  };
  const values = { status: "submitted" as const, submittedAt: ctx.now, submittedBy: ctx.actor.personId, snapshot, updatedAt: ctx.now };
  const [sub] = await db
    .insert(unitSubmissions)
    .values({ provinceId: ctx.campaign.provinceId, campaignId: ctx.campaign.id, unitId: ctx.unitId, ...values })
    .onConflictDoUpdate({ target: [unitSubmissions.campaignId, unitSubmissions.unitId], set: values })
    .returning();
  await writeAudit(db, {
    provinceId: ctx.campaign.provinceId,
    actor: ctx.actor,
    action: "submit-results",
    entity: "unit_submission",
    entityId: sub!.id,
    after: { status: "submitted", people: rows.length },
  });
  const [unit] = await db.select({ name: units.name }).from(units).where(eq(units.id, ctx.unitId));
  for (const personId of await officePeople(db, ctx.campaign.provinceId)) {
    ctx.notify({
      personId,
      provinceId: ctx.campaign.provinceId,
      dedupeKey: `results-submitted:${sub!.id}:${ctx.now.getTime()}:${personId}`,
      message: {
        key: "notify-results-submitted",
        vars: { unit: unit!.name, campaign: ctx.campaign.title, at: formatDateTime(ctx.now, ctx.timeZone), people: rows.length },
      },
    });
  }
  return { people: rows.length };
}

/** The title's official name, for messages. */
export const titleNameVi = (code: string | null) => (code ? getTitle(code as never).nameVi : "");

/** What the unit's year-end Word documents show, in their official wording. */
export async function resultsDocumentData(
  db: DbOrTx,
  campaign: Campaign,
  unitId: number,
  now: Date,
  timeZone: string,
): Promise<ResultsDocument> {
  const rows = await unitResults(db, campaign, unitId);
  const positions = new Map(
    (await db.select({ id: people.id, position: people.position }).from(people).where(eq(people.unitId, unitId))).map((p) => [
      p.id,
      p.position,
    ]),
  );
  const [unit] = await db.select({ name: units.name, parentId: units.parentId }).from(units).where(eq(units.id, unitId));
  const [parent] = unit?.parentId ? await db.select({ name: units.name }).from(units).where(eq(units.id, unit.parentId)) : [];
  const [province] = await db.select({ name: provinces.name }).from(provinces).where(eq(provinces.id, campaign.provinceId));
  const [leader] = await db
    .select({ name: people.fullName })
    .from(roles)
    .innerJoin(people, eq(people.id, roles.personId))
    .where(and(eq(roles.unitId, unitId), eq(roles.role, "unit_leader")))
    .limit(1);
  const unitTitle = await unitCollectiveResult(db, campaign.id, unitId);
  return {
    superiorName: parent?.name ?? null,
    unitName: unit?.name ?? "",
    place: placeOf(province?.name ?? ""),
    date: localDateOf(now, timeZone),
    schoolYear: campaign.schoolYear,
    people: [...rows]
      .sort((a, b) => compareVietnameseNames(a.fullName, b.fullName))
      .map((r) => ({
        name: r.fullName,
        position: positions.get(r.personId) ?? "",
        rating: r.rating,
        title: r.titleCode ? titleNameVi(r.titleCode) : null,
      })),
    unitTitle: unitTitle ? titleNameVi(unitTitle) : null,
    leaderName: leader?.name ?? null,
  };
}
