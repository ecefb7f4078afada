import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { LocalDate } from "../domain/calendar.js";

/**
 * The unit's registration document as seed 002 asks for it, laid out as Nghị định 30/2020/NĐ-CP
 * lays out an administrative document: Times New Roman 13, the issuing body and the quốc hiệu side
 * by side with their short rules, "Số: …/…" and the place-and-date line under them, page numbers
 * from page 2, the signer's position and name. The words are the fixed vocabulary of that
 * document, hence Vietnamese constants.
 */

export interface UnitDocument {
  /** The body above the unit (its parent unit, e.g. the Sở or a UBND xã); upper-cased in the header. */
  superiorName: string | null;
  unitName: string;
  /** Locality of the place-and-date line, e.g. "Nam Định". */
  place: string;
  /** The day the unit submitted; for a draft only the year is printed and the day left to fill in. */
  date: LocalDate;
  /** The unit has not submitted: the document says DỰ THẢO and carries no date. */
  draft: boolean;
  schoolYear: string;
  targets: Array<{ content: string; measure: string; planned: string }>;
  /** Approved registrations only: the head signs what the unit has accepted. */
  individuals: Array<{ name: string; position: string; title: string; award: string | null; initiative: string | null }>;
  collectives: Array<{ group: string; title: string; award: string | null }>;
  /** The unit's leader, who signs: the position ("Hiệu trưởng") heads the signature block. */
  leader: { name: string; position: string } | null;
}

/** Characters XML 1.0 cannot carry; an imported name with one would make Word refuse the file. */
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, "");

const FONT = "Times New Roman";
const SIZE = 26; // half-points: 13 pt, the size of Vietnamese administrative documents
const TABLE_SIZE = 24; // 12 pt inside the tables, so the columns stay a few lines tall

/** A4 with NĐ 30's margins (top and bottom 2 cm, left 3 cm, right 2 cm), in twips. */
const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 1134 };
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Word's default cell margins, left and right (0.19 cm each). */
const CELL_PADDING = 216;
const HEADER_LEFT = 3700;
const HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;

// Only what differs from the document's default style is set on a run or paragraph: a province's
// zip holds thousands of documents, and every property costs the docx library time to serialise.
// Most runs are table cells, so the default size is the tables' 12 pt and the text around them
// says 13 pt (about a fifth less XML per document than the other way round).
const DEFAULT_SIZE = TABLE_SIZE;
export const run = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({
    text: xmlSafe(text),
    ...((opts.size ?? SIZE) !== DEFAULT_SIZE ? { size: opts.size ?? SIZE } : {}),
    ...(opts.bold ? { bold: true } : {}),
    ...(opts.italics ? { italics: true } : {}),
  });

const ALIGN = { center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED } as const;

export const para = (children: TextRun[], opts: { align?: "left" | "center" | "right" | "both"; before?: number; after?: number } = {}) =>
  new Paragraph({
    children,
    ...(opts.align && opts.align !== "left" ? { alignment: ALIGN[opts.align] } : {}),
    ...(opts.before || opts.after ? { spacing: { before: opts.before ?? 0, after: opts.after ?? 0 } } : {}),
  });

/**
 * NĐ 30's short rule: a solid line `length` twips long, centred in a column `width` twips wide
 * (the top border of an empty 1 pt paragraph, narrowed by indents).
 */
const rule = (length: number, width: number) => {
  const indent = Math.max(0, Math.round((width - CELL_PADDING - length) / 2));
  return new Paragraph({
    children: [],
    run: { size: 2 },
    spacing: { before: 60 },
    indent: { left: indent, right: indent },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
  });
};

const plainCell = (children: Paragraph[], width: number) =>
  new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE });

/**
 * The date line of NĐ 30 (Phụ lục I): days below 10 and the months January and February are
 * written with a leading zero, other months without ("ngày 05 tháng 02", "ngày 20 tháng 11",
 * "ngày 15 tháng 3"). A draft leaves the day and month blank for the day it is signed.
 */
export function documentDateLine(place: string, date: LocalDate, draft: boolean): string {
  if (draft) return `${place}, ngày      tháng      năm ${date.year}`;
  const day = String(date.day).padStart(2, "0");
  const month = date.month <= 2 ? `0${date.month}` : String(date.month);
  return `${place}, ngày ${day} tháng ${month} năm ${date.year}`;
}

/** Estimated width in twips of upper-case bold text at `halfPoints`: the rule under it takes 1/3 to 1/2 of it. */
const upperWidth = (text: string, halfPoints: number) => [...text].length * halfPoints * 6.2;

/** What the national header shows: the bodies, the document's number symbol, the place and date. */
export interface HeaderFields {
  superiorName: string | null;
  unitName: string;
  place: string;
  date: LocalDate;
  draft: boolean;
  /** The number's symbol after the slash, e.g. "/ĐKTĐ", "/TTr"; the văn thư writes the number. Null: no number (a report). */
  symbol: string | null;
}

/**
 * The national header: on the left the superior body, the unit in bold with a short rule under it
 * and "Số: …/<symbol>"; on the right the quốc hiệu, the motto with a rule as long as it, and the
 * place and date, centred under the motto. A table without borders keeps the two sides level.
 */
export function nationalHeader(doc: HeaderFields): Table {
  const unit = doc.unitName.toUpperCase();
  const ruleUnder = Math.round(Math.min(Math.max(upperWidth(unit, 24) * 0.4, 700), (HEADER_LEFT - CELL_PADDING) * 0.5));
  const left = [
    ...(doc.superiorName ? [para([run(doc.superiorName.toUpperCase(), { size: 24 })], { align: "center" })] : []),
    para([run(unit, { bold: true, size: 24 })], { align: "center" }),
    rule(ruleUnder, HEADER_LEFT),
  ];
  const right = [
    para([run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 24 })], { align: "center" }),
    para([run("Độc lập - Tự do - Hạnh phúc", { bold: true })], { align: "center" }),
    // As long as the motto above it (13 pt bold Times).
    rule(3330, HEADER_RIGHT),
  ];
  const number = [para(doc.symbol === null ? [] : [run(`Số:        ${doc.symbol}`)], { align: "center", before: 120 })];
  const dateLine = [para([run(documentDateLine(doc.place, doc.date, doc.draft), { italics: true })], { align: "center", before: 120 })];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [HEADER_LEFT, HEADER_RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [plainCell(left, HEADER_LEFT), plainCell(right, HEADER_RIGHT)] }),
      new TableRow({ children: [plainCell(number, HEADER_LEFT), plainCell(dateLine, HEADER_RIGHT)] }),
    ],
  });
}

const header = (doc: UnitDocument): Table => nationalHeader({ ...doc, symbol: "/ĐKTĐ" });

/** "DỰ THẢO" in a box at the top right: the unit has not submitted, this is not the signed text. */
export const draftMark = () =>
  new Paragraph({
    children: [run("DỰ THẢO", { bold: true })],
    alignment: AlignmentType.CENTER,
    indent: { left: TEXT_WIDTH - 1800 },
    spacing: { after: 120 },
    border: Object.fromEntries(
      ["top", "bottom", "left", "right"].map((side) => [side, { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 2 }]),
    ),
  });

/** Left and right padding of a ruled table's cells (0.15 cm; Word's default is 0.19 cm). */
const GRID_PADDING = 85;

/**
 * A ruled table: the header row repeats on every page, no row is split across two pages, STT is
 * centred. `keepWithNext` keeps the last row on the page of what follows (the signature).
 */
export function grid(headers: Array<[string, number]>, rows: string[][], opts: { keepWithNext?: boolean; empty?: string } = {}): Table {
  const cell = (text: string, width: number, style: { bold?: boolean; center?: boolean; keepNext?: boolean } = {}) =>
    new TableCell({
      children: [
        new Paragraph({
          children: [run(text, { bold: style.bold, size: TABLE_SIZE })],
          ...(style.center ? { alignment: AlignmentType.CENTER } : {}),
          ...(style.keepNext ? { keepNext: true } : {}),
        }),
      ],
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
    });
  const body = rows.length > 0 ? rows : [headers.map((_, i) => (i === 1 ? (opts.empty ?? "(Không đăng ký)") : ""))];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: headers.map(([, w]) => w),
    layout: TableLayoutType.FIXED,
    margins: { left: GRID_PADDING, right: GRID_PADDING },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map(([h, w]) => cell(h, w, { bold: true, center: true })) }),
      ...body.map(
        (r, k) =>
          new TableRow({
            cantSplit: true,
            children: r.map((v, i) => cell(v, headers[i]![1], { center: i === 0, keepNext: opts.keepWithNext && k === body.length - 1 })),
          }),
      ),
    ],
  });
}

/** Column widths in twips, each table filling the text width; STT is wide enough for "STT" in bold 12 pt. */
export const STT = 700;
const TARGET_COLUMNS: Array<[string, number]> = [
  ["STT", STT],
  ["Nội dung chỉ tiêu", TEXT_WIDTH - STT - 1400 - 1800],
  ["Đơn vị tính", 1400],
  ["Kế hoạch", 1800],
];
const PERSON_COLUMNS: Array<[string, number]> = [
  ["STT", STT],
  ["Họ và tên", 2050],
  ["Chức vụ", 1150],
  ["Danh hiệu thi đua", 1300],
  ["Hình thức khen thưởng", 1400],
  // The widest: a sáng kiến's title runs to a hundred characters and more.
  ["Sáng kiến dự kiến", TEXT_WIDTH - STT - 2050 - 1150 - 1300 - 1400],
];
const COLLECTIVE_COLUMNS: Array<[string, number]> = [
  ["STT", STT],
  ["Tập thể", 2900],
  ["Danh hiệu thi đua", 2700],
  ["Hình thức khen thưởng", TEXT_WIDTH - STT - 2900 - 2700],
];

/** The signer's position as the signature block prints it: "Hiệu trưởng" → "HIỆU TRƯỞNG". */
export function signerTitle(leader: UnitDocument["leader"]): string {
  const position = leader?.position.trim();
  return position ? position.toUpperCase() : "THỦ TRƯỞNG ĐƠN VỊ";
}

/** "Nơi nhận" on the left, the signer's position (upper case) and name on the right, kept on one page. */
export function signatureBlock(signer: { title: string; name: string }, recipients: string[]): Table {
  const left = [
    para([run("Nơi nhận:", { bold: true, italics: true, size: 24 })], { before: 240 }),
    ...recipients.map((r) => para([run(r, { size: 22 })])),
  ];
  const right = [
    para([run(signer.title, { bold: true })], { align: "center", before: 240, after: 1500 }),
    para([run(signer.name, { bold: true })], { align: "center" }),
  ];
  return sideBySide(left, right);
}

const signature = (doc: UnitDocument) =>
  signatureBlock({ title: signerTitle(doc.leader), name: doc.leader?.name ?? "" }, ["- Sở GDĐT (Văn phòng);", "- Lưu: VT."]);

/** NĐ 30: the page number centred in the top margin, from the second page on. */
export const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        run: { size: SIZE },
        children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE })],
      }),
    ],
  });

/**
 * A document in the shape of NĐ 30: A4 with its margins, Times New Roman 13, page numbers from page
 * 2; `footer` names the form followed, in small italics at the foot of every page.
 */
export function officialDocument(title: string, children: Array<Paragraph | Table>, footer?: string): Document {
  const foot = footer
    ? new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(footer, { italics: true, size: 18 })] })] })
    : undefined;
  return new Document({
    creator: "Thi đua bot",
    title,
    styles: { default: { document: { run: { font: FONT, size: DEFAULT_SIZE }, paragraph: { spacing: { before: 0, after: 0 } } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 567, footer: 567 },
          },
        },
        // The first page has an empty header of its own (titlePage): no number on page 1.
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [], run: { size: SIZE } })] }) },
        ...(foot ? { footers: { default: foot, first: foot } } : {}),
        children,
      },
    ],
  });
}

/** Two blocks side by side without borders (Nơi nhận and the signer; two signers), kept on one page. */
export function sideBySide(left: Paragraph[], right: Paragraph[], leftShare = 0.45): Table {
  const leftWidth = Math.round(TEXT_WIDTH * leftShare);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, TEXT_WIDTH - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [plainCell(left, leftWidth), plainCell(right, TEXT_WIDTH - leftWidth)] })],
  });
}

/** A signer's block: the position in bold, an optional note in italics, room to sign, the name. */
export const signerBlock = (title: string, name: string | null, note?: string): Paragraph[] => [
  para([run(title, { bold: true })], { align: "center", before: 240 }),
  ...(note ? [para([run(note, { italics: true })], { align: "center" })] : []),
  para([], { after: 1300 }),
  para([run(name ?? "", { bold: true })], { align: "center" }),
];

export function unitDocument(doc: UnitDocument): Document {
  // A heading stays on the page of its table.
  const heading = (text: string) =>
    new Paragraph({ children: [run(text, { bold: true })], keepNext: true, spacing: { before: 240, after: 120 } });
  const children = [
    ...(doc.draft ? [draftMark()] : []),
    header(doc),
    para([run(`BẢN ĐĂNG KÝ THI ĐUA NĂM HỌC ${doc.schoolYear}`, { bold: true, size: 28 })], { align: "center", before: 360, after: 240 }),
    heading("I. CHỈ TIÊU THI ĐUA"),
    grid(
      TARGET_COLUMNS,
      doc.targets.map((t, i) => [String(i + 1), t.content, t.measure, t.planned]),
    ),
    heading("II. ĐĂNG KÝ DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG CÁ NHÂN"),
    grid(
      PERSON_COLUMNS,
      doc.individuals.map((p, i) => [String(i + 1), p.name, p.position, p.title, p.award ?? "", p.initiative ?? ""]),
    ),
    heading("III. ĐĂNG KÝ DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG TẬP THỂ"),
    grid(
      COLLECTIVE_COLUMNS,
      doc.collectives.map((c, i) => [String(i + 1), c.group, c.title, c.award ?? ""]),
      // The signature never sits alone on the last page.
      { keepWithNext: true },
    ),
    // Two tables that touch become one in Word and LibreOffice, and the ruled one loses its grid.
    new Paragraph({ children: [], keepNext: true, run: { size: SIZE } }),
    signature(doc),
  ];
  return officialDocument(`Bản đăng ký thi đua năm học ${doc.schoolYear}`, children);
}

export async function unitDocx(doc: UnitDocument): Promise<Uint8Array> {
  return Packer.toBuffer(unitDocument(doc));
}
