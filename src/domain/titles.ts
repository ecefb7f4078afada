/**
 * Catalogue of danh hiệu thi đua (titles) and hình thức khen thưởng (award forms) a Sở GDĐT deals
 * with. Codes are stable ASCII ids stored in the database; people see the locale text behind
 * `titleLabelKey(code)`, and `nameVi` is the official wording used in exported documents.
 */

export const INDIVIDUAL_TITLE_CODES = ["LDTT", "CSTDCS", "CSTD_TINH", "CSTD_TOAN_QUOC"] as const;
export const COLLECTIVE_TITLE_CODES = ["TTLDTT", "TTLDXS", "CO_THI_DUA_TINH", "CO_THI_DUA_BO", "CO_THI_DUA_CP"] as const;
export const AWARD_CODES = [
  "GIAY_KHEN_DON_VI",
  "GIAY_KHEN_GIAM_DOC_SO",
  "BANG_KHEN_UBND_TINH",
  "BANG_KHEN_BO_GDDT",
  "BANG_KHEN_THU_TUONG",
] as const;

export type IndividualTitleCode = (typeof INDIVIDUAL_TITLE_CODES)[number];
export type CollectiveTitleCode = (typeof COLLECTIVE_TITLE_CODES)[number];
export type AwardCode = (typeof AWARD_CODES)[number];
export type TitleCode = IndividualTitleCode | CollectiveTitleCode | AwardCode;

export type TitleScope = "individual" | "collective";
export type TitleCategory = "title" | "award";

export interface TitleDef {
  code: TitleCode;
  /** Titles belong to one scope; award forms (Giấy khen, Bằng khen) go to persons and collectives alike. */
  scope: TitleScope | "both";
  category: TitleCategory;
  /** Higher is more senior; compare only within the same scope and category. */
  rank: number;
  nameVi: string;
}

const CATALOGUE: readonly TitleDef[] = [
  { code: "LDTT", scope: "individual", category: "title", rank: 10, nameVi: "Lao động tiên tiến" },
  { code: "CSTDCS", scope: "individual", category: "title", rank: 20, nameVi: "Chiến sĩ thi đua cơ sở" },
  // The 2022 law's name (Điều 22), not "cấp tỉnh".
  { code: "CSTD_TINH", scope: "individual", category: "title", rank: 30, nameVi: "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh" },
  { code: "CSTD_TOAN_QUOC", scope: "individual", category: "title", rank: 40, nameVi: "Chiến sĩ thi đua toàn quốc" },

  { code: "TTLDTT", scope: "collective", category: "title", rank: 10, nameVi: "Tập thể lao động tiên tiến" },
  { code: "TTLDXS", scope: "collective", category: "title", rank: 20, nameVi: "Tập thể lao động xuất sắc" },
  { code: "CO_THI_DUA_TINH", scope: "collective", category: "title", rank: 30, nameVi: "Cờ thi đua của Ủy ban nhân dân tỉnh" },
  { code: "CO_THI_DUA_BO", scope: "collective", category: "title", rank: 31, nameVi: "Cờ thi đua của Bộ Giáo dục và Đào tạo" },
  { code: "CO_THI_DUA_CP", scope: "collective", category: "title", rank: 40, nameVi: "Cờ thi đua của Chính phủ" },

  { code: "GIAY_KHEN_DON_VI", scope: "both", category: "award", rank: 10, nameVi: "Giấy khen của Thủ trưởng đơn vị" },
  { code: "GIAY_KHEN_GIAM_DOC_SO", scope: "both", category: "award", rank: 20, nameVi: "Giấy khen của Giám đốc Sở Giáo dục và Đào tạo" },
  { code: "BANG_KHEN_UBND_TINH", scope: "both", category: "award", rank: 30, nameVi: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" },
  { code: "BANG_KHEN_BO_GDDT", scope: "both", category: "award", rank: 31, nameVi: "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo" },
  { code: "BANG_KHEN_THU_TUONG", scope: "both", category: "award", rank: 40, nameVi: "Bằng khen của Thủ tướng Chính phủ" },
];

const BY_CODE = new Map<string, TitleDef>(CATALOGUE.map((t) => [t.code, t]));

export const ALL_TITLES: readonly TitleDef[] = CATALOGUE;

export function isTitleCode(value: string): value is TitleCode {
  return BY_CODE.has(value);
}

export function isIndividualTitleCode(value: string): value is IndividualTitleCode {
  return (INDIVIDUAL_TITLE_CODES as readonly string[]).includes(value);
}

export function isCollectiveTitleCode(value: string): value is CollectiveTitleCode {
  return (COLLECTIVE_TITLE_CODES as readonly string[]).includes(value);
}

export function isAwardCode(value: string): value is AwardCode {
  return (AWARD_CODES as readonly string[]).includes(value);
}

export function getTitle(code: TitleCode): TitleDef {
  const def = BY_CODE.get(code);
  if (!def) throw new RangeError(`Unknown title code: ${code}`);
  return def;
}

/** Titles or award forms open to a person or a collective, most junior first. */
export function titlesFor(scope: TitleScope, category: TitleCategory): TitleDef[] {
  return CATALOGUE.filter((t) => t.category === category && (t.scope === scope || t.scope === "both")).sort(
    (a, b) => a.rank - b.rank || a.code.localeCompare(b.code),
  );
}

/** Fluent message id of the title's display name: `CSTD_TINH` → `title-cstd-tinh`. */
export function titleLabelKey(code: TitleCode): string {
  return `title-${code.toLowerCase().replace(/_/g, "-")}`;
}
