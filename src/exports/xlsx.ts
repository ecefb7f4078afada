import { once } from "node:events";
import type { Writable } from "node:stream";
import type ExcelJS from "exceljs";
import { localDateOf, zoneOffsetMinutes } from "../domain/calendar.js";
import { collect } from "./bytes.js";
import { cleanCellText, startsLikeFormula, type Cell } from "./cells.js";
import type { Sheet, SheetColumn } from "./sheet.js";

const DATE_FORMAT = "dd/mm/yyyy";
const DATETIME_FORMAT = "dd/mm/yyyy hh:mm";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
/** One font for headers, cells and totals: the font of the Sở's documents. */
const FONT: Partial<ExcelJS.Font> = { name: "Times New Roman", size: 12 };
const BOLD: Partial<ExcelJS.Font> = { ...FONT, bold: true };
/** Points per line of 12 pt Times New Roman (Excel's own height for the font), and Excel's highest row. */
const LINE_HEIGHT = 15.75;
const MAX_ROW_HEIGHT = 409;

/**
 * Excel stores dates without a zone and shows them as written; an instant is written as the wall
 * clock of the Sở's zone so 23:30 on the deadline does not show as the next day.
 */
export const wallClock = (instant: Date, timeZone: string) => new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000);

/** A calendar date as Excel's whole day number (midnight, no time), so comparing it with a date works. */
const calendarDay = (instant: Date, timeZone: string) => {
  const d = localDateOf(instant, timeZone);
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
};

/**
 * Text is written as a text cell, never as a formula: "-5% học sinh bỏ học" or "=Tỷ lệ" shows as
 * typed and runs nothing (the CSV writer is the one that needs an apostrophe).
 */
const cellValue = (value: Exclude<Cell, null>, column: SheetColumn | undefined, timeZone: string): ExcelJS.CellValue => {
  if (typeof value === "string") return cleanCellText(value);
  if (value instanceof Date) return column?.type === "date" ? calendarDay(value, timeZone) : wallClock(value, timeZone);
  return value;
};

/**
 * Pixel width of one character of 12 pt Times New Roman at 96 dpi (its metrics, by class); marks
 * of Vietnamese letters add no width.
 */
function charWidth(ch: string): number {
  if (ch === " ") return 4;
  if (/[ijlt.,:;'!|]/u.test(ch)) return 4.5;
  if (/[fr()[\]\-/]/u.test(ch)) return 5.5;
  if (/[mw]/u.test(ch)) return 12;
  if (/[MW]/u.test(ch)) return 14.5;
  if (/[IJ]/u.test(ch)) return 6;
  if (/\p{Lu}/u.test(ch)) return 11;
  if (/[0-9]/u.test(ch)) return 8;
  if (/[scez]/u.test(ch)) return 7;
  return 8;
}

/** Widths by character, Vietnamese letters measured by their base letter: a province has a few hundred distinct ones. */
const widths = new Map<string, number>();
const widthOf = (ch: string) => {
  let w = widths.get(ch);
  if (w === undefined) {
    const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
    w = base ? [...base].reduce((n, c) => n + charWidth(c), 0) : 0;
    widths.set(ch, w);
  }
  return w;
};

const textWidth = (text: string, bold: boolean) => {
  let px = 0;
  for (const ch of text) px += widthOf(ch);
  return bold ? px * 1.08 : px;
};

/** The widest character: text shorter than the cell in those is one line without measuring. */
const WIDEST = 14.5 * 1.08;

/**
 * Lines a text takes in a wrapped cell `width` characters wide (word wrap, explicit line breaks).
 * Excel and LibreOffice keep a row height that the file states, so the writer states one that
 * shows the whole text. The workbook's default font is the cells' font, so a width unit is the
 * width of its digit (8 px) in every spreadsheet.
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(8, width * 8 - 4);
  if (text.length * WIDEST <= room && !text.includes("\n")) return 1;
  const space = charWidth(" ") * (bold ? 1.08 : 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let n = 1;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      const w = textWidth(word, bold);
      if (used === 0) used = w;
      else if (used + space + w <= room) used += space + w;
      else {
        n++;
        used = w;
      }
      // A word longer than the cell breaks where the cell ends.
      while (used > room) {
        n++;
        used -= room;
      }
    }
    lines += n;
  }
  return lines;
}

const rowHeight = (lines: number) => Math.min(MAX_ROW_HEIGHT, Math.max(1, lines) * LINE_HEIGHT);

/** Column letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** One style object per column, shared by all its cells (exceljs caches a style by object identity). */
function columnStyle(c: SheetColumn): Partial<ExcelJS.Style> {
  switch (c.type) {
    case "date":
      return { font: FONT, numFmt: DATE_FORMAT, alignment: { vertical: "top", horizontal: "center" } };
    case "datetime":
      return { font: FONT, numFmt: DATETIME_FORMAT, alignment: { vertical: "top", horizontal: "center" } };
    case "number":
      return { font: FONT, alignment: { vertical: "top" } };
    default:
      return { font: FONT, alignment: { vertical: "top", wrapText: true } };
  }
}

/**
 * Printing: A4 landscape, every column on the page's width, the header row repeated on every page
 * (exceljs writes it as `_xlnm.Print_Titles`), page numbers in the footer.
 */
const PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: "1:1",
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

/** Bytes of sheet XML allowed to wait for compression before the writer pauses. */
const BACKLOG_LIMIT = 1 << 20;

/**
 * exceljs hands each 64 KB of sheet XML to the zip without waiting, so a fast producer would queue
 * the whole sheet in memory. Waiting for the zip's input to drain keeps memory flat. The stream is
 * exceljs' internal (4.x); without it the writer only yields to the event loop.
 */
async function drained(ws: ExcelJS.Worksheet): Promise<void> {
  type Sink = Writable & { _writableState?: { length?: number } };
  const sink = (ws as unknown as { stream?: { pipes?: Sink[] } }).stream?.pipes?.[0];
  // The zip's input is a readable-stream 2 PassThrough: no writableLength getter, the state has it.
  const backlog = sink ? (sink.writableLength ?? sink._writableState?.length) : undefined;
  if (sink && typeof backlog === "number" && backlog > BACKLOG_LIMIT) await once(sink, "drain");
  else await new Promise((resolve) => setImmediate(resolve));
}

/** The sheet's filtered range, for the defined name LibreOffice needs to show filter buttons. */
interface FilterRange {
  sheetIndex: number;
  /** The header row (1 unless the sheet has a preamble). */
  firstRow?: number;
  sheetName: string;
  lastColumn: number;
  lastRow: number;
}

/**
 * Adds `_xlnm._FilterDatabase` for every filtered sheet to workbook.xml. Excel shows filter buttons
 * from the sheet's autoFilter alone; LibreOffice Calc only with this hidden name, which exceljs
 * does not write. Defined names come right after the sheets (CT_Workbook's order).
 */
export function withFilterNames(workbookXml: string, ranges: FilterRange[]): string {
  if (ranges.length === 0) return workbookXml;
  const names = ranges
    .map((r) => {
      const sheet = `'${r.sheetName.replace(/'/g, "''").replace(/&/g, "&amp;").replace(/</g, "&lt;")}'`;
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${r.sheetIndex}" hidden="1">${sheet}!$A$${r.firstRow ?? 1}:$${columnLetter(r.lastColumn)}$${r.lastRow}</definedName>`;
    })
    .join("");
  if (workbookXml.includes("</definedNames>")) return workbookXml.replace("</definedNames>", `${names}</definedNames>`);
  return workbookXml.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);
}

/** exceljs appends workbook.xml to its zip as a string; the filter names are added on the way (4.x internals). */
function addFilterNamesOnCommit(wb: ExcelJS.stream.xlsx.WorkbookWriter, ranges: FilterRange[]): void {
  type Zip = { append(source: unknown, data: { name: string }): unknown };
  const zip = (wb as unknown as { zip?: Zip }).zip;
  if (!zip) return;
  const append = zip.append.bind(zip);
  zip.append = (source, data) =>
    append(data?.name === "/xl/workbook.xml" && typeof source === "string" ? withFilterNames(source, ranges) : source, data);
}

/**
 * Makes the cells' font the workbook's default (the "Normal" style): empty cells and new rows use
 * it too, and column widths are measured in its digits the same way in Excel and LibreOffice.
 * exceljs takes the first font added as the default (4.x internals); without them, Calibri stays.
 */
function useDefaultFont(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const styles = (wb as unknown as { styles?: { model?: { fonts?: unknown[] }; _addFont?: (font: Partial<ExcelJS.Font>) => number } })
    .styles;
  if (styles?._addFont && styles.model?.fonts?.length === 0) styles._addFont(FONT);
}

function writeHeader(ws: ExcelJS.Worksheet, sheet: Sheet): void {
  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.numFmt = "@";
  });
  header.height = rowHeight(Math.max(...sheet.columns.map((c) => wrappedLines(c.header, c.width, true))));
  header.commit();
}

/**
 * The totals row under the table: SUBTOTAL(109, …) of every summed column, so the total follows
 * the filter; the sum is also stored as the cached result for readers that do not calculate.
 */
function writeTotals(ws: ExcelJS.Worksheet, sheet: Sheet, sums: number[], headerRow: number, lastDataRow: number): void {
  const values: ExcelJS.CellValue[] = sheet.columns.map((c, i) => {
    if (!c.sum) return null;
    const col = columnLetter(i + 1);
    return lastDataRow > headerRow ? { formula: `SUBTOTAL(109,${col}${headerRow + 1}:${col}${lastDataRow})`, result: sums[i]! } : 0;
  });
  values[0] = sheet.totals!;
  const row = ws.addRow(values);
  row.eachCell((cell) => {
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
  });
  row.commit();
}

/**
 * Writes the sheets as one workbook with exceljs' streaming writer: each tab is written and
 * committed before the next begins, so memory holds a batch of rows, not the workbook. The
 * stream is ended when the workbook is complete.
 */
export async function writeXlsx(sheets: Sheet[], out: Writable, opts: { timeZone: string }): Promise<void> {
  const finished = once(out, "finish");
  // Awaited at the end; until then an output error must not surface as an unhandled rejection.
  finished.catch(() => {});
  // Loaded here, not at start: exceljs alone takes longer to load than the rest of the CLI.
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  useDefaultFont(wb);
  const filters: FilterRange[] = [];
  addFilterNamesOnCommit(wb, filters);
  for (const [index, sheet] of sheets.entries()) {
    // The view and page setup are written with the sheet's opening XML, so they are known up front.
    const headerRow = (sheet.preamble?.length ?? 0) + 1;
    const pageSetup = headerRow === 1 ? PAGE_SETUP : { ...PAGE_SETUP, printTitlesRow: `${headerRow}:${headerRow}` };
    const ws = wb.addWorksheet(sheet.name, {
      views: [{ state: "frozen", ySplit: headerRow, xSplit: 0 }],
      pageSetup,
      headerFooter: { oddFooter: "&CTrang &P/&N" },
    });
    ws.columns = sheet.columns.map((c) => ({ width: c.width }));
    for (const [k, line] of (sheet.preamble ?? []).entries()) {
      const row = ws.addRow([cleanCellText(line)]);
      row.getCell(1).font = k === 0 ? BOLD : FONT;
      row.commit();
    }
    const styles = sheet.columns.map(columnStyle);
    // Text that starts like a formula also gets the Text format: a clerk who edits the cell and
    // presses Enter keeps the text instead of Excel trying to run it.
    const textStyles = styles.map((st): Partial<ExcelJS.Style> => ({ ...st, numFmt: "@" }));
    const wraps = sheet.columns.map((c) => !c.type || c.type === "text");
    const sums = sheet.columns.map(() => 0);
    // Unit names, titles and statuses repeat on thousands of rows: their line counts are kept.
    const lineCache = sheet.columns.map(() => new Map<string, number>());
    const linesOf = (text: string, i: number) => {
      const cache = lineCache[i]!;
      let n = cache.get(text);
      if (n === undefined) {
        n = wrappedLines(text, sheet.columns[i]!.width);
        if (cache.size > 5000) cache.clear();
        cache.set(text, n);
      }
      return n;
    };
    writeHeader(ws, sheet);
    let rows = 0;
    for await (const batch of sheet.rows()) {
      for (const [k, values] of batch.entries()) {
        if (k % 1000 === 999) await drained(ws);
        // An empty cell is left out rather than written as an empty value.
        const row = ws.addRow(values.map((v, i) => (v === null ? undefined : cellValue(v, sheet.columns[i], opts.timeZone))));
        let lines = 1;
        for (let i = 0; i < values.length; i++) {
          const v = values[i];
          if (v === null || v === undefined) continue;
          row.getCell(i + 1).style = typeof v === "string" && startsLikeFormula(v) ? textStyles[i]! : styles[i]!;
          if (typeof v === "number") sums[i]! += v;
          else if (typeof v === "string" && wraps[i]) lines = Math.max(lines, linesOf(v, i));
        }
        // A one-line row keeps the default height, which follows the default font.
        if (lines > 1) row.height = rowHeight(lines);
        row.commit();
      }
      rows += batch.length;
      await drained(ws);
    }
    ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: rows + headerRow, column: sheet.columns.length } };
    filters.push({
      sheetIndex: index,
      sheetName: sheet.name,
      firstRow: headerRow,
      lastColumn: sheet.columns.length,
      lastRow: rows + headerRow,
    });
    if (sheet.totals) writeTotals(ws, sheet, sums, headerRow, rows + headerRow);
    for (const line of sheet.notes ?? []) {
      const row = ws.addRow([cleanCellText(line)]);
      row.getCell(1).font = { ...FONT, italic: true };
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  await finished;
}

/** A small workbook in memory (a chat attachment): the same writer, its bytes collected. */
export const xlsxBytes = (sheets: Sheet[], opts: { timeZone: string }): Promise<Uint8Array> =>
  collect((out) => writeXlsx(sheets, out, opts));
