import type { Writable } from "node:stream";
import { formatDate, formatDateTime } from "../domain/calendar.js";
import { csvField, type Cell } from "./cells.js";
import type { Sheet, SheetColumn } from "./sheet.js";

/** Excel opens a UTF-8 CSV with Vietnamese text correctly only when it starts with a BOM. */
const BOM = "\uFEFF";
const EOL = "\r\n";

function text(value: Cell, column: SheetColumn | undefined, timeZone: string): string {
  if (value === null) return "";
  if (value instanceof Date) return column?.type === "date" ? formatDate(value, timeZone) : formatDateTime(value, timeZone);
  return String(value);
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
