/**
 * The built-in rule sets and picking the one in force on a date. Confidence tags follow
 * notes/legal-rules.md; a rule the notes mark [P] or [U] is never [V] here, so it can only warn.
 */
import type { RuleId, RuleSet, RuleSource } from "./types.js";

const LUAT_2022 = "Luật Thi đua, khen thưởng 06/2022/QH15";
const FROM_2024 = "2024-01-01";
const FROM_152 = "2025-07-01";

const src = (ref: string, appliesFrom: string, read: RuleSource["read"], note?: string): RuleSource =>
  note === undefined ? { ref, appliesFrom, read } : { ref, appliesFrom, read, note };

/**
 * Sources of the rules under the 2022 law. "secondary" means we read the criteria in public
 * summaries (baoyenbai.com.vn, laodong.vn, provincial procedure lists), not in the law's text.
 */
function sources2022(decree: string, decreeFrom: string): Record<RuleId, RuleSource> {
  return {
    "rating-floor": src(`${LUAT_2022}, Điều 24 (Lao động tiên tiến)`, FROM_2024, "secondary"),
    "cstdcs-rating": src(
      `${LUAT_2022}, Điều 23 khoản 1`,
      FROM_2024,
      "secondary",
      "Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến/đề tài: một trong hai, theo cách đọc của laodong.vn",
    ),
    "cstdcs-initiative": src(`${LUAT_2022}, Điều 23 khoản 1; NĐ 13/2012/NĐ-CP (Điều lệ sáng kiến)`, FROM_2024, "secondary"),
    "cstd-tinh-streak": src(
      `${LUAT_2022}, Điều 22 (Chiến sĩ thi đua Bộ, ban, ngành, tỉnh): 03 lần liên tục Chiến sĩ thi đua cơ sở`,
      FROM_2024,
      "secondary",
    ),
    "cstd-tinh-initiative": src(`${LUAT_2022}, Điều 22`, FROM_2024, "secondary"),
    "cstd-toan-quoc-streak": src(`${LUAT_2022}, Điều 21: 02 lần liên tục Chiến sĩ thi đua Bộ, ban, ngành, tỉnh`, FROM_2024, "secondary"),
    "cstd-toan-quoc-initiative": src(`${LUAT_2022}, Điều 21`, FROM_2024, "secondary"),
    "months-worked": src(
      "Hướng dẫn cũ của đơn vị (3/4 năm công tác)",
      FROM_2024,
      "secondary",
      "Không áp dụng: thay bằng thời gian kể từ khi tuyển dụng",
    ),
    "recruitment-gate": src(
      "Thông tư 01/2024/TT-BNV: mới tuyển dụng dưới 06 tháng không bình xét (thời gian tập sự được tính)",
      FROM_2024,
      "unread",
      "Chưa đọc được văn bản gốc; chưa kiểm chứng Thông tư 15/2025/TT-BNV có giữ quy định này",
    ),
    "days-absent": src("Quy định 40 ngày nghỉ (trước Nghị định 91/2017/NĐ-CP)", FROM_2024, "secondary", "Không áp dụng: đã bỏ từ năm 2017"),
    "under-discipline": src(
      `${decree}: không đề nghị khen thưởng người đang bị xem xét kỷ luật, điều tra, khiếu nại`,
      decreeFrom,
      "secondary",
    ),
    "ttldtt-share": src(`${LUAT_2022}, Điều 28 (Tập thể lao động tiên tiến): trên 50% Lao động tiên tiến`, FROM_2024, "secondary"),
    "ttldtt-discipline": src(`${LUAT_2022}, Điều 28: không có cá nhân bị kỷ luật từ cảnh cáo trở lên`, FROM_2024, "secondary"),
    "ttldxs-share": src(
      `${LUAT_2022}, Điều 27 (Tập thể lao động xuất sắc): 100% hoàn thành nhiệm vụ, ít nhất 70% Lao động tiên tiến`,
      FROM_2024,
      "secondary",
    ),
    "ttldxs-cstdcs": src(`${LUAT_2022}, Điều 27: có cá nhân đạt Chiến sĩ thi đua cơ sở`, FROM_2024, "secondary"),
    "ttldxs-all-htnv": src(`${LUAT_2022}, Điều 27`, FROM_2024, "secondary"),
    "ttldxs-discipline": src(
      `${LUAT_2022}, Điều 27`,
      FROM_2024,
      "secondary",
      'Không áp dụng: tiêu chuẩn 2022 (theo danh mục thủ tục của các tỉnh) không có điều kiện "không có cá nhân bị kỷ luật"',
    ),
    "co-thi-dua": src(`${LUAT_2022}, Điều 26 (Cờ thi đua): bình chọn trong cụm, khối thi đua`, FROM_2024, "secondary"),
  };
}

const PARAMETERS_2022 = {
  ldttMinRating: "HTTNV",
  cstdcsMinRating: "HTXSNV",
  // The 15% cap was NĐ 91's; whether NĐ 98/152 keep it is unresolved: a province-and-year setting.
  cstdcsQuotaPercentOfLdtt: null,
  cstdcsCriteria: "rating-or-initiative",
  cstdTinhConsecutiveCstdcsYears: 3,
  cstdToanQuocConsecutiveCstdTinh: 2,
  minMonthsWorked: null,
  minMonthsSinceRecruitment: 6,
  absentDaysLimit: null,
  ttldttLdttPercentAbove: 50,
  ttldxsLdttPercentAtLeast: 70,
  ttldxsMinCstdcs: 1,
  ttldxsAllMembersAtLeastHtnv: true,
  ttldxsNoDiscipline: false,
} as const satisfies RuleSet["parameters"];

const CONFIDENCE_2022 = {
  "rating-floor": "V",
  "cstdcs-rating": "P",
  "cstdcs-initiative": "P",
  "cstd-tinh-streak": "V",
  "cstd-tinh-initiative": "V",
  "cstd-toan-quoc-streak": "V",
  "cstd-toan-quoc-initiative": "V",
  "months-worked": "U",
  "recruitment-gate": "P", // primary text not read: warns
  "days-absent": "U",
  "under-discipline": "V",
  "ttldtt-share": "U", // [V] under the old law, wording under the 2022 law unconfirmed
  "ttldtt-discipline": "U",
  "ttldxs-share": "V",
  "ttldxs-cstdcs": "V",
  "ttldxs-all-htnv": "V",
  "ttldxs-discipline": "U",
  "co-thi-dua": "P",
} as const satisfies RuleSet["confidence"];

/** Documents whose status or text we could not check; shown with the set. */
const UNREAD_2022 = [
  "Thông tư 29/2023/TT-BGDĐT: hiệu lực chưa kiểm chứng (có thể đã được thay thế, ví dụ bởi Thông tư 07/2026/TT-BGDĐT); không quy tắc nào ở đây dựa vào nó",
  "Thông tư 01/2024/TT-BNV và Thông tư 15/2025/TT-BNV: chưa đọc được văn bản gốc",
] as const;

/** Luật TĐKT 2022 as detailed by NĐ 98/2023, from 01/01/2024 until NĐ 152/2025 took effect. */
export const RULES_LUAT_2022: RuleSet = {
  id: "luat-2022-nd-98-2023",
  legalBasis: [
    LUAT_2022,
    "Nghị định 98/2023/NĐ-CP",
    "Thông tư 01/2024/TT-BNV",
    ...UNREAD_2022,
    "Nghị định 13/2012/NĐ-CP (Điều lệ sáng kiến)",
    "Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP (đánh giá, xếp loại)",
  ],
  validFrom: FROM_2024,
  validTo: "2025-06-30",
  parameters: PARAMETERS_2022,
  confidence: CONFIDENCE_2022,
  sources: sources2022("Nghị định 98/2023/NĐ-CP", FROM_2024),
};

/**
 * Luật TĐKT 2022 as detailed by NĐ 152/2025 (14/06/2025, in force 01/07/2025). The decree's text
 * was not read here; its criteria are taken as the law's, and its principle on award order is kept.
 */
export const RULES_ND_152_2025: RuleSet = {
  id: "luat-2022-nd-152-2025",
  legalBasis: [
    LUAT_2022,
    "Nghị định 152/2025/NĐ-CP (ngày 14/06/2025, hiệu lực 01/07/2025; chưa đọc được văn bản gốc)",
    "Thông tư 01/2024/TT-BNV",
    ...UNREAD_2022,
    "Nghị định 13/2012/NĐ-CP (Điều lệ sáng kiến)",
    "Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP (đánh giá, xếp loại)",
  ],
  validFrom: FROM_152,
  validTo: null,
  parameters: PARAMETERS_2022,
  confidence: CONFIDENCE_2022,
  sources: sources2022("Nghị định 152/2025/NĐ-CP", FROM_152),
  principles: [
    {
      text: "Không nhất thiết phải có hình thức khen thưởng mức thấp mới được khen thưởng mức cao hơn",
      source: src(
        "Nghị định 152/2025/NĐ-CP (nguyên tắc khen thưởng)",
        FROM_152,
        "unread",
        "Theo ghi chú rà soát 12/2026; chưa đọc được văn bản gốc",
      ),
    },
  ],
};

const ND_91 = "Nghị định 91/2017/NĐ-CP";
const FROM_91 = "2017-10-01";
const LUAT_2003 = "Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2005, 2013)";

/** Luật TĐKT 2003 (amended 2005, 2013) as detailed by NĐ 91/2017, until 31/12/2023. */
export const RULES_ND_91_2017: RuleSet = {
  id: "nd-91-2017",
  legalBasis: [LUAT_2003, ND_91, "Nghị định 13/2012/NĐ-CP (Điều lệ sáng kiến)"],
  validFrom: FROM_91,
  validTo: "2023-12-31",
  parameters: {
    ldttMinRating: "HTTNV",
    cstdcsMinRating: "HTXSNV",
    cstdcsQuotaPercentOfLdtt: 15,
    cstdcsCriteria: "rating-and-initiative",
    cstdTinhConsecutiveCstdcsYears: 3,
    cstdToanQuocConsecutiveCstdTinh: 2,
    minMonthsWorked: 10, // NĐ 91/2017: no LĐTT for people recruited less than 10 months before
    minMonthsSinceRecruitment: null,
    absentDaysLimit: null, // the 40-day rule was dropped in 2017 (review of 2026-12)
    ttldttLdttPercentAbove: 50,
    ttldxsLdttPercentAtLeast: 70,
    ttldxsMinCstdcs: 1,
    ttldxsAllMembersAtLeastHtnv: true,
    ttldxsNoDiscipline: true,
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
    "recruitment-gate": "U",
    "days-absent": "U",
    "under-discipline": "V",
    "ttldtt-share": "V",
    "ttldtt-discipline": "V",
    "ttldxs-share": "V",
    "ttldxs-cstdcs": "V",
    "ttldxs-all-htnv": "V",
    "ttldxs-discipline": "P",
    "co-thi-dua": "P",
  },
  sources: {
    "rating-floor": src(`${ND_91}, Điều 9 khoản 1`, FROM_91, "secondary"),
    "cstdcs-rating": src(`${ND_91}, Điều 9 khoản 3`, FROM_91, "secondary"),
    "cstdcs-initiative": src(`${ND_91}, Điều 9 khoản 3; NĐ 13/2012/NĐ-CP`, FROM_91, "secondary"),
    "cstd-tinh-streak": src(`${LUAT_2003}, Điều 22`, FROM_91, "secondary"),
    "cstd-tinh-initiative": src(`${LUAT_2003}, Điều 22`, FROM_91, "secondary"),
    "cstd-toan-quoc-streak": src(`${LUAT_2003}, Điều 21`, FROM_91, "secondary"),
    "cstd-toan-quoc-initiative": src(`${LUAT_2003}, Điều 21`, FROM_91, "secondary"),
    "months-worked": src(`${ND_91}, Điều 6: tuyển dụng dưới 10 tháng không bình xét Lao động tiên tiến`, FROM_91, "secondary"),
    "recruitment-gate": src(ND_91, FROM_91, "secondary", "Không áp dụng: thay bằng quy tắc 10 tháng ở trên"),
    "days-absent": src("Quy định 40 ngày nghỉ (trước Nghị định 91/2017/NĐ-CP)", FROM_91, "secondary", "Không áp dụng: đã bỏ từ năm 2017"),
    "under-discipline": src(`${ND_91}, nguyên tắc khen thưởng`, FROM_91, "secondary"),
    "ttldtt-share": src(`${LUAT_2003}, Điều 28`, FROM_91, "secondary"),
    "ttldtt-discipline": src(`${LUAT_2003}, Điều 28`, FROM_91, "secondary"),
    "ttldxs-share": src(`${LUAT_2003}, Điều 27`, FROM_91, "secondary"),
    "ttldxs-cstdcs": src(`${LUAT_2003}, Điều 27`, FROM_91, "secondary"),
    "ttldxs-all-htnv": src(`${LUAT_2003}, Điều 27`, FROM_91, "secondary"),
    "ttldxs-discipline": src(`${LUAT_2003}, Điều 27`, FROM_91, "secondary"),
    "co-thi-dua": src(`${LUAT_2003}, Điều 26`, FROM_91, "secondary"),
  },
};

export const BUILT_IN_RULE_SETS: readonly RuleSet[] = [RULES_ND_91_2017, RULES_LUAT_2022, RULES_ND_152_2025];

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
