import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import { foldVietnamese } from "../../domain/text.js";
import { UserError } from "../../core/errors.js";
import { hasNul, stripUnsafe } from "../../domain/safe-text.js";

/** A row as read from the file; `line` is what a person sees in Excel or a text editor. */
export interface TableRow {
  line: number;
  cells: string[];
  /** Columns whose cell held a spreadsheet formula rather than a value. */
  formulaColumns: number[];
}

export interface Table {
  headers: string[];
  rows: TableRow[];
}

export interface ColumnSpec<K extends string> {
  key: K;
  /** Header names in any case and with or without diacritics. */
  names: string[];
  required: boolean;
}

export type ColumnMap<K extends string> = Record<K, number | undefined>;

function cellText(value: ExcelJS.CellValue): { text: string; formula: boolean } {
  if (value == null) return { text: "", formula: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), formula: false };
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) return { text: "", formula: true };
    if ("richText" in value) return { text: value.richText.map((r) => r.text).join(""), formula: false };
    if ("text" in value) return { text: String(value.text), formula: false };
    if ("error" in value) return { text: "", formula: false };
    return { text: String(value), formula: false };
  }
  return { text: String(value), formula: false };
}

/**
 * A file being read: the header row at once (so a file with missing columns is refused before
 * anything is written), then the rows as they are read, never all of them in memory.
 */
export interface TableStream {
  headers: string[];
  rows: AsyncIterable<TableRow>;
}

/** The first worksheet row by row (exceljs' streaming reader): row 1 is the header. */
async function* xlsxItems(file: string): AsyncGenerator<string[] | TableRow> {
  const { default: Excel } = await import("exceljs");
  const unreadable = () => new UserError("import-file-unreadable", { file: path.basename(file) });
  // Styles are read so that a date cell comes back as a date, not as a serial number.
  const reader = new Excel.stream.xlsx.WorkbookReader(file, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let headers: string[] | null = null;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        if (headers === null) {
          headers = [];
          if (row.number === 1) {
            row.eachCell({ includeEmpty: true }, (c, col) => {
              headers![col - 1] = cellText(c.value).text;
            });
            for (let i = 0; i < headers.length; i++) headers[i] ??= "";
            yield headers;
            continue;
          }
          // An empty first row: no header, so every column is missing.
          yield headers;
        }
        const cells: string[] = [];
        const formulaColumns: number[] = [];
        for (let c = 1; c <= headers.length; c++) {
          const { text, formula } = cellText(row.getCell(c).value);
          cells.push(text);
          if (formula) formulaColumns.push(c - 1);
        }
        if (cells.every((c) => c.trim() === "") && formulaColumns.length === 0) continue;
        yield { line: row.number, cells, formulaColumns };
      }
      // Only the first worksheet is read.
      break;
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw unreadable();
  }
  if (headers === null) throw new UserError("import-file-empty", { file: path.basename(file) });
}

/** UTF-8 text of the file, chunk by chunk; anything else is refused with a sentence. */
async function* utf8Chunks(file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const notUtf8 = () => new UserError("import-file-not-utf8", { file: path.basename(file) });
  let first = true;
  for await (const chunk of createReadStream(file)) {
    let text: string;
    try {
      text = decoder.decode(chunk as Buffer, { stream: true });
    } catch {
      throw notUtf8();
    }
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text) yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw notUtf8();
  }
}

async function* csvItems(file: string): AsyncGenerator<string[] | TableRow> {
  const { parse } = await import("csv-parse");
  const chunks = utf8Chunks(file);
  // The first line decides the delimiter: Excel in a Vietnamese locale saves CSV with semicolons.
  let head = "";
  for (;;) {
    const next = await chunks.next();
    if (next.done) break;
    head += next.value;
    if (/\r|\n/u.test(head)) break;
  }
  const firstLine = head.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const parser = parse({ delimiter, relax_column_count: true, skip_empty_lines: false, info: false });
  const text = Readable.from(
    (async function* () {
      if (head) yield head;
      yield* chunks;
    })(),
  );
  text.on("error", (e) => parser.destroy(e));
  text.pipe(parser);
  // csv-parse reports records, not lines: count the physical lines so a quoted multi-line cell
  // does not shift every later line number.
  let headers: string[] | null = null;
  let line = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      if (headers === null) {
        headers = cells;
        line = 1 + countNewlines(cells);
        yield headers;
        continue;
      }
      line += 1;
      const start = line;
      line += countNewlines(cells);
      if (cells.every((c) => c.trim() === "")) continue;
      yield { line: start, cells, formulaColumns: [] };
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    // csv-parse words its errors in English; the person gets the line and the kind of fault instead.
    const err = e as { code?: string; lines?: number };
    throw new UserError("truth-import-bad-csv", { file: path.basename(file), line: err.lines ?? 0, code: err.code ?? "other" });
  }
  if (headers === null) throw new UserError("import-file-empty", { file: path.basename(file) });
}

function countNewlines(cells: string[]): number {
  return cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
}

/** Opens a units or people file (.csv or .xlsx) and reads its header row. */
export async function openTable(file: string): Promise<TableStream> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".csv" && ext !== ".xlsx") throw new UserError("import-file-type", { file: path.basename(file) });
  try {
    await access(file);
  } catch {
    throw new UserError("import-file-missing", { file });
  }
  const items = ext === ".xlsx" ? xlsxItems(file) : csvItems(file);
  const first = await items.next();
  if (first.done) throw new UserError("import-file-empty", { file: path.basename(file) });
  return {
    headers: first.value as string[],
    rows: (async function* () {
      for await (const item of items) yield item as TableRow;
    })(),
  };
}

/** The whole file at once (units: a province has a few thousand, and their tree is checked as a whole). */
export async function readTable(file: string): Promise<Table> {
  const stream = await openTable(file);
  const rows: TableRow[] = [];
  for await (const row of stream.rows) rows.push(row);
  return { headers: stream.headers, rows };
}

/** Finds each expected column by folded header name; a missing required column is a malformed file. */
export function mapColumns<K extends string>(headers: string[], specs: ColumnSpec<K>[]): ColumnMap<K> {
  const folded = headers.map((h) => foldVietnamese(h ?? ""));
  const map = {} as ColumnMap<K>;
  const missing: string[] = [];
  for (const spec of specs) {
    const wanted = spec.names.map(foldVietnamese);
    const index = folded.findIndex((h) => wanted.includes(h));
    map[spec.key] = index >= 0 ? index : undefined;
    if (index < 0 && spec.required) missing.push(spec.names[0]!);
  }
  if (missing.length > 0) throw new UserError("import-missing-columns", { columns: missing.join(", ") });
  return map;
}

/** A cell's text without control, bidi or zero-width characters (a line with NUL is refused before). */
export function cell<K extends string>(row: TableRow, map: ColumnMap<K>, key: K): string {
  const index = map[key];
  return index === undefined ? "" : stripUnsafe(row.cells[index] ?? "");
}

/** NUL in a line is not text (PostgreSQL refuses it): the line is rejected by number. */
export const lineHasNul = (row: TableRow) => row.cells.some(hasNul);
