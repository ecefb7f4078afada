/**
 * The year's report (báo cáo tổng kết), for the Văn phòng: reads the province's recorded years,
 * decisions, sáng kiến and nominations of a school year and the one before into the domain's
 * records (src/domain/report.ts computes the figures), and makes the workbook or the Word draft.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  campaigns,
  clusters,
  decisionPeople,
  decisions,
  initiatives,
  nominations,
  people,
  personYears,
  provinces,
  schoolYears,
  unitKinds,
  units,
  unitYears,
} from "../../db/schema.js";
import { localDateOf, schoolYearOf } from "../../domain/calendar.js";
import { computeReport, schoolYearOfIso, type ReportFigures, type ReportInput, type ReportRating } from "../../domain/report.js";
import { shiftSchoolYear } from "../../domain/rules/index.js";
import { safeFileName } from "../../exports/filenames.js";
import { writeXlsx } from "../../exports/xlsx.js";
import { UserError } from "../../core/errors.js";
import { isOffice } from "../../flows/engine/actor.js";
import type { Actor } from "../../flows/engine/types.js";
import { placeOf } from "../export/data.js";
import { collect } from "../../exports/bytes.js";
import { MIME } from "../export/service.js";
import type { ReportContext } from "./context.js";
import { reportSheets } from "./workbook.js";

export type ReportFormat = "xlsx" | "docx";

/** Only the Văn phòng: the report covers the whole province. Checked when the file is made. */
export function assertMayReport(actor: Actor | null): asserts actor is Actor {
  if (!actor || !isOffice(actor)) throw new UserError("report-not-allowed");
}

/** The school years offered: the current one and those with recorded years, newest first (at most 4). */
export async function reportYears(db: DbOrTx, provinceId: number, now: Date, timeZone: string): Promise<string[]> {
  const rows = await db.selectDistinct({ year: personYears.schoolYear }).from(personYears).where(eq(personYears.provinceId, provinceId));
  const current = schoolYearOf(localDateOf(now, timeZone)).label;
  return [...new Set([current, ...rows.map((r) => r.year)])]
    .filter((y) => /^\d{4}-\d{4}$/.test(y) && y <= current)
    .sort()
    .reverse()
    .slice(0, 4);
}

/** Everything the report counts, for `schoolYear` and the year before. */
export async function loadReportInput(db: DbOrTx, provinceId: number, schoolYear: string): Promise<ReportInput> {
  const previousYear = shiftSchoolYear(schoolYear, -1);
  const years = [schoolYear, previousYear];
  const unitRows = await db
    .select({ id: units.id, code: units.code, name: units.name, kind: unitKinds.name, cluster: clusters.name })
    .from(units)
    .innerJoin(unitKinds, eq(unitKinds.id, units.kindId))
    .leftJoin(clusters, eq(clusters.id, units.clusterId))
    .where(eq(units.provinceId, provinceId))
    .orderBy(asc(units.code));
  const personRows = await db
    .select({
      personId: personYears.personId,
      name: people.fullName,
      position: people.position,
      yearUnit: personYears.unitId,
      unitId: people.unitId,
      schoolYear: personYears.schoolYear,
      rating: personYears.rating,
      titles: personYears.titles,
      decision: personYears.decision,
    })
    .from(personYears)
    .innerJoin(people, eq(people.id, personYears.personId))
    .where(and(eq(personYears.provinceId, provinceId), inArray(personYears.schoolYear, years)));
  const unitYearRows = await db
    .select({ unitId: unitYears.unitId, groupName: unitYears.groupName, schoolYear: unitYears.schoolYear, titles: unitYears.titles })
    .from(unitYears)
    .where(and(eq(unitYears.provinceId, provinceId), inArray(unitYears.schoolYear, years)));
  const awardRows = await db
    .select({
      personId: decisionPeople.personId,
      name: people.fullName,
      unitId: people.unitId,
      schoolYear: decisions.schoolYear,
      titleCode: decisionPeople.titleCode,
      decisionNumber: decisions.number,
      signedOn: decisions.signedOn,
      level: decisions.level,
    })
    .from(decisionPeople)
    .innerJoin(decisions, eq(decisions.id, decisionPeople.decisionId))
    .innerJoin(people, eq(people.id, decisionPeople.personId))
    .where(and(eq(decisions.provinceId, provinceId), inArray(decisions.schoolYear, years)));
  const initiativeRows = await db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      author: people.fullName,
      unitId: initiatives.unitId,
      personUnit: people.unitId,
      scope: initiatives.scope,
      decisionNumber: initiatives.decisionNumber,
      decidedOn: initiatives.decidedOn,
      createdAt: initiatives.createdAt,
    })
    .from(initiatives)
    .innerJoin(people, eq(people.id, initiatives.personId))
    .where(and(eq(initiatives.provinceId, provinceId), eq(initiatives.status, "recognised")));
  const nominationRows = await db
    .select({
      id: nominations.id,
      nominee: nominations.nomineeName,
      kind: nominations.kind,
      unitId: nominations.unitId,
      field: nominations.field,
      schoolYear: schoolYears.label,
      status: nominations.status,
    })
    .from(nominations)
    .innerJoin(campaigns, eq(campaigns.id, nominations.campaignId))
    .innerJoin(schoolYears, eq(schoolYears.id, campaigns.schoolYearId))
    .where(and(eq(nominations.provinceId, provinceId), inArray(schoolYears.label, years)));
  return {
    schoolYear,
    previousYear,
    units: unitRows,
    personYears: personRows.map((p) => ({ ...p, unitId: p.yearUnit ?? p.unitId, rating: p.rating as ReportRating | null })),
    unitYears: unitYearRows,
    awards: awardRows,
    initiatives: initiativeRows
      .filter((i) => i.scope !== null)
      .map((i) => ({
        id: i.id,
        title: i.title,
        author: i.author,
        unitId: i.unitId ?? i.personUnit,
        scope: i.scope!,
        decisionNumber: i.decisionNumber,
        decidedOn: i.decidedOn,
        // A recognition without its date counts in the year it was declared.
        schoolYear: schoolYearOfIso(i.decidedOn ?? i.createdAt.toISOString().slice(0, 10)),
      }))
      .filter((i) => years.includes(i.schoolYear)),
    nominations: nominationRows,
  };
}

export interface ReportFile {
  fileName: string;
  mime: string;
  content: Uint8Array;
  figures: ReportFigures;
}

/** `Báo cáo tổng kết TĐKT NH 2025-2026.xlsx` (or .docx). */
export const reportFileName = (schoolYear: string, format: ReportFormat) =>
  `Báo cáo tổng kết TĐKT NH ${safeFileName(schoolYear)}.${format}`;

/** The report's workbook or Word draft for the Văn phòng of the actor's province. */
export async function reportFile(
  db: DbOrTx,
  actor: Actor | null,
  schoolYear: string,
  format: ReportFormat,
  opts: { now: Date; timeZone: string },
): Promise<ReportFile> {
  assertMayReport(actor);
  if (!/^\d{4}-\d{4}$/.test(schoolYear)) throw new UserError("report-bad-year");
  const [province] = await db.select({ name: provinces.name }).from(provinces).where(eq(provinces.id, actor.provinceId));
  const figures = computeReport(await loadReportInput(db, actor.provinceId, schoolYear));
  const ctx: ReportContext = { provinceName: province?.name ?? "", place: placeOf(province?.name ?? ""), schoolYear, ...opts };
  let content: Uint8Array;
  if (format === "xlsx") {
    content = await collect((out) => writeXlsx(reportSheets(figures, ctx), out, opts));
  } else {
    // The docx library is loaded only when a Word file is asked for.
    const { reportDocx } = await import("./document.js");
    content = await reportDocx(figures, ctx);
  }
  return { fileName: reportFileName(schoolYear, format), mime: MIME[format], content, figures };
}
