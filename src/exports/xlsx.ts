import { once } from "node:events";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
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

const cellValue = (value: Cell, timeZone: string): ExcelJS.CellValue => {
  if (typeof value === "string") return escapeFormula(value);
  if (value instanceof Date) return wallClock(value, timeZone);
  return value;
};

/**
 * Writes the sheets as one workbook with exceljs' streaming writer: each tab is written and
 * committed before the next begins, so memory holds a batch of rows, not the workbook. The
 * stream is ended when the workbook is complete.
 */
export async function writeXlsx(sheets: Sheet[], out: Writable, opts: { timeZone: string }): Promise<void> {
  const finished = once(out, "finish");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  for (const sheet of sheets) {
    // The view is written with the sheet's opening XML, so it has to be known up front.
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
    ws.columns = sheet.columns.map((c) => ({
      width: c.width,
      ...(c.type === "date" ? { style: { numFmt: DATE_FORMAT } } : c.type === "datetime" ? { style: { numFmt: DATETIME_FORMAT } } : {}),
    }));
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
      for (const values of batch) {
        ws.addRow(values.map((v) => cellValue(v, opts.timeZone))).commit();
      }
      rows += batch.length;
      // Lets the zip and the output stream drain between batches instead of queueing the sheet.
      await new Promise((resolve) => setImmediate(resolve));
    }
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows + 1, column: sheet.columns.length } };
    ws.commit();
  }
  await wb.commit();
  await finished;
}
