/**
 * Year-end results (bình xét): what "đạt như đăng ký" means, the titles a result implies, and the
 * checks on a unit's results. Pure: results in, reasons out. At the year's end the ratings are
 * facts, so the checks judge them as such, but they only warn: the bình xét council decides.
 */
import { asWarnings, evaluation } from "./rules/evaluation.js";
import { cstdcsQuotaCheck, evaluateCollectiveTitle, type CollectiveStats, type Evaluation, type Rating, type Reason, type RuleSet } from "./rules/index.js";
import { RATINGS } from "./rules/types.js";
import { getTitle, INDIVIDUAL_TITLE_CODES, isCollectiveTitleCode, isIndividualTitleCode, type IndividualTitleCode } from "./titles.js";

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
  const titleAboveRating = results.filter((r) => r.titleCode !== null && r.rating !== null && !atLeast(r.rating, floor)).map((r) => r.personId);
  const stats = statsFromResults(results);
  const reasons: Reason[] = [...cstdcsQuotaCheck(stats.ldttRegistered, stats.cstdcsRegistered, rs).reasons];
  if (unitTitle && isCollectiveTitleCode(unitTitle)) reasons.push(...evaluateCollectiveTitle(unitTitle, stats, rs).reasons);
  return { unrated: results.filter((r) => r.rating === null).length, titleAboveRating, evaluation: evaluation(asWarnings(reasons)) };
}
