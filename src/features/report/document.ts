/**
 * The Word draft of the report's statistics: the part of the tổng kết (seed 001, "I. Kết quả đạt
 * được … cụ thể theo phụ lục đính kèm") that the data can write, and its appendix of tables, in
 * the shape of NĐ 30/2020 (the national header of the registration document, a DỰ THẢO mark, the
 * Giám đốc's signature block). The rest of the report is the Văn phòng's to write.
 */
import { Packer, Paragraph, type Table } from "docx";
import { draftMark, grid, nationalHeader, officialDocument, para, run, signatureBlock, STT, TEXT_WIDTH } from "../../exports/docx.js";
import { localDateOf } from "../../domain/calendar.js";
import {
  breakdownLabel,
  FIGURE_GROUPS,
  figureOf,
  formatFigure,
  formatVnCount,
  GROUP_NAMES,
  INITIATIVE_SCOPES,
  ratingCounts,
  ratingSentence,
  type Breakdown,
  type Figure,
  type FigureGroup,
  type ReportFigures,
} from "../../domain/report.js";
import type { ReportContext } from "./context.js";

const heading = (text: string) =>
  new Paragraph({ children: [run(text, { bold: true })], keepNext: true, spacing: { before: 200, after: 100 } });
const line = (text: string) => para([run(text)], { align: "both", after: 80 });

/** "Lao động tiên tiến: 45 (năm học 2024-2025: 40)" for the items of a group that count anything. */
function itemsLine(r: ReportFigures, group: FigureGroup, unit: string): string {
  const items = r.figures.filter((f) => f.group === group && f.breakdown.by === "all");
  const parts = items
    .filter((f) => f.current.count > 0 || f.previous.count > 0)
    .map((f) => `${f.label}: ${formatVnCount(f.current.count)} ${unit} (năm học ${r.previousYear}: ${formatVnCount(f.previous.count)})`);
  return parts.length > 0 ? `${parts.join("; ")}.` : "chưa có số liệu.";
}

function statistics(r: ReportFigures): Paragraph[] {
  const kinds = [...new Set(r.figures.filter((f) => f.breakdown.by === "kind").map((f) => (f.breakdown as { kind: string }).kind))];
  const cur = ratingCounts(r, "current");
  const prev = ratingCounts(r, "previous");
  const count = (group: FigureGroup, item: string, year: "current" | "previous" = "current") => figureOf(r, group, item)?.[year].count ?? 0;
  const initiatives = (year: "current" | "previous") => INITIATIVE_SCOPES.reduce((n, s) => n + count("initiatives", s, year), 0);
  return [
    heading("1. Kết quả đánh giá, xếp loại cán bộ, công chức, viên chức, người lao động"),
    line(`Năm học ${r.schoolYear}: ${ratingSentence(cur.counts, cur.total)}`),
    line(`Năm học ${r.previousYear}: ${ratingSentence(prev.counts, prev.total)}`),
    ...kinds.map((kind) => {
      const k = ratingCounts(r, "current", { by: "kind", kind });
      return line(`- ${kind}: ${ratingSentence(k.counts, k.total)}`);
    }),
    heading("2. Danh hiệu thi đua"),
    line(`- Cá nhân: ${itemsLine(r, "individualTitles", "cá nhân")}`),
    line(`- Tập thể: ${itemsLine(r, "collectiveTitles", "tập thể")}`),
    heading("3. Hình thức khen thưởng"),
    line(`- Cá nhân: ${itemsLine(r, "awards", "cá nhân")}`),
    heading("4. Sáng kiến"),
    line(
      `Năm học ${r.schoolYear} có ${formatVnCount(initiatives("current"))} sáng kiến được công nhận (năm học ${r.previousYear}: ${formatVnCount(initiatives("previous"))}), trong đó ${INITIATIVE_SCOPES.map((s) => `${figureOf(r, "initiatives", s)!.label.toLowerCase()}: ${formatVnCount(count("initiatives", s))}`).join("; ")}.`,
    ),
    heading("5. Điển hình tiên tiến"),
    line(
      `Các đơn vị giới thiệu ${formatVnCount(count("models", "presented_individual"))} cá nhân, ${formatVnCount(count("models", "presented_collective"))} tập thể điển hình tiên tiến; được công nhận ${formatVnCount(count("models", "accepted_individual"))} cá nhân, ${formatVnCount(count("models", "accepted_collective"))} tập thể.`,
    ),
    line("(Cụ thể theo phụ lục đính kèm.)"),
  ];
}

const APPENDIX_COLUMNS = (r: ReportFigures): Array<[string, number]> => {
  const year = 2000;
  return [
    ["STT", STT],
    ["Chỉ tiêu", TEXT_WIDTH - STT - 2000 - 2 * year],
    ["Phạm vi", 2000],
    [`Năm học ${r.previousYear}`, year],
    [`Năm học ${r.schoolYear}`, year],
  ];
};

const breakdownShown = (f: Figure) => f.breakdown.by === "all" || f.current.count > 0 || f.previous.count > 0;

function appendix(r: ReportFigures): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [
    new Paragraph({ children: [run("PHỤ LỤC", { bold: true })], alignment: "center", pageBreakBefore: true }),
    para([run(`Số liệu thi đua, khen thưởng năm học ${r.schoolYear}`, { bold: true })], { align: "center" }),
    para([run("(Kèm theo Báo cáo tổng kết công tác thi đua, khen thưởng)", { italics: true })], { align: "center", after: 200 }),
  ];
  FIGURE_GROUPS.forEach((group, g) => {
    const figures = r.figures.filter((f) => f.group === group && breakdownShown(f));
    out.push(heading(`${g + 1}. ${GROUP_NAMES[group]}`));
    out.push(
      grid(
        APPENDIX_COLUMNS(r),
        figures.map((f, i) => [
          String(i + 1),
          f.label,
          breakdownLabel(f.breakdown as Breakdown),
          formatFigure(f.previous, { short: true }),
          formatFigure(f.current, { short: true }),
        ]),
        { empty: "(Chưa có số liệu)" },
      ),
    );
  });
  return out;
}

export async function reportDocx(r: ReportFigures, ctx: ReportContext): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [
    draftMark(),
    nationalHeader({
      superiorName: `UBND ${/^(tỉnh|thành phố)\s/iu.test(ctx.provinceName) ? ctx.provinceName : `tỉnh ${ctx.provinceName}`}`,
      unitName: "Sở Giáo dục và Đào tạo",
      place: ctx.place,
      date: localDateOf(ctx.now, ctx.timeZone),
      draft: true,
      symbol: "/BC-SGDĐT",
    }),
    para([run("BÁO CÁO", { bold: true, size: 28 })], { align: "center", before: 360 }),
    para([run(`Tổng kết công tác thi đua, khen thưởng năm học ${r.schoolYear}`, { bold: true })], { align: "center" }),
    para([run("(Phần số liệu, dự thảo lập từ dữ liệu đã ghi nhận)", { italics: true })], { align: "center", after: 240 }),
    heading("I. KẾT QUẢ ĐẠT ĐƯỢC"),
    para([run("Kết quả công tác thi đua, khen thưởng", { bold: true, italics: true })], { after: 80 }),
    ...statistics(r),
    new Paragraph({ children: [], keepNext: true }),
    signatureBlock({ title: "GIÁM ĐỐC", name: "" }, ["- UBND tỉnh (Ban Thi đua - Khen thưởng);", "- Bộ GDĐT;", "- Lưu: VT, VP."]),
    ...appendix(r),
  ];
  return Packer.toBuffer(officialDocument(`Báo cáo tổng kết công tác thi đua, khen thưởng năm học ${r.schoolYear}`, children));
}
