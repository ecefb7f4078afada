/**
 * What the system already knows, written as the report's sentences (the document's fixed
 * Vietnamese vocabulary, like the Word documents): shown for confirmation in the chat and stored as
 * the section's answer, with whatever the candidate adds after it.
 */
import type { ReportSection } from "../../domain/dossiers.js";
import { getTitle, isTitleCode } from "../../domain/titles.js";
import { ratingName } from "../../domain/results.js";
import type { PersonFacts, UnitFacts } from "./service.js";

const SCOPE_VI: Record<string, string> = { co_so: "cơ sở", tinh: "tỉnh", toan_quoc: "toàn quốc" };
const LEVEL_VI: Record<string, string> = {
  THU_TUONG: "Thủ tướng Chính phủ",
  BO_GDDT: "Bộ trưởng Bộ Giáo dục và Đào tạo",
  UBND_TINH: "Chủ tịch Ủy ban nhân dân tỉnh",
  GIAM_DOC_SO: "Giám đốc Sở Giáo dục và Đào tạo",
  CHU_TICH_UBND_XA: "Chủ tịch Ủy ban nhân dân xã",
  THU_TRUONG_DON_VI: "Thủ trưởng đơn vị",
};

export const titleNameVi = (code: string) => (isTitleCode(code) ? getTitle(code).nameVi : code);
const isoToVn = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "");
/** 47.6 → "47,6": figures are written the Vietnamese way. */
export const percentVi = (part: number, whole: number) =>
  whole === 0 ? "0" : (Math.round((part / whole) * 1000) / 10).toString().replace(".", ",");

export type Prefill = Partial<Record<ReportSection, string>>;

/** A candidate's known data, section by section; `schoolYear` is the year proposed for. */
export function personPrefill(f: PersonFacts, schoolYear: string): Prefill {
  const rating = f.current?.rating ?? f.years.find((y) => y.schoolYear === schoolYear)?.rating ?? null;
  const achievements = [
    ...(rating ? [`Năm học ${schoolYear}: ${ratingName(rating)}.`] : []),
    ...f.nominations.map((n) => `Được đơn vị đề xuất điển hình tiên tiến, lĩnh vực ${n.field} (minh chứng: ${n.evidence} tệp).`),
  ];
  const initiatives = f.initiatives.map(
    (i) =>
      `- Sáng kiến “${i.title}”${i.scope ? `, được công nhận cấp ${SCOPE_VI[i.scope] ?? i.scope}` : ""}${i.decisionNumber ? `, Quyết định số ${i.decisionNumber}` : ""}${i.decidedOn ? ` ngày ${isoToVn(i.decidedOn)}` : ""}.`,
  );
  const withDecision = new Set(f.years.filter((y) => y.decision).map((y) => y.schoolYear));
  const awards = [
    ...f.years
      .filter((y) => y.titles.length > 0)
      .map(
        (y) => `- Năm học ${y.schoolYear}: ${y.titles.map(titleNameVi).join(", ")}${y.decision ? ` (Quyết định số ${y.decision})` : ""}.`,
      ),
    ...f.decisions
      .filter((d) => !withDecision.has(d.schoolYear) || d.titleCode.startsWith("GIAY_KHEN") || d.titleCode.startsWith("BANG_KHEN"))
      .map(
        (d) => `- ${titleNameVi(d.titleCode)}: Quyết định số ${d.number} ngày ${isoToVn(d.signedOn)} của ${LEVEL_VI[d.level] ?? d.level}.`,
      ),
  ];
  return {
    bio: `Họ và tên: ${f.fullName}. Chức vụ: ${f.position || "…"}. Đơn vị công tác: ${f.unitName}.`,
    duties: f.position ? `Chức vụ: ${f.position}.` : undefined,
    achievements: achievements.length ? achievements.join("\n") : undefined,
    initiatives: initiatives.length ? initiatives.join("\n") : undefined,
    awards: awards.length ? awards.join("\n") : undefined,
  };
}

/** The unit's known data, for its own report (a collective title or award). */
export function unitPrefill(f: UnitFacts, schoolYear: string): Prefill {
  const rated = Object.values(f.ratings).reduce((a, b) => a + b, 0);
  const parts = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"]
    .filter((r) => f.ratings[r])
    .map((r) => `${ratingName(r)}: ${f.ratings[r]}/${rated} (${percentVi(f.ratings[r]!, rated)}%)`);
  const awards = f.years
    .filter((y) => y.titles.length > 0)
    .map((y) => `- Năm học ${y.schoolYear}: ${y.titles.map(titleNameVi).join(", ")}.`);
  return {
    bio: `${f.unitName}. Tổng số cán bộ, giáo viên, nhân viên: ${f.members}.`,
    achievements: rated > 0 ? `Năm học ${schoolYear}, kết quả đánh giá, xếp loại: ${parts.join("; ")}.` : undefined,
    initiatives: f.initiatives > 0 ? `Số sáng kiến của cán bộ, giáo viên được công nhận: ${f.initiatives}.` : undefined,
    awards: awards.length ? awards.join("\n") : undefined,
  };
}

/** The section's answer: what is known, then what the candidate added. */
export const withAddition = (known: string | undefined, added: string | null) => [known, added].filter((s): s is string => !!s).join("\n");
