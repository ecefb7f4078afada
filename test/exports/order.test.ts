import { describe, expect, it } from "vitest";
import { csvField, escapeFormula } from "../../src/exports/cells.js";
import { sortByVietnameseName } from "../../src/features/export/data.js";

describe("Vietnamese order of people", () => {
  it("sorts by given name (with ă, â, đ as letters of their own), then family and middle names, then tones", () => {
    const names = [
      "Nguyễn Văn Đức",
      "Trần Văn Án",
      "Trần Thị An",
      "Lê Văn An",
      "Bùi Thị Ân",
      "Phạm Văn Dũng",
      "Đỗ Thị Ăn",
      "Trần Văn An",
      "Hà Thị Bình",
    ];
    expect(sortByVietnameseName(names, (n) => n)).toEqual([
      "Lê Văn An",
      "Trần Thị An",
      "Trần Văn An",
      "Trần Văn Án",
      "Đỗ Thị Ăn",
      "Bùi Thị Ân",
      "Hà Thị Bình",
      "Phạm Văn Dũng",
      "Nguyễn Văn Đức",
    ]);
    // Tones of the given name come before the family name: every Dung before every Dũng.
    expect(sortByVietnameseName(["Đặng Văn Dũng", "Đinh Thị Dung", "Phạm Quốc Dũng"], (n) => n)).toEqual([
      "Đinh Thị Dung",
      "Đặng Văn Dũng",
      "Phạm Quốc Dũng",
    ]);
    // The same names in decomposed form (as some phones send them) sort the same way.
    expect(
      sortByVietnameseName(
        names.map((n) => n.normalize("NFD")),
        (n) => n,
      ).map((n) => n.normalize("NFC")),
    ).toEqual(sortByVietnameseName(names, (n) => n));
  });
});

describe("cell escaping", () => {
  it("prefixes text a spreadsheet would run as a formula, and quotes CSV fields per RFC 4180", () => {
    for (const s of ["=1+1", "+84912", "-5", "@SUM(A1)", "\tx", "\rx"]) expect(escapeFormula(s)).toBe(`'${s}`);
    expect(escapeFormula("Lao động tiên tiến")).toBe("Lao động tiên tiến");
    expect(escapeFormula("5-6")).toBe("5-6");
    expect(csvField('Tổ "Toán", Tin')).toBe('"Tổ ""Toán"", Tin"');
    expect(csvField("dòng 1\ndòng 2")).toBe('"dòng 1\ndòng 2"');
    expect(csvField("\rx")).toBe(`"'\rx"`);
    expect(csvField("=A1")).toBe("'=A1");
  });
});
