/**
 * Year-end results (bình xét): what "đạt như đăng ký" means, the titles a result implies, and the
 * checks on a unit's results. Pure: results in, reasons out. At the year's end the ratings are
 * facts, so the checks judge them as such, but they only warn: the bình xét council decides.
 */
import { asWarnings, evaluation } from "./rules/evaluation.js";
import {
  cstdcsQuotaCheck,
  evaluateCollectiveTitle,
  type CollectiveStats,
  type Evaluation,
  type Rating,
  type Reason,
  type RuleSet,
} from "./rules/index.js";
import { RATINGS } from "./rules/types.js";
import {
  ALL_TITLES,
  getTitle,
  INDIVIDUAL_TITLE_CODES,
  isCollectiveTitleCode,
  isIndividualTitleCode,
  type IndividualTitleCode,
} from "./titles.js";

export interface PersonResult {
  personId: number;
  rating: Rating | null;
  /** Individual title achieved; null = none. */
  titleCode: string | null;
}

/**
 * The rating a registered title starts from when the focal person taps "đạt như đăng ký": the
 * lowest rating the title is usually given with (LĐTT: HTTNV; CSTĐCS and above: HTXSNV).
 */
export function defaultRatingFor(titleCode: string | null): Rating | null {
  if (!titleCode || !isIndividualTitleCode(titleCode)) return null;
  return titleCode === "LDTT" ? "HTTNV" : "HTXSNV";
}

/** The titles a person holds for the year with this one: the ladder below it included (CSTĐCS ⇒ LĐTT). */
export function titlesHeld(titleCode: string | null): string[] {
  if (!titleCode || !isIndividualTitleCode(titleCode)) return [];
  const rank = getTitle(titleCode).rank;
  return INDIVIDUAL_TITLE_CODES.filter((c) => getTitle(c).rank <= rank);
}

const atLeast = (r: Rating | null, min: Rating) => r !== null && RATINGS.indexOf(r) <= RATINGS.indexOf(min);
const rankOf = (code: string | null) => (code && isIndividualTitleCode(code) ? getTitle(code as IndividualTitleCode).rank : 0);

/** The unit's member counts as the collective rules read them, from its year-end results. */
export function statsFromResults(results: readonly PersonResult[]): CollectiveStats {
  const ldtt = getTitle("LDTT").rank;
  const cstdcs = getTitle("CSTDCS").rank;
  const allRated = results.every((r) => r.rating !== null);
  const stats: CollectiveStats = {
    members: results.length,
    ldttRegistered: results.filter((r) => rankOf(r.titleCode) >= ldtt).length,
    cstdcsRegistered: results.filter((r) => rankOf(r.titleCode) >= cstdcs).length,
  };
  if (allRated) stats.atLeastHtnv = results.filter((r) => atLeast(r.rating, "HTNV")).length;
  return stats;
}

export interface ResultsCheck {
  /** People not rated yet: the results cannot be submitted until each has a rating. */
  unrated: number;
  /** People whose title does not fit their rating (LĐTT needs HTTNV or better). */
  titleAboveRating: number[];
  /** The unit's collective title and the CSTĐCS cap, judged on the results: warnings only. */
  evaluation: Evaluation;
}

/**
 * Checks of a unit's results: everyone rated, titles that fit the ratings, the CSTĐCS cap where
 * the province sets one, and the unit's collective title (TTLĐXS: 100% at least HTNV, ≥ 70% LĐTT,
 * at least one CSTĐCS).
 */
export function checkResults(results: readonly PersonResult[], unitTitle: string | null, rs: RuleSet): ResultsCheck {
  const floor = rs.parameters.ldttMinRating;
  const titleAboveRating = results
    .filter((r) => r.titleCode !== null && r.rating !== null && !atLeast(r.rating, floor))
    .map((r) => r.personId);
  const stats = statsFromResults(results);
  const reasons: Reason[] = [...cstdcsQuotaCheck(stats.ldttRegistered, stats.cstdcsRegistered, rs).reasons];
  if (unitTitle && isCollectiveTitleCode(unitTitle)) reasons.push(...evaluateCollectiveTitle(unitTitle, stats, rs).reasons);
  return { unrated: results.filter((r) => r.rating === null).length, titleAboveRating, evaluation: evaluation(asWarnings(reasons)) };
}

/* ---- Reading ratings, titles and decision levels as people write them in Excel ---- */

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const RATING_WORDS: Array<[string, Rating]> = [
  ["khong hoan thanh nhiem vu", "KHTNV"],
  ["hoan thanh xuat sac nhiem vu", "HTXSNV"],
  ["hoan thanh tot nhiem vu", "HTTNV"],
  ["hoan thanh nhiem vu", "HTNV"],
  ["khtnv", "KHTNV"],
  ["htxsnv", "HTXSNV"],
  ["httnv", "HTTNV"],
  ["htnv", "HTNV"],
];

/** HTXSNV / "Hoàn thành xuất sắc nhiệm vụ" (any case, with or without diacritics) → code; null otherwise. */
export function parseRating(text: string): Rating | null {
  const f = fold(text);
  if (!f) return null;
  return RATING_WORDS.find(([w]) => f === w)?.[1] ?? null;
}

const TITLE_WORDS: Array<[string, string]> = [
  ["ldtt", "LDTT"],
  ["cstdcs", "CSTDCS"],
  ["cstd co so", "CSTDCS"],
  ["cstd tinh", "CSTD_TINH"],
  ["cstd cap tinh", "CSTD_TINH"],
  ["chien si thi dua cap tinh", "CSTD_TINH"],
  ["cstd toan quoc", "CSTD_TOAN_QUOC"],
  ["ttldtt", "TTLDTT"],
  ["ttldxs", "TTLDXS"],
];

/**
 * A title or award form as written: its code, its official name, or a usual abbreviation
 * ("LĐTT", "CSTĐCS"). Empty or "không" → "none"; anything else → null.
 */
export function parseTitleText(text: string): string | "none" | null {
  const f = fold(text);
  if (!f || f === "khong" || f === "khong dat" || f === "khong co") return "none";
  for (const def of ALL_TITLES) if (f === fold(def.code) || f === fold(def.nameVi)) return def.code;
  return TITLE_WORDS.find(([w]) => f === w)?.[1] ?? null;
}

const LEVEL_WORDS: Array<[string, DecisionLevel]> = [
  ["thu tuong", "THU_TUONG"],
  ["bo gddt", "BO_GDDT"],
  ["bo giao duc", "BO_GDDT"],
  ["bo truong", "BO_GDDT"],
  ["ubnd xa", "CHU_TICH_UBND_XA"],
  ["uy ban nhan dan xa", "CHU_TICH_UBND_XA"],
  ["ubnd tinh", "UBND_TINH"],
  ["uy ban nhan dan tinh", "UBND_TINH"],
  ["giam doc so", "GIAM_DOC_SO"],
  ["so gddt", "GIAM_DOC_SO"],
  ["thu truong", "THU_TRUONG_DON_VI"],
  ["hieu truong", "THU_TRUONG_DON_VI"],
];

/** "Giám đốc Sở", "UBND tỉnh", "Bộ GDĐT"… (or the code) → the decision level; null when unknown. */
export function parseDecisionLevel(text: string): DecisionLevel | null {
  const f = fold(text);
  if (!f) return null;
  const byCode = DECISION_LEVELS.find((l) => fold(l) === f);
  if (byCode) return byCode;
  return LEVEL_WORDS.find(([w]) => ` ${f} `.includes(` ${w} `))?.[1] ?? null;
}

export const DECISION_LEVELS = ["THU_TRUONG_DON_VI", "CHU_TICH_UBND_XA", "GIAM_DOC_SO", "UBND_TINH", "BO_GDDT", "THU_TUONG"] as const;
export type DecisionLevel = (typeof DECISION_LEVELS)[number];

/** The ratings' full names as official documents write them. */
export const RATING_NAMES: Readonly<Record<Rating, string>> = {
  HTXSNV: "Hoàn thành xuất sắc nhiệm vụ",
  HTTNV: "Hoàn thành tốt nhiệm vụ",
  HTNV: "Hoàn thành nhiệm vụ",
  KHTNV: "Không hoàn thành nhiệm vụ",
};

/** A rating code's full name; unknown codes are shown as they are. */
export const ratingName = (code: string): string => RATING_NAMES[code as Rating] ?? code;
