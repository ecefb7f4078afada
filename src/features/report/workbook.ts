/**
 * The report's workbook: "Tổng hợp" (every figure, last year next to this year, the rate as a
 * number and the words the report writes), one list per figure group with the people or units
 * each figure counts, and the TT 02/2023/TT-BNV forms the data can fill. The words are the
 * report's fixed Vietnamese vocabulary (the Sở writes it in Vietnamese whatever the clerk's locale).
 */
import type { Cell } from "../../exports/cells.js";
import type { Sheet } from "../../exports/sheet.js";
import { formatDate } from "../../domain/calendar.js";
import {
  breakdownLabel,
  FIGURE_GROUPS,
  formatFigure,
  form0602,
  form0603,
  GROUP_NAMES,
  ratePercent,
  type Figure,
  type FigureGroup,
  type ReportFigures,
  type StatForm,
} from "../../domain/report.js";
import { compareVietnameseNames } from "../../domain/text.js";
import type { ReportContext } from "./context.js";

export const SUMMARY_SHEET = "Tổng hợp";

/** The list behind each group: its sheet's name (at most 31 characters) and the column of who. */
export const TRACE_SHEETS: Record<FigureGroup, { name: string; who: string }> = {
  ratings: { name: "DS xếp loại", who: "Họ và tên" },
  individualTitles: { name: "DS danh hiệu cá nhân", who: "Họ và tên" },
  collectiveTitles: { name: "DS danh hiệu tập thể", who: "Tập thể" },
  awards: { name: "DS khen thưởng", who: "Họ và tên" },
  initiatives: { name: "DS sáng kiến", who: "Tác giả" },
  models: { name: "DS điển hình tiên tiến", who: "Cá nhân, tập thể" },
};

const once = (rows: Cell[][]): (() => AsyncIterable<Cell[][]>) =>
  async function* () {
    yield rows;
  };

/** A figure row is shown for the province always, for a kind or cluster when it has something to show. */
const shown = (f: Figure) =>
  f.breakdown.by === "all" || f.current.count > 0 || f.previous.count > 0 || (f.current.total ?? 0) > 0 || (f.previous.total ?? 0) > 0;

function summarySheet(r: ReportFigures, ctx: ReportContext): Sheet {
  const rows: Cell[][] = r.figures.filter(shown).map((f, i) => {
    const prevRate = ratePercent(f.previous.count, f.previous.total);
    const curRate = ratePercent(f.current.count, f.current.total);
    return [
      i + 1,
      GROUP_NAMES[f.group],
      f.label,
      breakdownLabel(f.breakdown),
      f.previous.count,
      f.previous.total,
      prevRate,
      f.current.count,
      f.current.total,
      curRate,
      f.current.count - f.previous.count,
      formatFigure(f.current),
      TRACE_SHEETS[f.group].name,
    ];
  });
  return {
    name: SUMMARY_SHEET,
    preamble: [
      `SỐ LIỆU TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM HỌC ${r.schoolYear}`,
      `Sở Giáo dục và Đào tạo ${ctx.place}; lập ngày ${formatDate(ctx.now, ctx.timeZone)}; so sánh với năm học ${r.previousYear}.`,
    ],
    columns: [
      { header: "STT", width: 6, type: "number" },
      { header: "Nhóm số liệu", width: 24 },
      { header: "Chỉ tiêu", width: 34 },
      { header: "Phạm vi", width: 24 },
      { header: `Năm học ${r.previousYear}: số lượng`, width: 12, type: "number" },
      { header: `Năm học ${r.previousYear}: tổng số`, width: 12, type: "number" },
      { header: `Năm học ${r.previousYear}: tỉ lệ (%)`, width: 12, type: "number" },
      { header: `Năm học ${r.schoolYear}: số lượng`, width: 12, type: "number" },
      { header: `Năm học ${r.schoolYear}: tổng số`, width: 12, type: "number" },
      { header: `Năm học ${r.schoolYear}: tỉ lệ (%)`, width: 12, type: "number" },
      { header: "Tăng (+), giảm (-) so với năm trước", width: 13, type: "number" },
      { header: `Viết trong báo cáo (năm học ${r.schoolYear})`, width: 30 },
      { header: "Danh sách chi tiết (trang tính)", width: 22 },
    ],
    rows: once(rows),
    notes: [
      "Tỉ lệ xếp loại và danh hiệu cá nhân: trên số người được đánh giá, xếp loại; điển hình được công nhận: trên số được giới thiệu.",
      "Danh hiệu cá nhân tính theo danh hiệu được công nhận trong năm (Chiến sĩ thi đua cơ sở cũng được tính là Lao động tiên tiến).",
      "Hình thức khen thưởng: theo các quyết định đã ghi nhận (chỉ cá nhân). Mỗi số liệu có danh sách ở trang tính ghi ở cột cuối.",
    ],
  };
}

function traceSheet(r: ReportFigures, group: FigureGroup): Sheet {
  const order = new Map(r.figures.filter((f) => f.group === group).map((f, i) => [f.item, i]));
  const rows = r.trace
    .filter((t) => t.group === group)
    .sort(
      (a, b) =>
        b.schoolYear.localeCompare(a.schoolYear) ||
        (order.get(a.item) ?? 0) - (order.get(b.item) ?? 0) ||
        (a.unit?.code ?? "").localeCompare(b.unit?.code ?? "") ||
        compareVietnameseNames(a.who, b.who),
    )
    .map((t, i): Cell[] => [
      i + 1,
      t.schoolYear,
      t.label,
      t.unit?.code ?? null,
      t.unit?.name ?? null,
      t.unit?.kind ?? null,
      t.unit?.cluster ?? null,
      t.who,
      t.position || null,
      t.detail || null,
    ]);
  return {
    name: TRACE_SHEETS[group].name,
    columns: [
      { header: "STT", width: 6, type: "number" },
      { header: "Năm học", width: 11 },
      { header: "Chỉ tiêu", width: 30 },
      { header: "Mã đơn vị", width: 11 },
      { header: "Tên đơn vị", width: 30 },
      { header: "Loại đơn vị", width: 16 },
      { header: "Cụm, khối thi đua", width: 16 },
      { header: TRACE_SHEETS[group].who, width: 28 },
      { header: "Chức vụ", width: 16 },
      { header: "Căn cứ", width: 36 },
    ],
    rows: once(rows),
  };
}

/** A TT 02/2023/TT-BNV form as a sheet: its heading lines above, columns A, B, C and the numbered ones. */
function formSheet(form: StatForm, r: ReportFigures, ctx: ReportContext): Sheet {
  const numbering: Cell[] = ["A", "B", "C", ...form.columns.map((_, i) => String(i + 1))];
  return {
    name: `Biểu ${form.code.split("/")[0]}`,
    preamble: [
      `Biểu số: ${form.code}`,
      "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ Nội vụ",
      "Ngày nhận báo cáo: ngày 15 tháng 12 năm báo cáo",
      `Đơn vị báo cáo: Sở Giáo dục và Đào tạo ${ctx.place}`,
      form.title,
      `Năm học ${r.schoolYear}`,
    ],
    columns: [
      { header: "", width: 44 },
      { header: "Mã số", width: 7 },
      { header: "Đơn vị tính", width: 10 },
      ...form.columns.map((c) => ({ header: c, width: form.columns.length > 5 ? 12 : 18, type: "number" as const })),
    ],
    rows: once([numbering, ...form.rows.map((row): Cell[] => [row.label, row.code || null, row.unit || null, ...row.values])]),
    notes: [
      "Ô để trống: số liệu hệ thống chưa theo dõi (không phải số 0); đơn vị tổng hợp bổ sung trước khi gửi.",
      `Số liệu theo năm học ${r.schoolYear} (biểu tính theo năm báo cáo): đối chiếu với các quyết định trong năm trước khi gửi.`,
    ],
  };
}

export function reportSheets(r: ReportFigures, ctx: ReportContext): Sheet[] {
  return [
    summarySheet(r, ctx),
    ...FIGURE_GROUPS.map((g) => traceSheet(r, g)),
    formSheet(form0602(r), r, ctx),
    formSheet(form0603(r), r, ctx),
  ];
}
