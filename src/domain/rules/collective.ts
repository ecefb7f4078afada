/**
 * Eligibility of a collective (school, tổ, phòng) for the collective titles, from its member
 * counts. Shares are compared in whole numbers (ldtt × 100 vs percent × members) so the legal
 * boundaries — "more than 50%", "at least 70%" — are exact.
 */
import { isCollectiveTitleCode, type CollectiveTitleCode } from "../titles.js";
import { asWarnings, evaluation, failure, percentOf, warning } from "./evaluation.js";
import type { CollectiveStats, Evaluation, Reason, RuleSet } from "./types.js";

function assertCount(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  }
}

/** Counts larger than the membership are a data error; we say so and still judge the rest. */
function consistency(stats: CollectiveStats): Reason[] {
  const { members, ldttRegistered, cstdcsRegistered, atLeastHtnv, disciplined } = stats;
  const over = [ldttRegistered, cstdcsRegistered, atLeastHtnv ?? 0, disciplined ?? 0].some((n) => n > members);
  return over || cstdcsRegistered > ldttRegistered ? [warning("rule-collective-counts-inconsistent", { members })] : [];
}

function discipline(stats: CollectiveStats, rs: RuleSet, rule: "ttldtt-discipline" | "ttldxs-discipline"): Reason[] {
  // Discipline is a recorded event: no count means none recorded, not "unknown".
  const count = stats.disciplined ?? 0;
  return count > 0 ? [failure(rs, rule, true, "rule-collective-has-discipline", { count })] : [];
}

function ttldtt(stats: CollectiveStats, rs: RuleSet): Reason[] {
  const { members, ldttRegistered: ldtt } = stats;
  const required = rs.parameters.ttldttLdttPercentAbove;
  const out: Reason[] = [];
  if (!(ldtt * 100 > required * members)) {
    out.push(
      failure(rs, "ttldtt-share", true, "rule-ttldtt-ldtt-share-low", { required, actual: percentOf(ldtt, members), ldtt, members }),
    );
  }
  return [...out, ...discipline(stats, rs, "ttldtt-discipline")];
}

function ttldxs(stats: CollectiveStats, rs: RuleSet): Reason[] {
  const { members, ldttRegistered: ldtt, cstdcsRegistered: cstdcs, atLeastHtnv } = stats;
  const p = rs.parameters;
  const out: Reason[] = [];
  if (ldtt * 100 < p.ttldxsLdttPercentAtLeast * members) {
    out.push(
      failure(rs, "ttldxs-share", true, "rule-ttldxs-ldtt-share-low", {
        required: p.ttldxsLdttPercentAtLeast,
        actual: percentOf(ldtt, members),
        ldtt,
        members,
      }),
    );
  }
  if (cstdcs < p.ttldxsMinCstdcs) {
    out.push(failure(rs, "ttldxs-cstdcs", true, "rule-ttldxs-needs-cstdcs", { required: p.ttldxsMinCstdcs, count: cstdcs }));
  }
  if (p.ttldxsAllMembersAtLeastHtnv) {
    if (atLeastHtnv === undefined) {
      // Say exactly what is missing when the data can tell.
      out.push(
        stats.unrated !== undefined && stats.ratingsYear
          ? warning("rule-collective-htnv-missing-count", { missing: stats.unrated, members, year: stats.ratingsYear })
          : warning("rule-collective-htnv-missing"),
      );
    } else if (atLeastHtnv < members) {
      out.push(
        failure(rs, "ttldxs-all-htnv", stats.ratingsProven ?? true, "rule-ttldxs-needs-all-htnv", {
          count: members - atLeastHtnv,
          members,
        }),
      );
    }
  }
  // The 2022 criteria for TTLĐXS carry no discipline clause (ttldxsNoDiscipline false there).
  return p.ttldxsNoDiscipline ? [...out, ...discipline(stats, rs, "ttldxs-discipline")] : out;
}

/**
 * Cờ thi đua is chosen by comparison inside the cụm/khối [P]; we cannot judge that, and that it
 * builds on TTLĐXS is unconfirmed too, so TTLĐXS's findings come back as warnings only.
 */
function coThiDua(stats: CollectiveStats, rs: RuleSet): Reason[] {
  return [...asWarnings(ttldxs(stats, rs)), warning("rule-co-thi-dua-by-comparison")];
}

const CHECKS: Record<CollectiveTitleCode, (stats: CollectiveStats, rs: RuleSet) => Reason[]> = {
  TTLDTT: ttldtt,
  TTLDXS: ttldxs,
  CO_THI_DUA_TINH: coThiDua,
  CO_THI_DUA_BO: coThiDua,
  CO_THI_DUA_CP: coThiDua,
};

/** Throws RangeError on a code that is not a collective title or counts that are not whole numbers ≥ 0. */
export function evaluateCollectiveTitle(code: CollectiveTitleCode, stats: CollectiveStats, ruleSet: RuleSet): Evaluation {
  if (!isCollectiveTitleCode(code)) throw new RangeError(`Not a collective title: ${String(code)}`);
  for (const key of ["members", "ldttRegistered", "cstdcsRegistered", "atLeastHtnv", "disciplined"] as const) {
    assertCount(key, stats[key]);
  }
  // With no members no share can be judged; the focal person must add them first.
  if (stats.members === 0) return evaluation([warning("rule-collective-no-members")]);
  return evaluation([...consistency(stats), ...CHECKS[code](stats, ruleSet)]);
}
