/**
 * Shapes shared by the rule modules: rule sets with their legal basis, the facts the rules read,
 * and the evaluation they return. Reasons carry Fluent message ids, never text.
 */

/** Task-completion rating (NĐ 90/2020, NĐ 48/2023), best first. */
import type { Rating } from "../../core/ratings.js";
export { RATINGS, type Rating } from "../../core/ratings.js";

export const INITIATIVE_SCOPES = ["co_so", "tinh", "toan_quoc"] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];

/** How sure legal-rules.md is of a rule: read in a source, partly confirmed, unconfirmed. */
export type Confidence = "V" | "P" | "U";

/** One id per rule, so each rule set can state how sure it is of it. */
export const RULE_IDS = [
  "rating-floor",
  "cstdcs-rating",
  "cstdcs-initiative",
  "cstd-tinh-streak",
  "cstd-tinh-initiative",
  "cstd-toan-quoc-streak",
  "cstd-toan-quoc-initiative",
  "months-worked",
  "recruitment-gate",
  "days-absent",
  "under-discipline",
  "ttldtt-share",
  "ttldtt-discipline",
  "ttldxs-share",
  "ttldxs-cstdcs",
  "ttldxs-all-htnv",
  "ttldxs-discipline",
  "co-thi-dua",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** The numbers and thresholds a province may override (see overrides.ts). */
export interface RuleParameters {
  /** Lowest rating for Lao động tiên tiến; every higher individual title builds on it. */
  ldttMinRating: Rating;
  cstdcsMinRating: Rating;
  /** Most CSTĐCS as a percent of the unit's LĐTT; null = no known quota (never warns). */
  cstdcsQuotaPercentOfLdtt: number | null;
  /** CSTĐ cấp tỉnh: this many consecutive years of CSTĐCS, the current year included. */
  cstdTinhConsecutiveCstdcsYears: number;
  /** CSTĐ toàn quốc: this many consecutive CSTĐ cấp tỉnh, the current year's included. */
  cstdToanQuocConsecutiveCstdTinh: number;
  /** Fewer months worked in the school year than this → not eligible; null = not checked. */
  minMonthsWorked: number | null;
  /**
   * Recruited fewer than this many months before the review (time since recruitment, not months
   * worked this year) → not considered; null = not checked.
   */
  minMonthsSinceRecruitment: number | null;
  /**
   * CSTĐCS on top of LĐTT: both HTXSNV and a recognised sáng kiến, or either one (the 2022 law as
   * the secondary sources read Điều 23).
   */
  cstdcsCriteria: "rating-and-initiative" | "rating-or-initiative";
  /** This many days absent or more → not eligible; null = not checked. */
  absentDaysLimit: number | null;
  /** TTLĐTT: strictly more than this percent of members LĐTT. */
  ttldttLdttPercentAbove: number;
  /** TTLĐXS: at least this percent of members LĐTT. */
  ttldxsLdttPercentAtLeast: number;
  ttldxsMinCstdcs: number;
  ttldxsAllMembersAtLeastHtnv: boolean;
  /** TTLĐXS refused when a member was disciplined at cảnh cáo or above (not in the 2022 criteria). */
  ttldxsNoDiscipline: boolean;
}

/** Where a rule comes from: the text and article, since when it applies, and whether we read it. */
export interface RuleSource {
  /** e.g. "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 23". */
  ref: string;
  /** First day this source applies, YYYY-MM-DD. */
  appliesFrom: string;
  /**
   * "primary": the legal text itself was read; "secondary": only a public summary or a provincial
   * procedure list was; "unread": neither could be read here, the rule follows the notes.
   */
  read: "primary" | "secondary" | "unread";
  note?: string;
}

export interface RuleSet {
  id: string;
  /** Legal documents the set follows, e.g. "Luật Thi đua, khen thưởng 06/2022/QH15". */
  legalBasis: readonly string[];
  /** First day the set applies, YYYY-MM-DD. */
  validFrom: string;
  /** Last day the set applies (inclusive), YYYY-MM-DD; null = still in force. */
  validTo: string | null;
  parameters: RuleParameters;
  /** Only [V] rules may block, and only on proven facts; the rest warn. Not overridable. */
  confidence: Readonly<Record<RuleId, Confidence>>;
  /** The source of each rule, next to it; a rule the set does not apply says so in its note. */
  sources: Readonly<Record<RuleId, RuleSource>>;
  /** Principles of the set that are not title criteria (e.g. NĐ 152/2025 on award order). */
  principles?: readonly { text: string; source: RuleSource }[];
  /** The province overrides merged into `parameters`, kept to show where a number came from. */
  appliedOverrides?: Partial<RuleParameters>;
}

export interface InitiativeFact {
  scope: InitiativeScope;
  /** School year of recognition, e.g. "2024-2025". */
  schoolYear: string;
}

export interface IndividualFacts {
  /** The school year being registered or judged, e.g. "2025-2026". */
  currentSchoolYear: string;
  ratings?: Readonly<Record<string, Rating>>;
  /**
   * Title codes held, by school year. A year that is listed is taken as complete (an empty list
   * means "no title that year"); leave a year out when it is not known.
   */
  titles?: Readonly<Record<string, readonly string[]>>;
  initiatives?: readonly InitiativeFact[];
  /** Months the person works in the current school year (expected, at registration). */
  monthsWorked?: number;
  /** Day the person was recruited, YYYY-MM-DD. */
  recruitedOn?: string;
  /** Day of the year's review the gates count to, YYYY-MM-DD; default 31/05 of the year's end. */
  reviewOn?: string;
  daysAbsent?: number;
  /** Under disciplinary review, investigation or complaint. */
  underDiscipline?: boolean;
}

export interface CollectiveStats {
  members: number;
  ldttRegistered: number;
  cstdcsRegistered: number;
  /** Members rated at least HTNV; unknown when absent. */
  atLeastHtnv?: number;
  /**
   * Whether those ratings are the year's own (proof) or last year's, read at registration (a hint
   * that only warns). Default: proof.
   */
  ratingsProven?: boolean;
  /** When atLeastHtnv is unknown: how many members have no rating recorded for `ratingsYear`. */
  unrated?: number;
  ratingsYear?: string;
  /** Members disciplined at cảnh cáo or above; absent = none recorded. */
  disciplined?: number;
}

export const REASON_KEYS = [
  "rule-rating-missing",
  "rule-ldtt-rating-too-low",
  "rule-cstdcs-rating-too-low",
  "rule-cstdcs-needs-initiative",
  "rule-titles-missing",
  "rule-cstd-tinh-needs-consecutive-cstdcs",
  "rule-cstd-tinh-recently-awarded",
  "rule-cstd-tinh-needs-initiative",
  "rule-cstd-toan-quoc-needs-consecutive-cstd-tinh",
  "rule-cstd-toan-quoc-needs-initiative",
  "rule-months-worked-short",
  "rule-recruited-recently",
  "rule-collective-htnv-missing-count",
  "rule-cstdcs-needs-htxsnv-or-initiative",
  "rule-days-absent-too-many",
  "rule-under-discipline",
  "rule-collective-no-members",
  "rule-collective-counts-inconsistent",
  "rule-ttldtt-ldtt-share-low",
  "rule-ttldxs-ldtt-share-low",
  "rule-ttldxs-needs-cstdcs",
  "rule-ttldxs-needs-all-htnv",
  "rule-collective-htnv-missing",
  "rule-collective-has-discipline",
  "rule-co-thi-dua-by-comparison",
  "rule-cstdcs-more-than-ldtt",
  "rule-cstdcs-quota-exceeded",
] as const;
export type ReasonKey = (typeof REASON_KEYS)[number];

export interface Reason {
  key: ReasonKey;
  params?: Record<string, string | number>;
  /** Whether this reason alone blocks the choice. */
  severity: "warn" | "block";
}

export type EvaluationStatus = "ok" | "warn" | "blocked";

export interface Evaluation {
  status: EvaluationStatus;
  reasons: Reason[];
}
