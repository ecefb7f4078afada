import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { nominations, personYears, roles, units, type NominationCriterion, type NominationYear } from "../../db/schema.js";
import { eligibilityWarnings, type NomineeKind, type Warning } from "../../domain/nominations.js";
import { titleLabelKey, type TitleCode } from "../../domain/titles.js";
import { recognisedInitiatives } from "../initiatives/service.js";

export interface YearConflict {
  schoolYear: string;
  typed: NominationYear;
  stored: NominationYear;
}

export interface StoredYear {
  schoolYear: string;
  rating: string | null;
  titles: string[];
}

/**
 * Pure: the years the rules judge. Where the system holds a record of the nominee's year (its
 * person_years row), that record wins over what was typed, and the difference is reported.
 */
export function reconcileYears(typed: NominationYear[], stored: StoredYear[]): { years: NominationYear[]; conflicts: YearConflict[] } {
  const byYear = new Map(stored.map((s) => [s.schoolYear, s]));
  const conflicts: YearConflict[] = [];
  const years = typed.map((y) => {
    const s = byYear.get(y.schoolYear);
    if (!s) return y;
    const record: NominationYear = {
      schoolYear: y.schoolYear,
      rating: (s.rating ?? null) as NominationYear["rating"],
      titles: [...s.titles],
    };
    const same = record.rating === y.rating && [...record.titles].sort().join() === [...y.titles].sort().join();
    if (!same) conflicts.push({ schoolYear: y.schoolYear, typed: y, stored: record });
    return record;
  });
  return { years, conflicts };
}

export interface NominationDraft {
  kind: NomineeKind;
  personId: number | null;
  unitId: number;
  campaignId: number;
  years: NominationYear[];
  initiativeId: number | null;
}

export interface Assessment {
  years: NominationYear[];
  conflicts: YearConflict[];
  warnings: Warning[];
  initiativeTitle: string | null;
}

/** Every warning the data can give on a nomination, judged on the stored record where there is one. */
export async function assessNomination(db: DbOrTx, d: NominationDraft): Promise<Assessment> {
  const stored = d.personId ? await db.select().from(personYears).where(eq(personYears.personId, d.personId)) : [];
  const { years, conflicts } = d.kind === "individual" ? reconcileYears(d.years, stored) : { years: d.years, conflicts: [] };
  const initiatives =
    d.initiativeId && d.personId ? (await recognisedInitiatives(db, d.personId)).filter((i) => i.id === d.initiativeId) : [];
  const isUnitHead = d.personId
    ? (
        await db
          .select({ id: roles.id })
          .from(roles)
          .where(and(eq(roles.personId, d.personId), eq(roles.role, "unit_leader"), eq(roles.unitId, d.unitId)))
      ).length > 0
    : false;
  const [u] = await db.select({ name: units.name }).from(units).where(eq(units.id, d.unitId));
  const unitNominated = (
    await db
      .select({ kind: nominations.kind, name: nominations.nomineeName })
      .from(nominations)
      .where(and(eq(nominations.campaignId, d.campaignId), eq(nominations.unitId, d.unitId)))
  ).some((n) => n.kind === "collective" && n.name === u?.name);
  const warnings = eligibilityWarnings({
    kind: d.kind,
    years,
    initiatives: initiatives.map((i) => ({ scope: i.scope })),
    isUnitHead,
    unitNominated,
  });
  return { years, conflicts, warnings, initiativeTitle: initiatives[0]?.title ?? null };
}

type T = (key: string, vars?: Record<string, string | number>) => string;

/** "2024-2025: Hoàn thành tốt nhiệm vụ, Lao động tiên tiến": ratings and titles in words, never codes. */
export function yearLine(t: T, y: { schoolYear: string; rating: string | null; titles: string[] }): string {
  const rating = y.rating ? t(`rating-${y.rating}`) : "—";
  const titles = y.titles.map((code) => t(titleLabelKey(code as TitleCode)));
  return `${y.schoolYear}: ${rating}${titles.length ? `, ${titles.join(", ")}` : ""}`;
}

const yearValue = (t: T, y: NominationYear) => yearLine(t, y).slice(y.schoolYear.length + 2);

/** Warnings and conflicts as the lines a reviewer reads; the stored record is named as what counts. */
export function assessmentLines(t: T, a: Assessment): string[] {
  return [
    ...a.conflicts.map(
      (c) => `⚠️ ${t("truth-nomination-conflict", { year: c.schoolYear, typed: yearValue(t, c.typed), stored: yearValue(t, c.stored) })}`,
    ),
    ...a.warnings.map((w) => `⚠️ ${t(w.key, w.params)}`),
  ];
}

/** Each criterion with its answer and note, in words. */
export function criteriaLines(t: T, criteria: NominationCriterion[]): string {
  return criteria.map((c) => `${c.met ? "✓" : "✗"} ${t(`criterion-${c.code}`)}${c.note ? `: ${c.note}` : ""}`).join("\n");
}
