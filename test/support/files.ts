import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

const dir = mkdtempSync(path.join(tmpdir(), "thidua-files-"));
let n = 0;

export function csvFile(text: string, opts: { bom?: boolean } = {}): string {
  const file = path.join(dir, `f${++n}.csv`);
  writeFileSync(file, (opts.bom ? "\uFEFF" : "") + text, "utf8");
  return file;
}

export function csvLine(cells: Array<string | number>): string {
  return cells.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(",");
}

export async function xlsxFile(rows: ExcelJS.CellValue[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Đơn vị");
  for (const r of rows) ws.addRow(r);
  const file = path.join(dir, `f${++n}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

export function rawFile(name: string, content: Buffer | string): string {
  const file = path.join(dir, `${++n}-${name}`);
  writeFileSync(file, content);
  return file;
}
