import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { csvBytes } from "../../src/exports/csv.js";
import type { Sheet } from "../../src/exports/sheet.js";
import { withFilterNames, wrappedLines, writeXlsx } from "../../src/exports/xlsx.js";
import { numberOrText } from "../../src/features/export/data.js";
import { readWorkbook, rowValues } from "./fixture.js";

const TZ = "Asia/Ho_Chi_Minh";

const sheet = (): Sheet => ({
  name: "Thử",
  totals: "Tổng cộng",
  columns: [
    { header: "Nội dung", width: 20 },
    { header: "Số", width: 8, type: "number", sum: true },
    { header: "Ngày", width: 12, type: "date" },
    { header: "Lúc", width: 16, type: "datetime" },
  ],
  async *rows() {
    yield [
      ["Tỷ lệ\u0007 chuyên cần\u000c", 2, new Date("2026-12-15T12:00:00Z"), new Date("2026-11-20T16:30:00Z")],
      ["Một nội dung dài cần xuống dòng nhiều lần trong một ô hẹp của bảng tính", 3, new Date("2026-11-20T18:00:00Z"), null],
    ];
  },
});

async function xlsx(s: Sheet) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await writeXlsx([s], out, { timeZone: TZ });
  return readWorkbook(Buffer.concat(chunks));
}

describe("workbook writer", () => {
  it("drops control characters, writes calendar dates at midnight in Vietnam's day, and totals the summed columns", async () => {
    const ws = (await xlsx(sheet())).worksheets[0]!;
    expect(rowValues(ws, 2)[0]).toBe("Tỷ lệ chuyên cần");
    // 01:00 on 21/11 in Vietnam is the 21st.
    expect((rowValues(ws, 3)[2] as Date).toISOString()).toBe("2026-11-21T00:00:00.000Z");
    expect((rowValues(ws, 2)[2] as Date).toISOString()).toBe("2026-12-15T00:00:00.000Z");
    expect((rowValues(ws, 2)[3] as Date).toISOString()).toBe("2026-11-20T23:30:00.000Z");
    expect(rowValues(ws, 4)).toEqual(["Tổng cộng", { formula: "SUBTOTAL(109,B2:B3)", result: 5 }]);
    // The long text's row is as tall as its wrapped lines.
    expect(ws.getRow(3).height).toBeGreaterThanOrEqual(
      wrappedLines("Một nội dung dài cần xuống dòng nhiều lần trong một ô hẹp của bảng tính", 20) * 15,
    );
    // A one-line row keeps the default height of the default font.
    expect(ws.getRow(2).height).toBeUndefined();
  });

  it("estimates wrapped lines by words and explicit line breaks", () => {
    expect(wrappedLines("Trường trung học phổ thông", 28)).toBe(1);
    expect(wrappedLines("dòng 1\ndòng 2", 40)).toBe(2);
    expect(wrappedLines("a ".repeat(100).trim(), 20)).toBeGreaterThan(5);
  });

  it("adds a hidden filter name per sheet, inside the defined names exceljs wrote or after the sheets", () => {
    const r = [{ sheetIndex: 0, sheetName: "Cá nhân", lastColumn: 10, lastRow: 51 }];
    expect(withFilterNames("<sheets/></sheets><definedNames><definedName>x</definedName></definedNames>", r)).toBe(
      `<sheets/></sheets><definedNames><definedName>x</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Cá nhân'!$A$1:$J$51</definedName></definedNames>`,
    );
    expect(withFilterNames("<sheets></sheets><calcPr/>", r)).toContain('</sheets><definedNames><definedName name="_xlnm._FilterDatabase"');
  });
});

describe("CSV writer", () => {
  it("writes ISO dates, decimal points and no control characters, and no totals row", async () => {
    const text = Buffer.from(await csvBytes(sheet(), { timeZone: TZ })).toString("utf8");
    expect(text.split("\r\n")).toEqual([
      "\uFEFFNội dung,Số,Ngày,Lúc",
      "Tỷ lệ chuyên cần,2,2026-12-15,2026-11-20 23:30",
      "Một nội dung dài cần xuống dòng nhiều lần trong một ô hẹp của bảng tính,3,2026-11-21,",
      "",
    ]);
  });
});

describe("planned values", () => {
  it("are numbers where the answer is one, text otherwise", () => {
    expect(["95", "98,5", "98.5", "1.500", "0", "-3"].map(numberOrText)).toEqual([95, 98.5, 98.5, 1500, 0, -3]);
    expect(["+2", "≥ 95", "Đạt", "100%"].map(numberOrText)).toEqual(["+2", "≥ 95", "Đạt", "100%"]);
  });
});
