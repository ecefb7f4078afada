/**
 * Điển hình tiên tiến (seed 004, Bình Phước): the criteria checklist, the period judged, and the
 * checks the data can answer. Pure: facts in, reasons out; failures warn, they never block.
 */
import { INITIATIVE_SCOPES, type InitiativeScope } from "./rules/types.js";

/** A locale key and its values: what the person reads. */
export interface Warning {
  key: string;
  params?: Record<string, string | number>;
}

const scopeScore = (s: InitiativeScope) => INITIATIVE_SCOPES.indexOf(s);

export type NomineeKind = "individual" | "collective";

/** Tiêu chuẩn chung (1.2), then the individual (1.3.2) or collective (1.3.1) ones. */
export const CRITERIA = {
  general: ["law", "excellent", "pioneer", "solidarity"],
  individual: ["creative", "initiative", "learning", "discipline", "innovation", "cstdcs-years"],
  collective: ["creative", "movement", "discipline", "unity", "collective-titles", "quality"],
} as const;

export const criteriaFor = (kind: NomineeKind): string[] => [...CRITERIA.general, ...CRITERIA[kind]];

export const SUMMARY_MAX = 2000;

/** The school years judged: by default the three before the campaign's year. */
export function periodYears(campaignYear: string, settings: unknown): string[] {
  const period = (settings as { period?: { from?: unknown; to?: unknown } } | null)?.period;
  const first = Number((typeof period?.from === "string" ? period.from : "").slice(0, 4)) || Number(campaignYear.slice(0, 4)) - 3;
  const last = Number((typeof period?.to === "string" ? period.to : "").slice(0, 4)) || Number(campaignYear.slice(0, 4)) - 1;
  const years: string[] = [];
  for (let y = first; y <= last && years.length < 10; y++) years.push(`${y}-${y + 1}`);
  return years;
}

export interface NomineeFacts {
  kind: NomineeKind;
  years: Array<{ schoolYear: string; rating: string | null; titles: string[] }>;
  /** Recognised sáng kiến of the nominee. */
  initiatives: Array<{ scope: InitiativeScope | null }>;
  /** The nominee leads the unit (Hiệu trưởng, Giám đốc). */
  isUnitHead: boolean;
  /** The unit itself is nominated as a điển hình in this campaign. */
  unitNominated: boolean;
  /** A school (TTLĐXS each year) rather than a tổ or phòng (TTLĐTT). */
  collectiveIsSchool?: boolean;
}

/** Every criterion the data can judge, as warnings with reasons. */
export function eligibilityWarnings(f: NomineeFacts): Warning[] {
  const out: Warning[] = [];
  const warn = (key: string, params: Record<string, string | number> = {}) => out.push({ key, params });
  if (f.kind === "individual") {
    for (const y of f.years) {
      if (y.rating !== "HTXSNV") warn("elig-needs-htxsnv", { year: y.schoolYear });
      if (!y.titles.includes("CSTDCS") && !y.titles.includes("CSTD_TINH") && !y.titles.includes("CSTD_TOAN_QUOC"))
        warn("elig-needs-cstdcs", { year: y.schoolYear });
    }
    // Seed 004: recognised by the Giám đốc Sở or the Chủ tịch UBND tỉnh, i.e. province scope.
    if (!f.initiatives.some((i) => i.scope && scopeScore(i.scope) >= scopeScore("tinh"))) warn("elig-needs-initiative");
    if (f.isUnitHead && !f.unitNominated) warn("elig-head-needs-unit");
  } else {
    const title = f.collectiveIsSchool === false ? "TTLDTT" : "TTLDXS";
    for (const y of f.years)
      if (!y.titles.includes(title) && !(title === "TTLDTT" && y.titles.includes("TTLDXS")))
        warn(f.collectiveIsSchool === false ? "elig-needs-ttldtt" : "elig-needs-ttldxs", { year: y.schoolYear });
  }
  return out;
}

export interface CountRule {
  min: number;
  max: number | null;
  /**
   * Whether a count outside min..max stops the submission or only warns. Seed 002's numbers were
   * about presenting models for the Sở's portal, so they warn unless the campaign says "block"
   * (setting `countsEnforce`).
   */
  enforce: "warn" | "block";
}

/** Unit kinds whose focal person also nominates people of the schools under the unit (since 01/07/2025 MN/TH/THCS sit under the commune). */
export const NOMINATES_FOR_SCHOOLS_UNDER: readonly string[] = ["XA", "PHONG"];

/**
 * How many a unit of that kind nominates (campaign setting `counts`, by unit kind code). Seed
 * 002's numbers are the defaults: at least 3 per Phòng GDĐT, at least 1 per other unit.
 */
export function countRuleFor(settings: unknown, kindCode: string): CountRule {
  const s = settings as { counts?: Record<string, { min?: number; max?: number | null }>; countsEnforce?: unknown } | null;
  const counts = s?.counts ?? {};
  const rule = counts[kindCode] ?? counts["*"];
  const fallback = kindCode === "PHONG" ? 3 : 1;
  return { min: rule?.min ?? fallback, max: rule?.max ?? null, enforce: s?.countsEnforce === "block" ? "block" : "warn" };
}

/** Why a list of `count` nominations cannot be submitted, or null. */
export function countProblem(count: number, rule: Pick<CountRule, "min" | "max">): Warning | null {
  if (count < rule.min) return { key: "nomination-too-few", params: { count, min: rule.min } };
  if (rule.max !== null && count > rule.max) return { key: "nomination-too-many", params: { count, max: rule.max } };
  return null;
}
