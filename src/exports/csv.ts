import type { Writable } from "node:stream";
import { localDateOf, zoneOffsetMinutes } from "../domain/calendar.js";
import { cleanCellText, csvField, type Cell } from "./cells.js";
import type { Sheet, SheetColumn } from "./sheet.js";

/** Excel opens a UTF-8 CSV with Vietnamese text correctly only when it starts with a BOM. */
const BOM = "\uFEFF";
const EOL = "\r\n";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Dates as ISO 8601 (2026-11-20, 2026-11-20 23:30, in the Sở's zone): Excel and LibreOffice read
 * that form as the same date whatever the computer's language, where 02/12/2026 becomes 12
 * February under US settings.
 */
export function csvDate(instant: Date, withTime: boolean, timeZone: string): string {
  const d = localDateOf(instant, timeZone);
  const day = `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  if (!withTime) return day;
  const wall = new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000);
  return `${day} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
}

function text(value: Cell, column: SheetColumn | undefined, timeZone: string): string {
  if (value === null) return "";
  if (value instanceof Date) return csvDate(value, column?.type !== "date", timeZone);
  // A decimal point, whatever the reader's language (the README tells the clerk).
  if (typeof value === "number") return String(value);
  return cleanCellText(value);
}

/** One sheet as RFC 4180 CSV, in chunks of one batch of rows; the first chunk carries the BOM and headers. */
export async function* csvChunks(sheet: Sheet, opts: { timeZone: string }): AsyncGenerator<string> {
  yield BOM + sheet.columns.map((c) => csvField(c.header)).join(",") + EOL;
  for await (const batch of sheet.rows()) {
    let chunk = "";
    for (const row of batch) chunk += row.map((v, i) => csvField(text(v, sheet.columns[i], opts.timeZone))).join(",") + EOL;
    yield chunk;
  }
}

/** Writes one sheet to a stream, waiting for the stream to drain between batches; ends the stream. */
export async function writeCsv(sheet: Sheet, out: Writable, opts: { timeZone: string }): Promise<void> {
  for await (const chunk of csvChunks(sheet, opts)) {
    if (!out.write(chunk, "utf8")) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise<void>((resolve, reject) => {
    out.once("error", reject);
    out.end(resolve);
  });
}

export async function csvBytes(sheet: Sheet, opts: { timeZone: string }): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  for await (const chunk of csvChunks(sheet, opts)) parts.push(Buffer.from(chunk, "utf8"));
  return Buffer.concat(parts);
}

/** "Tổng hợp.csv": sheet names are fixed and already safe as file names. */
export const csvFileName = (sheet: Sheet) => `${sheet.name}.csv`;
