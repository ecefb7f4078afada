/**
 * The built-in rule sets and picking the one in force on a date. Confidence tags follow
 * notes/legal-rules.md; a rule the notes mark [P] or [U] is never [V] here, so it can only warn.
 */
import type { RuleSet } from "./types.js";

/** Luật TĐKT 2022 as detailed by NĐ 98/2023, in force from 01/01/2024. */
export const RULES_LUAT_2022: RuleSet = {
  id: "luat-2022-nd-98-2023",
  legalBasis: [
    "Luật Thi đua, khen thưởng 06/2022/QH15",
    "Nghị định 98/2023/NĐ-CP",
    // In force 01/07/2025; how far it replaces NĐ 98 is unconfirmed, so the numbers stay NĐ 98's.
    "Nghị định 152/2025/NĐ-CP",
    "Thông tư 29/2023/TT-BGDĐT",
    "Nghị định 13/2012/NĐ-CP (Điều lệ sáng kiến)",
    "Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP (đánh giá, xếp loại)",
  ],
  validFrom: "2024-01-01",
  validTo: null,
  parameters: {
    ldttMinRating: "HTTNV",
    cstdcsMinRating: "HTXSNV",
    cstdcsQuotaPercentOfLdtt: null,
    cstdTinhConsecutiveCstdcsYears: 3,
    cstdToanQuocConsecutiveCstdTinh: 2,
    minMonthsWorked: 9, // 3/4 of the year, from an older instruction units still apply
    absentDaysLimit: 40,
    ttldttLdttPercentAbove: 50,
    ttldxsLdttPercentAtLeast: 70,
    ttldxsMinCstdcs: 1,
    ttldxsAllMembersAtLeastHtnv: true,
  },
  confidence: {
    "rating-floor": "V",
    "cstdcs-rating": "P",
    "cstdcs-initiative": "P",
    "cstd-tinh-streak": "V",
    "cstd-tinh-initiative": "V",
    "cstd-toan-quoc-streak": "V",
    "cstd-toan-quoc-initiative": "V",
    "months-worked": "P", // read in an old instruction, not confirmed under NĐ 98
    "days-absent": "P",
    "under-discipline": "V",
    "ttldtt-share": "U", // [V] under the old law, wording under the 2022 law unconfirmed
    "ttldtt-discipline": "U",
    "ttldxs-share": "V",
    "ttldxs-cstdcs": "V",
    "ttldxs-all-htnv": "V",
    "ttldxs-discipline": "P", // in the law's list as we read it, but not in the notes
    "co-thi-dua": "P",
  },
};

/** Luật TĐKT 2003 (amended 2005, 2013) as detailed by NĐ 91/2017, until 31/12/2023. */
export const RULES_ND_91_2017: RuleSet = {
  id: "nd-91-2017",
  legalBasis: [
    "Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2005, 2013)",
    "Nghị định 91/2017/NĐ-CP",
    "Nghị định 13/2012/NĐ-CP (Điều lệ sáng kiến)",
  ],
  validFrom: "2017-10-01",
  validTo: "2023-12-31",
  parameters: {
    ldttMinRating: "HTTNV",
    cstdcsMinRating: "HTXSNV",
    cstdcsQuotaPercentOfLdtt: 15,
    cstdTinhConsecutiveCstdcsYears: 3,
    cstdToanQuocConsecutiveCstdTinh: 2,
    minMonthsWorked: 10, // NĐ 91/2017: no LĐTT for people recruited less than 10 months before
    absentDaysLimit: 40,
    ttldttLdttPercentAbove: 50,
    ttldxsLdttPercentAtLeast: 70,
    ttldxsMinCstdcs: 1,
    ttldxsAllMembersAtLeastHtnv: true,
  },
  confidence: {
    "rating-floor": "V",
    "cstdcs-rating": "P",
    "cstdcs-initiative": "P",
    "cstd-tinh-streak": "V",
    "cstd-tinh-initiative": "V",
    "cstd-toan-quoc-streak": "V",
    "cstd-toan-quoc-initiative": "V",
    "months-worked": "V",
    "days-absent": "V",
    "under-discipline": "V",
    "ttldtt-share": "V",
    "ttldtt-discipline": "V",
    "ttldxs-share": "V",
    "ttldxs-cstdcs": "V",
    "ttldxs-all-htnv": "V",
    "ttldxs-discipline": "P",
    "co-thi-dua": "P",
  },
};

export const BUILT_IN_RULE_SETS: readonly RuleSet[] = [RULES_ND_91_2017, RULES_LUAT_2022];

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2024-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * The rule set in force on `onDate` (YYYY-MM-DD; validFrom and validTo both inclusive), or null
 * when none is. Should two overlap, the one that started later wins: it is the newer text.
 */
export function selectRuleSet(sets: readonly RuleSet[], onDate: string): RuleSet | null {
  if (!isIsoDate(onDate)) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(onDate)}`);
  // Same-width ISO dates compare correctly as strings.
  const valid = sets.filter((s) => s.validFrom <= onDate && (s.validTo === null || onDate <= s.validTo));
  valid.sort((a, b) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0));
  return valid[0] ?? null;
}
