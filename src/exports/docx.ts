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
import type { LocalDate } from "../domain/calendar.js";

/**
 * The unit's registration document as seed 002 asks for it (an administrative document in the
 * national style: Times New Roman 13, the "quốc hiệu" header, a signature block). The words are
 * the fixed vocabulary of that document, hence Vietnamese constants.
 */

export interface UnitDocument {
  /** The body above the unit (its parent unit, e.g. the Sở or a UBND xã); upper-cased in the header. */
  superiorName: string | null;
  unitName: string;
  /** Locality of the place-and-date line, e.g. "Nam Định". */
  place: string;
  date: LocalDate;
  schoolYear: string;
  targets: Array<{ content: string; measure: string; planned: string }>;
  individuals: Array<{ name: string; position: string; title: string; award: string | null; initiative: string | null }>;
  collectives: Array<{ group: string; title: string; award: string | null }>;
  leaderName: string | null;
}

/** Characters XML 1.0 cannot carry; an imported name with one would make Word refuse the file. */
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, "");

const FONT = "Times New Roman";
const SIZE = 26; // half-points: 13 pt, the size of Vietnamese administrative documents

// Only what differs from the document's default style is set on a run or paragraph: a province's
// zip holds thousands of documents, and every property costs the docx library time to serialise.
const run = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({
    text: xmlSafe(text),
    ...(opts.size && opts.size !== SIZE ? { size: opts.size } : {}),
    ...(opts.bold ? { bold: true } : {}),
    ...(opts.italics ? { italics: true } : {}),
  });

const ALIGN = { center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED } as const;

const para = (children: TextRun[], opts: { align?: "left" | "center" | "right" | "both"; before?: number; after?: number } = {}) =>
  new Paragraph({
    children,
    ...(opts.align && opts.align !== "left" ? { alignment: ALIGN[opts.align] } : {}),
    ...(opts.before || opts.after ? { spacing: { before: opts.before ?? 0, after: opts.after ?? 0 } } : {}),
  });

const plainCell = (children: Paragraph[], widthPct: number) =>
  new TableCell({ children, width: { size: widthPct, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE });

/** Two columns without borders: the issuing body on the left, the quốc hiệu on the right. */
function header(doc: UnitDocument): Table {
  const left = [
    ...(doc.superiorName ? [para([run(doc.superiorName.toUpperCase(), { size: 24 })], { align: "center" })] : []),
    para([run(doc.unitName.toUpperCase(), { bold: true, size: 24 })], { align: "center" }),
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
      children: [para([run(text, { bold })], { align: bold ? "center" : "left" })],
      width: { size: width, type: WidthType.PERCENTAGE },
      verticalAlign: VerticalAlignTable.CENTER,
    });
  const body = rows.length > 0 ? rows : [headers.map((_, i) => (i === 1 ? "(Không đăng ký)" : ""))];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map(([h, w]) => cell(h, w, true)) }),
      ...body.map((r) => new TableRow({ children: r.map((v, i) => cell(v, headers[i]![1])) })),
    ],
  });
}

const pad = (n: number) => String(n).padStart(2, "0");

export function unitDocument(doc: UnitDocument): Document {
  const heading = (text: string) => para([run(text, { bold: true })], { before: 240, after: 120 });
  const children = [
    header(doc),
    para([run(`${doc.place}, ngày ${pad(doc.date.day)} tháng ${pad(doc.date.month)} năm ${doc.date.year}`, { italics: true })], { align: "right", before: 240 }),
    para([run(`BẢN ĐĂNG KÝ THI ĐUA NĂM HỌC ${doc.schoolYear}`, { bold: true, size: 28 })], { align: "center", before: 360, after: 240 }),
    heading("I. CHỈ TIÊU THI ĐUA"),
    grid(
      [["STT", 8], ["Nội dung chỉ tiêu", 62], ["Đơn vị tính", 15], ["Kế hoạch", 15]],
      doc.targets.map((t, i) => [String(i + 1), t.content, t.measure, t.planned]),
    ),
    heading("II. ĐĂNG KÝ DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG CÁ NHÂN"),
    grid(
      [["STT", 6], ["Họ và tên", 22], ["Chức vụ", 16], ["Danh hiệu thi đua", 18], ["Hình thức khen thưởng", 20], ["Sáng kiến dự kiến", 18]],
      doc.individuals.map((p, i) => [String(i + 1), p.name, p.position, p.title, p.award ?? "", p.initiative ?? ""]),
    ),
    heading("III. ĐĂNG KÝ DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG TẬP THỂ"),
    grid(
      [["STT", 8], ["Tập thể", 32], ["Danh hiệu thi đua", 30], ["Hình thức khen thưởng", 30]],
      doc.collectives.map((c, i) => [String(i + 1), c.group, c.title, c.award ?? ""]),
    ),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TableBorders.NONE,
      rows: [
        new TableRow({
          children: [
            plainCell(
              [
                para([run("Nơi nhận:", { bold: true, italics: true, size: 24 })], { before: 360 }),
                para([run("- Sở GDĐT (Văn phòng);", { size: 22 })]),
                para([run("- Lưu: VT.", { size: 22 })]),
              ],
              45,
            ),
            plainCell(
              [
                para([run("THỦ TRƯỞNG ĐƠN VỊ", { bold: true })], { align: "center", before: 360 }),
                para([run("(Ký tên, đóng dấu)", { italics: true })], { align: "center", after: 1200 }),
                para([run(doc.leaderName ?? "", { bold: true })], { align: "center" }),
              ],
              55,
            ),
          ],
        }),
      ],
    }),
  ];
  return new Document({
    creator: "Thi đua bot",
    title: `Bản đăng ký thi đua năm học ${doc.schoolYear}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE }, paragraph: { spacing: { before: 0, after: 0 } } } } },
    // A4 with the margins of Nghị định 30/2020 on administrative documents (2 cm, 3 cm left).
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, children }],
  });
}

export async function unitDocx(doc: UnitDocument): Promise<Uint8Array> {
  return Packer.toBuffer(unitDocument(doc));
}
