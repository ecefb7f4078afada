import { once } from "node:events";
import type { Writable } from "node:stream";
import type ExcelJS from "exceljs";
import { zoneOffsetMinutes } from "../domain/calendar.js";
import { escapeFormula, type Cell } from "./cells.js";
import type { Sheet } from "./sheet.js";

const DATE_FORMAT = "dd/mm/yyyy";
const DATETIME_FORMAT = "dd/mm/yyyy hh:mm";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

/**
 * Excel stores dates without a zone and shows them as written; an instant is written as the wall
 * clock of the Sở's zone so 23:30 on the deadline does not show as the next day.
 */
export const wallClock = (instant: Date, timeZone: string) => new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000);

const cellValue = (value: Exclude<Cell, null>, timeZone: string): ExcelJS.CellValue => {
  if (typeof value === "string") return escapeFormula(value);
  if (value instanceof Date) return wallClock(value, timeZone);
  return value;
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
  for (const sheet of sheets) {
    // The view is written with the sheet's opening XML, so it has to be known up front.
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
    ws.columns = sheet.columns.map((c) => ({ width: c.width }));
    // One style object per column, shared by all its cells: exceljs caches a style by object
    // identity, and a fresh object per cell would cost it a style lookup for each of a million cells.
    const styles: Array<Partial<ExcelJS.Style>> = sheet.columns.map((c) =>
      c.type === "date" ? { numFmt: DATE_FORMAT } : c.type === "datetime" ? { numFmt: DATETIME_FORMAT } : {},
    );
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { vertical: "middle", wrapText: true };
      cell.numFmt = "@";
    });
    header.commit();
    let rows = 0;
    for await (const batch of sheet.rows()) {
      for (const [k, values] of batch.entries()) {
        if (k % 1000 === 999) await drained(ws);
        // An empty cell is left out rather than written as an empty value.
        const row = ws.addRow(values.map((v) => (v === null ? undefined : cellValue(v, opts.timeZone))));
        for (let i = 0; i < values.length; i++) if (values[i] !== null) row.getCell(i + 1).style = styles[i]!;
        row.commit();
      }
      rows += batch.length;
      await drained(ws);
    }
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows + 1, column: sheet.columns.length } };
    ws.commit();
  }
  await wb.commit();
  await finished;
}
