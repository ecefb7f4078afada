import { describe, expect, it } from "vitest";
import { groupPhone } from "../../src/domain/people.js";
import { compareVietnameseNames, dropControlCharacters, isSpreadsheetFormula } from "../../src/domain/text.js";
import { textAnswer } from "../../src/flows/engine/input.js";

describe("answers that look like formulas", () => {
  it("accepts real answers that start with - or + and refuses only what can be nothing but a formula", () => {
    for (const real of [
      "-5% học sinh bỏ học so với năm học trước",
      "+2",
      "- Tổ Toán",
      "+5 học sinh giỏi",
      "= 100% kế hoạch",
      "@ Tổ Văn",
      "-0,5",
    ]) {
      expect(isSpreadsheetFormula(real), real).toBe(false);
    }
    for (const formula of [
      '=HYPERLINK("http://x","y")',
      "=SUM(A1:A9)",
      "@SUM(A1)",
      "+A1",
      "-B2*3",
      "=A1",
      "=cmd|' /C calc'!A0",
      "=1+1",
      "+IMPORTXML(1)",
    ]) {
      expect(isSpreadsheetFormula(formula), formula).toBe(true);
    }
  });

  it("lets the chat take '-5% …' and '+2' and refuses a HYPERLINK formula with the formula message", () => {
    const schema = textAnswer({ max: 500 });
    expect(schema.safeParse("-5% học sinh bỏ học so với năm học trước")).toMatchObject({
      success: true,
      data: "-5% học sinh bỏ học so với năm học trước",
    });
    expect(schema.safeParse("+2")).toMatchObject({ success: true, data: "+2" });
    const refused = schema.safeParse('=HYPERLINK("http://x")');
    expect(refused.success).toBe(false);
    expect(refused.error!.issues[0]!.message).toBe("input-formula");
  });
});

describe("control characters", () => {
  it("are dropped; line breaks stay as LF, tabs become spaces", () => {
    expect(dropControlCharacters("Tỷ lệ\u0007 chuyên\u000c cần\u0000")).toBe("Tỷ lệ chuyên cần");
    expect(dropControlCharacters("dòng 1\r\ndòng 2\rdòng 3\tx")).toBe("dòng 1\ndòng 2\ndòng 3 x");
    expect(dropControlCharacters("\u0085a\u009fb")).toBe("ab");
  });
});

describe("phone numbers", () => {
  it("are grouped the way people write them, so a spreadsheet keeps them as text", () => {
    expect(groupPhone("0852407310")).toBe("0852 407 310");
    expect(groupPhone("02283845678")).toBe("0228 384 5678");
    expect(groupPhone("+84852407310")).toBe("+84 852 407 310");
    expect(groupPhone("0852 407 310")).toBe("0852 407 310");
    expect(groupPhone("113")).toBe("113");
  });
});

describe("Vietnamese order of names", () => {
  it("puts every Dung before every Dũng, then orders by family and middle names", () => {
    const names = ["Phạm Quốc Dũng", "Đặng Văn Dũng", "Đinh Thị Dung", "Lê Thị Dụng", "Bùi Văn Dùng"];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      "Đinh Thị Dung",
      "Bùi Văn Dùng",
      "Đặng Văn Dũng",
      "Phạm Quốc Dũng",
      "Lê Thị Dụng",
    ]);
  });
});
