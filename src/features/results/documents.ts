/**
 * The unit's year-end Word documents, in the same official shape as the registration document
 * (Times New Roman 13, the quốc hiệu header, a signature block): the "Danh sách đề nghị công nhận
 * danh hiệu thi đua" and the "Biên bản họp bình xét". Kept here, apart from src/exports/docx.ts,
 * so the two can change independently; the words are the documents' fixed Vietnamese vocabulary.
 */
import { ratingName } from "../../domain/results.js";
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { LocalDate } from "../../domain/calendar.js";
import { safeFileName } from "../../exports/filenames.js";

export interface ResultsDocument {
  superiorName: string | null;
  unitName: string;
  place: string;
  date: LocalDate;
  schoolYear: string;
  people: Array<{ name: string; position: string; rating: string | null; title: string | null }>;
  unitTitle: string | null;
  leaderName: string | null;
}

const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, "");
const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({
    text: xmlSafe(text),
    ...(o.size ? { size: o.size } : {}),
    ...(o.bold ? { bold: true } : {}),
    ...(o.italics ? { italics: true } : {}),
  });
const para = (children: TextRun[], o: { align?: "center" | "right" | "both"; before?: number; after?: number } = {}) =>
  new Paragraph({
    children,
    ...(o.align ? { alignment: { center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED }[o.align] } : {}),
    ...(o.before || o.after ? { spacing: { before: o.before ?? 0, after: o.after ?? 0 } } : {}),
  });
const plainCell = (children: Paragraph[], pct: number) =>
  new TableCell({ children, width: { size: pct, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE });
const pad = (n: number) => String(n).padStart(2, "0");

function header(d: ResultsDocument): Table {
  const left = [
    ...(d.superiorName ? [para([run(d.superiorName.toUpperCase(), { size: 24 })], { align: "center" })] : []),
    para([run(d.unitName.toUpperCase(), { bold: true, size: 24 })], { align: "center" }),
  ];
  const right = [
    para([run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 24 })], { align: "center" }),
    para([run("Độc lập - Tự do - Hạnh phúc", { bold: true })], { align: "center" }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [plainCell(left, 40), plainCell(right, 60)] })],
  });
}

function grid(headers: Array<[string, number]>, rows: string[][]): Table {
  const cell = (text: string, width: number, bold = false) =>
    new TableCell({
      children: [para([run(text, { bold })], bold ? { align: "center" } : {})],
      width: { size: width, type: WidthType.PERCENTAGE },
      verticalAlign: VerticalAlignTable.CENTER,
    });
  const body = rows.length > 0 ? rows : [headers.map((_, i) => (i === 1 ? "(Không có)" : ""))];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map(([h, w]) => cell(h, w, true)) }),
      ...body.map((r) => new TableRow({ children: r.map((v, i) => cell(v, headers[i]![1])) })),
    ],
  });
}

function signatures(left: { title: string; name: string | null }, right: { title: string; name: string | null }): Table {
  const block = (s: { title: string; name: string | null }) => [
    para([run(s.title, { bold: true })], { align: "center", before: 360 }),
    para([run("(Ký, ghi rõ họ tên)", { italics: true })], { align: "center", after: 1200 }),
    para([run(s.name ?? "", { bold: true })], { align: "center" }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [plainCell(block(left), 50), plainCell(block(right), 50)] })],
  });
}

function document(title: string, children: Array<Paragraph | Table>): Document {
  return new Document({
    creator: "Thi đua bot",
    title,
    styles: { default: { document: { run: { font: "Times New Roman", size: 26 }, paragraph: { spacing: { before: 0, after: 0 } } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children,
      },
    ],
  });
}

const dateLine = (d: ResultsDocument) =>
  para([run(`${d.place}, ngày ${pad(d.date.day)} tháng ${pad(d.date.month)} năm ${d.date.year}`, { italics: true })], {
    align: "right",
    before: 240,
  });
const withTitle = (d: ResultsDocument) => d.people.filter((p) => p.title);

/** Danh sách đề nghị công nhận danh hiệu thi đua: the people and the collective with a title. */
export function proposalDocument(d: ResultsDocument): Document {
  const heading = (text: string) => para([run(text, { bold: true })], { before: 240, after: 120 });
  const people = withTitle(d);
  return document(`Danh sách đề nghị công nhận danh hiệu thi đua năm học ${d.schoolYear}`, [
    header(d),
    dateLine(d),
    para([run("DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU THI ĐUA", { bold: true, size: 28 })], { align: "center", before: 360 }),
    para([run(`Năm học ${d.schoolYear}`, { bold: true })], { align: "center", after: 240 }),
    heading("I. CÁ NHÂN"),
    grid(
      [
        ["STT", 7],
        ["Họ và tên", 28],
        ["Chức vụ", 20],
        ["Xếp loại", 22],
        ["Danh hiệu đề nghị", 23],
      ],
      people.map((p, i) => [String(i + 1), p.name, p.position, p.rating ? ratingName(p.rating) : "", p.title!]),
    ),
    heading("II. TẬP THỂ"),
    grid(
      [
        ["STT", 8],
        ["Tập thể", 46],
        ["Danh hiệu đề nghị", 46],
      ],
      d.unitTitle ? [["1", d.unitName, d.unitTitle]] : [],
    ),
    para([run(`Tổng số: ${people.length} cá nhân, ${d.unitTitle ? 1 : 0} tập thể.`, { italics: true })], { before: 240 }),
    signatures({ title: "NGƯỜI LẬP DANH SÁCH", name: null }, { title: "THỦ TRƯỞNG ĐƠN VỊ", name: d.leaderName }),
  ]);
}

/** Biên bản họp bình xét: the meeting's record, with the counts and the list; time and attendance left to fill in. */
export function minutesDocument(d: ResultsDocument): Document {
  const count = (r: string) => d.people.filter((p) => p.rating === r).length;
  const titles = new Map<string, number>();
  for (const p of withTitle(d)) titles.set(p.title!, (titles.get(p.title!) ?? 0) + 1);
  const line = (text: string) => para([run(text)], { align: "both", after: 80 });
  return document(`Biên bản họp bình xét thi đua năm học ${d.schoolYear}`, [
    header(d),
    dateLine(d),
    para([run("BIÊN BẢN", { bold: true, size: 28 })], { align: "center", before: 360 }),
    para([run(`Họp Hội đồng Thi đua - Khen thưởng bình xét danh hiệu thi đua năm học ${d.schoolYear}`, { bold: true })], {
      align: "center",
      after: 240,
    }),
    line("Thời gian: ....... giờ ....... ngày ....... tháng ....... năm ......."),
    line(`Địa điểm: ${d.unitName}.`),
    line("Thành phần: ..........................................................................................."),
    line("Chủ trì: ....................................................; Thư ký: ...................................................."),
    para([run("Kết quả đánh giá, xếp loại:", { bold: true })], { before: 200, after: 80 }),
    line(
      `Tổng số cán bộ, giáo viên, nhân viên được đánh giá: ${d.people.length}. Hoàn thành xuất sắc nhiệm vụ: ${count("HTXSNV")}; Hoàn thành tốt nhiệm vụ: ${count("HTTNV")}; Hoàn thành nhiệm vụ: ${count("HTNV")}; Không hoàn thành nhiệm vụ: ${count("KHTNV")}.`,
    ),
    para([run("Kết quả bình xét danh hiệu thi đua:", { bold: true })], { before: 200, after: 80 }),
    ...[...titles.entries()].map(([t, n]) => line(`- ${t}: ${n} cá nhân.`)),
    line(`- Danh hiệu tập thể: ${d.unitTitle ?? "không đề nghị"}.`),
    grid(
      [
        ["STT", 7],
        ["Họ và tên", 30],
        ["Chức vụ", 20],
        ["Xếp loại", 21],
        ["Danh hiệu", 22],
      ],
      withTitle(d).map((p, i) => [String(i + 1), p.name, p.position, p.rating ? ratingName(p.rating) : "", p.title!]),
    ),
    line("Biểu quyết: ....... / ....... thành viên Hội đồng đồng ý. Cuộc họp kết thúc lúc ....... giờ ....... cùng ngày."),
    signatures({ title: "THƯ KÝ", name: null }, { title: "CHỦ TỊCH HỘI ĐỒNG", name: d.leaderName }),
  ]);
}

export const proposalDocName = (unitName: string, schoolYear: string) =>
  `${safeFileName(unitName, "Don vi")}-DSDN NH ${safeFileName(schoolYear)}.docx`;
export const minutesDocName = (unitName: string, schoolYear: string) =>
  `${safeFileName(unitName, "Don vi")}-BBBX NH ${safeFileName(schoolYear)}.docx`;

export const toDocx = (doc: Document): Promise<Uint8Array> => Packer.toBuffer(doc);
