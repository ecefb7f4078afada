/**
 * Eligibility of a person for the individual titles. The titles form a ladder (LĐTT → CSTĐCS →
 * CSTĐ cấp tỉnh → CSTĐ toàn quốc) and each rung includes the checks of the one below.
 *
 * What blocks and what warns (see evaluation.ts): the rating floor of LĐTT (HTTNV) is [V], so a
 * *current-year* rating below it blocks every rung. CSTĐCS needing HTXSNV is only [P], so an HTTNV
 * (or last year's) rating asking for CSTĐCS warns. A missing rating, missing title records or a
 * sáng kiến not yet recognised warn: at registration this year's results do not exist yet.
 */
import { INDIVIDUAL_TITLE_CODES, getTitle, isIndividualTitleCode, type IndividualTitleCode } from "../titles.js";
import { evaluation, failure, warning } from "./evaluation.js";
import { parseSchoolYear, schoolYearLabel, schoolYearStart } from "./school-year.js";
import { isIsoDate } from "./sets.js";
import {
  INITIATIVE_SCOPES,
  RATINGS,
  type Evaluation,
  type IndividualFacts,
  type InitiativeScope,
  type Rating,
  type Reason,
  type RuleSet,
} from "./types.js";

/** How far back a chain of titles is followed before we call the history unknown. */
const MAX_LOOKBACK_YEARS = 40;

const RANK_CSTDCS = getTitle("CSTDCS").rank;
const RANK_CSTD_TINH = getTitle("CSTD_TINH").rank;

const ratingScore = (r: Rating) => RATINGS.length - RATINGS.indexOf(r);
const scopeScore = (s: InitiativeScope) => INITIATIVE_SCOPES.indexOf(s);

/**
 * Rank of the highest individual title held that year (holding CSTĐ cấp tỉnh implies CSTĐCS that
 * year), 0 when the year is listed without one, undefined when the year is not recorded.
 */
function levelIn(facts: IndividualFacts, year: string): number | undefined {
  const codes = facts.titles?.[year];
  if (codes === undefined) return undefined;
  let level = 0;
  for (const c of codes) if (isIndividualTitleCode(c)) level = Math.max(level, getTitle(c).rank);
  return level;
}

/**
 * This year's rating proves the case; before it exists we look at last year's, which only hints
 * (people improve), so a judgement based on it can never block.
 */
function ratingEvidence(facts: IndividualFacts): { year: string; rating: Rating; proven: boolean } | null {
  const current = facts.currentSchoolYear;
  const now = facts.ratings?.[current];
  if (now) return { year: current, rating: now, proven: true };
  const previous = schoolYearLabel(schoolYearStart(current) - 1);
  const before = facts.ratings?.[previous];
  return before ? { year: previous, rating: before, proven: false } : null;
}

/** A sáng kiến of at least `scope`, recognised in the school years from `first` to `last`. */
function hasInitiative(facts: IndividualFacts, scope: InitiativeScope, first: number, last: number): boolean {
  return (facts.initiatives ?? []).some((i) => {
    const year = parseSchoolYear(i.schoolYear);
    return year !== null && year >= first && year <= last && scopeScore(i.scope) >= scopeScore(scope);
  });
}

/** Whole months from recruitment to the review (31/05 of the school year's end unless given). */
export function monthsSinceRecruitment(facts: IndividualFacts): number | null {
  if (!facts.recruitedOn || !isIsoDate(facts.recruitedOn)) return null;
  const review = facts.reviewOn && isIsoDate(facts.reviewOn) ? facts.reviewOn : `${schoolYearStart(facts.currentSchoolYear) + 1}-05-31`;
  const [y1, m1, d1] = facts.recruitedOn.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = review.split("-").map(Number) as [number, number, number];
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0));
}

function gates(facts: IndividualFacts, rs: RuleSet): Reason[] {
  const p = rs.parameters;
  const out: Reason[] = [];
  if (facts.underDiscipline) out.push(failure(rs, "under-discipline", true, "rule-under-discipline"));
  if (facts.monthsWorked !== undefined && p.minMonthsWorked !== null && facts.monthsWorked < p.minMonthsWorked) {
    out.push(failure(rs, "months-worked", true, "rule-months-worked-short", { months: facts.monthsWorked, min: p.minMonthsWorked }));
  }
  const since = monthsSinceRecruitment(facts);
  if (since !== null && p.minMonthsSinceRecruitment !== null && since < p.minMonthsSinceRecruitment) {
    out.push(
      failure(rs, "recruitment-gate", true, "rule-recruited-recently", {
        months: since,
        min: p.minMonthsSinceRecruitment,
        recruited: facts.recruitedOn!,
      }),
    );
  }
  if (facts.daysAbsent !== undefined && p.absentDaysLimit !== null && facts.daysAbsent >= p.absentDaysLimit) {
    out.push(failure(rs, "days-absent", true, "rule-days-absent-too-many", { days: facts.daysAbsent, limit: p.absentDaysLimit }));
  }
  return out;
}

function ldtt(facts: IndividualFacts, rs: RuleSet): Reason[] {
  const out = gates(facts, rs);
  const ev = ratingEvidence(facts);
  const required = rs.parameters.ldttMinRating;
  if (!ev) out.push(warning("rule-rating-missing", { year: schoolYearLabel(schoolYearStart(facts.currentSchoolYear) - 1) }));
  else if (ratingScore(ev.rating) < ratingScore(required)) {
    out.push(failure(rs, "rating-floor", ev.proven, "rule-ldtt-rating-too-low", { year: ev.year, rating: ev.rating, required }));
  }
  return out;
}

function cstdcs(facts: IndividualFacts, rs: RuleSet): Reason[] {
  const out = ldtt(facts, rs);
  const ev = ratingEvidence(facts);
  const required = rs.parameters.cstdcsMinRating;
  const now = schoolYearStart(facts.currentSchoolYear);
  const ratingMet = ev !== null && ratingScore(ev.rating) >= ratingScore(required);
  const initiativeMet = hasInitiative(facts, "co_so", now, now);
  if (rs.parameters.cstdcsCriteria === "rating-or-initiative") {
    // Luật 2022 Điều 23 as read: HTXSNV or a recognised sáng kiến/đề tài. Neither is proven
    // missing before the year's review, so this only warns.
    if (!ratingMet && !initiativeMet) {
      out.push(
        failure(rs, "cstdcs-initiative", false, "rule-cstdcs-needs-htxsnv-or-initiative", { year: facts.currentSchoolYear, required }),
      );
    }
    return out;
  }
  if (ev && !ratingMet) {
    out.push(failure(rs, "cstdcs-rating", ev.proven, "rule-cstdcs-rating-too-low", { year: ev.year, rating: ev.rating, required }));
  }
  // Absence of a sáng kiến never proves anything: it can be recognised until the year's review.
  if (!initiativeMet) {
    out.push(failure(rs, "cstdcs-initiative", false, "rule-cstdcs-needs-initiative", { year: facts.currentSchoolYear }));
  }
  return out;
}

/**
 * CSTĐ Bộ, ban, ngành, tỉnh this year = the k-th consecutive CSTĐCS is this year's, so the k-1 years before
 * must be CSTĐCS, and none of them may already have been used for a CSTĐ cấp tỉnh.
 */
function cstdTinh(facts: IndividualFacts, rs: RuleSet): Reason[] {
  const out = cstdcs(facts, rs);
  const k = rs.parameters.cstdTinhConsecutiveCstdcsYears;
  const now = schoolYearStart(facts.currentSchoolYear);
  for (let y = now - 1; y > now - k; y--) {
    const year = schoolYearLabel(y);
    const level = levelIn(facts, year);
    if (level === undefined) out.push(warning("rule-titles-missing", { year }));
    else if (level < RANK_CSTDCS)
      out.push(failure(rs, "cstd-tinh-streak", true, "rule-cstd-tinh-needs-consecutive-cstdcs", { years: k, year }));
    else if (level >= RANK_CSTD_TINH) out.push(warning("rule-cstd-tinh-recently-awarded", { year }));
  }
  if (!hasInitiative(facts, "tinh", now - k + 1, now)) {
    out.push(
      failure(rs, "cstd-tinh-initiative", false, "rule-cstd-tinh-needs-initiative", {
        from: schoolYearLabel(now - k + 1),
        to: facts.currentSchoolYear,
      }),
    );
  }
  return out;
}

/**
 * CSTĐ toàn quốc this year = this year's CSTĐ cấp tỉnh is the m-th in a row. Walking back through
 * an unbroken chain of CSTĐCS years, we need m-1 earlier CSTĐ cấp tỉnh, each at least k years
 * before the next (a new one needs k fresh CSTĐCS years). A recorded year without CSTĐCS breaks
 * the chain (proof); an unrecorded year stops the walk (unknown).
 */
function cstdToanQuoc(facts: IndividualFacts, rs: RuleSet): Reason[] {
  const out = cstdTinh(facts, rs);
  const k = rs.parameters.cstdTinhConsecutiveCstdcsYears;
  const m = rs.parameters.cstdToanQuocConsecutiveCstdTinh;
  const now = schoolYearStart(facts.currentSchoolYear);
  let needed = m - 1;
  let latestAllowed = now - k;
  for (let y = now - 1; needed > 0; y--) {
    const year = schoolYearLabel(y);
    const level = y < now - MAX_LOOKBACK_YEARS ? undefined : levelIn(facts, year);
    if (level === undefined) {
      out.push(warning("rule-titles-missing", { year }));
      break;
    }
    if (level < RANK_CSTDCS) {
      out.push(failure(rs, "cstd-toan-quoc-streak", true, "rule-cstd-toan-quoc-needs-consecutive-cstd-tinh", { count: m, year }));
      break;
    }
    if (y <= latestAllowed && level >= RANK_CSTD_TINH) {
      needed--;
      latestAllowed = y - k;
    }
  }
  const first = now - m * k + 1;
  if (!hasInitiative(facts, "toan_quoc", first, now)) {
    out.push(
      failure(rs, "cstd-toan-quoc-initiative", false, "rule-cstd-toan-quoc-needs-initiative", {
        from: schoolYearLabel(first),
        to: facts.currentSchoolYear,
      }),
    );
  }
  return out;
}

const CHECKS: Record<IndividualTitleCode, (facts: IndividualFacts, rs: RuleSet) => Reason[]> = {
  LDTT: ldtt,
  CSTDCS: cstdcs,
  CSTD_TINH: cstdTinh,
  CSTD_TOAN_QUOC: cstdToanQuoc,
};

/** Throws RangeError on a code that is not an individual title or a malformed current school year. */
export function evaluateIndividualTitle(code: IndividualTitleCode, facts: IndividualFacts, ruleSet: RuleSet): Evaluation {
  if (!isIndividualTitleCode(code)) throw new RangeError(`Not an individual title: ${String(code)}`);
  schoolYearStart(facts.currentSchoolYear);
  return evaluation(CHECKS[code](facts, ruleSet));
}

export interface AllowedTitle {
  code: IndividualTitleCode;
  evaluation: Evaluation;
}

/** Titles the person may choose, most junior first; blocked ones left out, warned ones kept with reasons. */
export function allowedIndividualTitles(facts: IndividualFacts, ruleSet: RuleSet): AllowedTitle[] {
  return INDIVIDUAL_TITLE_CODES.map((code) => ({ code, evaluation: evaluateIndividualTitle(code, facts, ruleSet) }))
    .filter((t) => t.evaluation.status !== "blocked")
    .sort((a, b) => getTitle(a.code).rank - getTitle(b.code).rank);
}
