import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { foldVietnamese } from "../../domain/text.js";
import { UserError } from "../../errors.js";
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

async function readXlsx(file: string): Promise<Table> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    throw new UserError("import-file-unreadable", { file: path.basename(file) });
  }
  const sheet = wb.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new UserError("import-file-empty", { file: path.basename(file) });
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = cellText(cell.value).text;
  });
  const rows: TableRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    const formulaColumns: number[] = [];
    for (let c = 1; c <= headers.length; c++) {
      const { text, formula } = cellText(row.getCell(c).value);
      cells.push(text);
      if (formula) formulaColumns.push(c - 1);
    }
    if (cells.every((c) => c.trim() === "") && formulaColumns.length === 0) continue;
    rows.push({ line: r, cells, formulaColumns });
  }
  return { headers, rows };
}

function readCsv(buffer: Buffer, file: string): Table {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    throw new UserError("import-file-not-utf8", { file: path.basename(file) });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  // Excel in a Vietnamese locale saves CSV with semicolons.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, info: false }) as string[][];
  } catch (e) {
    // csv-parse words its errors in English; the person gets the line and the kind of fault instead.
    const err = e as { code?: string; lines?: number };
    throw new UserError("truth-import-bad-csv", { file: path.basename(file), line: err.lines ?? 0, code: err.code ?? "other" });
  }
  // csv-parse reports records, not lines: count the physical lines so a quoted multi-line cell
  // does not shift every later line number.
  const rows: TableRow[] = [];
  const [headerRecord, ...rest] = records;
  if (!headerRecord) throw new UserError("import-file-empty", { file: path.basename(file) });
  let line = 1 + countNewlines(headerRecord);
  for (const cells of rest) {
    line += 1;
    const start = line;
    line += countNewlines(cells);
    if (cells.every((c) => c.trim() === "")) continue;
    rows.push({ line: start, cells, formulaColumns: [] });
  }
  return { headers: headerRecord, rows };
}

function countNewlines(cells: string[]): number {
  return cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
}

export async function readTable(file: string): Promise<Table> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".csv" && ext !== ".xlsx") throw new UserError("import-file-type", { file: path.basename(file) });
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch {
    throw new UserError("import-file-missing", { file });
  }
  return ext === ".xlsx" ? readXlsx(file) : readCsv(buffer, file);
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
