/**
 * Award dossiers (hồ sơ đề nghị khen thưởng): which proposals need a báo cáo thành tích, the
 * sections of the report, the form each follows, the unit's state and the files' names. Pure.
 */
import { foldVietnamese } from "./text.js";

/**
 * Titles and award forms whose proposal carries a báo cáo thành tích (NĐ 98/2023/NĐ-CP on the
 * dossiers of CSTĐ, Bằng khen and Cờ thi đua); a province adds more with `settings.dossierTitles`.
 */
export const DEFAULT_DOSSIER_TITLES = [
  "CSTDCS",
  "CSTD_TINH",
  "CSTD_TOAN_QUOC",
  "CO_THI_DUA_TINH",
  "CO_THI_DUA_BO",
  "CO_THI_DUA_CP",
  "BANG_KHEN_UBND_TINH",
  "BANG_KHEN_BO_GDDT",
  "BANG_KHEN_THU_TUONG",
] as const;

/** The titles needing a dossier in this province: the default ones and the province's list. */
export function dossierTitles(settings: Record<string, unknown> | null | undefined): Set<string> {
  const extra = settings?.dossierTitles;
  return new Set([...DEFAULT_DOSSIER_TITLES, ...(Array.isArray(extra) ? extra.filter((x): x is string => typeof x === "string") : [])]);
}

export type ReportScope = "individual" | "collective";

/** The report's sections, in the order of the form; the chat asks them one by one. */
export const REPORT_SECTIONS = ["bio", "duties", "achievements", "initiatives", "awards"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/**
 * The forms followed. The numbering of NĐ 98/2023's appendix was read in a secondary source only
 * (the individual report is "Mẫu số 03"; the collective's "Mẫu số 01"): printed in each footer so
 * a clerk can check it, and kept here, in one place, to change if the Bộ Nội vụ's text differs.
 */
export const FORMS = {
  individual: {
    heading: "BÁO CÁO THÀNH TÍCH",
    footer: "Mẫu số 03, Phụ lục kèm theo Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ",
  },
  collective: {
    heading: "BÁO CÁO THÀNH TÍCH",
    footer: "Mẫu số 01, Phụ lục kèm theo Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ",
  },
  proposal: { heading: "TỜ TRÌNH", footer: "Tờ trình: thể thức theo Nghị định số 30/2020/NĐ-CP; hồ sơ theo Nghị định số 98/2023/NĐ-CP" },
  minutes: {
    heading: "BIÊN BẢN",
    footer: "Biên bản họp xét: thể thức theo Nghị định số 30/2020/NĐ-CP; hồ sơ theo Nghị định số 98/2023/NĐ-CP",
  },
} as const;

export type ReportStatus = "draft" | "submitted" | "approved" | "returned";
export type DossierStatus = "not_started" | "in_progress" | "sent" | "returned" | "accepted";

/** The unit's dossier as the Văn phòng sees it: no row and no report answered yet is "not started". */
export function dossierState(row: { status: string } | null, reportsStarted: number): DossierStatus {
  if (!row) return reportsStarted > 0 ? "in_progress" : "not_started";
  return row.status as DossierStatus;
}

/** Whether answers and reviews may change: until the unit sends, and again once the Văn phòng returns it. */
export const dossierEditable = (status: DossierStatus) => status === "not_started" || status === "in_progress" || status === "returned";

/** Why the unit cannot send yet (a locale key with its count), or null. */
export function sendBlocker(reports: ReadonlyArray<{ status: ReportStatus | null }>): { key: string; count: number } | null {
  if (reports.length === 0) return { key: "dossier-send-nothing", count: 0 };
  const open = reports.filter((r) => r.status !== "approved").length;
  return open > 0 ? { key: "dossier-send-unapproved", count: open } : null;
}

/** "Nguyễn Thị Ánh" → "NguyenThiAnh": a name as file names in a province's dossiers are written. */
export function asciiName(name: string): string {
  const words = foldVietnamese(name)
    .replace(/[^a-z0-9 ]/g, " ")
    .split(" ")
    .filter(Boolean);
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("") || "KhongTen";
}

/** The unit's dossier folder: "HoSo_THPT01_2026-2027". */
export const dossierFolder = (unitCode: string, schoolYear: string) =>
  `HoSo_${
    foldVietnamese(unitCode)
      .toUpperCase()
      .replace(/[^A-Z0-9_-]/g, "") || "DONVI"
  }_${schoolYear.replace(/[^0-9-]/g, "")}`;

/** The files of a dossier, in the order the province reads them; reports numbered from 03, names made unique. */
export function dossierFileNames(
  unitCode: string,
  schoolYear: string,
  reports: ReadonlyArray<{ name: string }>,
): { folder: string; proposal: string; minutes: string; reports: string[] } {
  const folder = dossierFolder(unitCode, schoolYear);
  const seen = new Map<string, number>();
  const names = reports.map((r) => {
    const base = asciiName(r.name);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${folder}/03_BaoCaoThanhTich_${base}${n > 1 ? `_${n}` : ""}.docx`;
  });
  return { folder, proposal: `${folder}/01_ToTrinh.docx`, minutes: `${folder}/02_BienBan.docx`, reports: names };
}
