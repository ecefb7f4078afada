import { PassThrough } from "node:stream";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvFiles, exportFile, writeWorkbook } from "../../src/features/export/service.js";
import { loadCampaign, type UnitScope } from "../../src/features/progress/service.js";
import { createCampaign } from "../../src/services/campaigns.js";
import { TZ } from "../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";
import { exportWorld, readWorkbook, rowValues, type ExportWorld } from "./fixture.js";

let t: TestDatabase;
let world: ExportWorld;
const now = new Date("2026-11-22T03:00:00Z");
const opts = { now, timeZone: TZ };

beforeAll(async () => {
  t = await createTestDatabase();
  world = await exportWorld(t, now);
});
afterAll(() => t.destroy());

const province = (): UnitScope => ({ provinceId: world.provinceId, unitIds: null });

async function workbook(scope = province(), campaignId = world.campaignId) {
  const campaign = await loadCampaign(t.db, world.provinceId, campaignId);
  const file = await exportFile(t.db, campaign, scope, "xlsx", opts);
  return { file: file!, wb: await readWorkbook(file!.content) };
}

describe("Excel workbook", () => {
  it("has the Văn phòng's seven tabs and the year's results (issue 23), each with a frozen, filtered Vietnamese header row", async () => {
    const { wb, file } = await workbook();
    expect(file.fileName).toBe("Tổng hợp-DKTD NH 2026-2027.xlsx");
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Tổng hợp",
      "Cá nhân",
      "Tập thể",
      "Chỉ tiêu thi đua",
      "Điển hình tiên tiến",
      "Sáng kiến",
      "Chưa nộp",
      "Kết quả",
    ]);
    const ws = wb.getWorksheet("Cá nhân")!;
    expect(rowValues(ws, 1)).toEqual([
      "STT",
      "Họ và tên",
      "Chức vụ",
      "Đơn vị",
      "Danh hiệu đăng ký",
      "Hình thức khen thưởng",
      "Sáng kiến",
      "Môn",
      "Trạng thái",
      "Lý do trả lại",
    ]);
    for (const sheet of wb.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    }
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(20);
  });

  it("lists people by given name, then family and middle names, and writes formula-like text as text, without an apostrophe", async () => {
    const { wb } = await workbook();
    const ws = wb.getWorksheet("Cá nhân")!;
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => rowValues(ws, i + 2));
    const own = rows.filter((r) => r[3] === "Trường THPT Nguyễn Du");
    expect(own.map((r) => r[1])).toEqual(world.sortedNames);
    expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => i + 1));
    const binh = own.find((r) => r[1] === "Nguyễn Văn Bình")!;
    expect(binh.slice(4)).toEqual([
      "Chiến sĩ thi đua cơ sở",
      "Giấy khen của Giám đốc Sở Giáo dục và Đào tạo",
      "Dạy học STEM, lớp 10",
      "Vật lý",
      "Đã duyệt",
    ]);
    const anh = own.find((r) => r[1] === "Đỗ Thị Ánh")!;
    expect(anh[6]).toBe(`=HYPERLINK("http://x","y")`);
    expect(ws.getRow(rows.indexOf(anh) + 2).getCell(7).type).toBe(3); // ValueType.String, not a formula

    const targets = wb.getWorksheet("Chỉ tiêu thi đua")!;
    expect(rowValues(targets, 1)).toEqual(["STT", "Đơn vị", "Nội dung chỉ tiêu", "Đơn vị tính", "Kế hoạch"]);
    // The plan is a number where the answer is one, so it can be summed.
    expect(rowValues(targets, 2)).toEqual([1, "Trường THPT Nguyễn Du", "Tỷ lệ học sinh lên lớp", "%", 98]);
    expect(rowValues(targets, 3)).toEqual([2, "Trường THPT Nguyễn Du", "-5% học sinh bỏ học", "%", 0]);
    expect(targets.getRow(3).getCell(3).type).toBe(3); // ValueType.String
    // Formatted as Text, so editing the cell keeps it text.
    expect(targets.getRow(3).getCell(3).numFmt).toBe("@");
    expect(targets.getRow(2).getCell(3).numFmt).toBeUndefined();

    const initiatives = wb.getWorksheet("Sáng kiến")!;
    expect(rowValues(initiatives, 1)).toEqual([
      "STT",
      "Tên sáng kiến",
      "Lĩnh vực / môn",
      "Tác giả",
      "Đồng tác giả",
      "Đơn vị",
      "Trạng thái",
      "Số quyết định",
      "Ngày quyết định",
      "Phạm vi",
    ]);
    // Declared this school year (last year's is left out), then those named with a title; Ánh before Bình.
    expect(initiatives.rowCount).toBe(4);
    const declared = rowValues(initiatives, 2);
    expect(declared.slice(0, 8)).toEqual([
      1,
      "Đồ dùng dạy học tự làm",
      "Vật lý",
      "Phan Văn Cường",
      "Trần Thị An",
      "Trường THPT Nguyễn Du",
      "Đã công nhận",
      "123/QĐ-SGDĐT",
    ]);
    // A calendar date: midnight, no time of day (a comparison with a date typed by the clerk holds).
    expect((declared[8] as Date).toISOString()).toBe("2026-12-15T00:00:00.000Z");
    expect(initiatives.getRow(2).getCell(9).numFmt).toBe("dd/mm/yyyy");
    expect(declared[9]).toBe("Cấp tỉnh");
    expect(rowValues(initiatives, 3).slice(1, 4)).toEqual([`=HYPERLINK("http://x","y")`, "Toán", "Đỗ Thị Ánh"]);
    expect(rowValues(initiatives, 4).slice(1, 4)).toEqual(["Dạy học STEM, lớp 10", "Vật lý", "Nguyễn Văn Bình"]);
    expect(rowValues(initiatives, 4)[6]).toBe("Dự kiến (đăng ký thi đua)");

    const nominated = wb.getWorksheet("Điển hình tiên tiến")!;
    expect(nominated.rowCount).toBe(3);
    const person = rowValues(nominated, 2);
    expect(person.slice(0, 8)).toEqual([
      1,
      "Nguyễn Văn Bình",
      "Cá nhân",
      "Trường THPT Nguyễn Du",
      "Giáo dục STEM",
      "Ba năm liền HTXSNV, hướng dẫn học sinh đạt giải.",
      "Đồ dùng dạy học tự làm",
      "Đã gửi",
    ]);
    expect((person[8] as Date).toISOString()).toBe("2026-11-21T00:00:00.000Z");
    expect(rowValues(nominated, 3).slice(1, 3)).toEqual(["Tổ Toán – Tin", "Tập thể"]);
    expect(rowValues(nominated, 3)[7]).toBe("Đang soạn");

    const collectives = wb.getWorksheet("Tập thể")!;
    expect(rowValues(collectives, 2)).toEqual([
      1,
      "Trường THPT Nguyễn Du",
      "Toàn đơn vị",
      "Tập thể lao động xuất sắc",
      "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
    ]);
    expect(rowValues(collectives, 3)).toEqual([2, "Trường THPT Nguyễn Du", "Tổ Toán – Tin", "Tập thể lao động tiên tiến"]);
  });

  it("summarises each unit with a real submission date in Vietnam time, and lists who has not submitted", async () => {
    const { wb } = await workbook();
    const ws = wb.getWorksheet("Tổng hợp")!;
    const header = rowValues(ws, 1);
    expect(header.slice(0, 8)).toEqual([
      "Mã đơn vị",
      "Tên đơn vị",
      "Loại đơn vị",
      "Cụm/khối thi đua",
      "Cán bộ đầu mối",
      "Trạng thái",
      "Thời điểm nộp",
      "Số cá nhân đăng ký",
    ]);
    // Units, then the totals row.
    const rows = Array.from({ length: ws.rowCount - 2 }, (_, i) => ws.getRow(i + 2));
    const totals = ws.getRow(ws.rowCount);
    expect(totals.getCell(1).value).toBe("Tổng cộng");
    expect(totals.getCell(8).value).toEqual({
      formula: `SUBTOTAL(109,H2:H${ws.rowCount - 1})`,
      result: rows.reduce((n, r) => n + Number(r.getCell(8).value), 0),
    });
    const own = rows.find((r) => r.getCell(1).value === world.unitCode)!;
    expect(own.getCell(5).value).toBe(world.focal.name);
    expect(own.getCell(6).value).toBe("Đã nộp");
    const at = own.getCell(7);
    expect(at.value).toBeInstanceOf(Date);
    expect(at.numFmt).toMatch(/^dd\/mm\/yyyy/);
    // Excel dates carry no zone: the cell holds the wall clock of Vietnam, 20/11 23:30.
    expect((at.value as Date).toISOString()).toBe("2026-11-20T23:30:00.000Z");
    expect(own.getCell(8).value).toBe(4);
    expect(own.getCell(header.indexOf("Lao động tiên tiến") + 1).value).toBe(3);
    expect(own.getCell(header.indexOf("Chiến sĩ thi đua cơ sở") + 1).value).toBe(1);
    // The draft nomination is not counted.
    expect(own.getCell(header.indexOf("Số điển hình tiên tiến đề xuất") + 1).value).toBe(1);
    const other = rows.find((r) => r.getCell(2).value === world.otherUnitName)!;
    expect(other.getCell(6).value).toBe("Đang thực hiện");
    // Communes have no focal person and take no part; the Sở neither.
    expect(rows.some((r) => String(r.getCell(1).value).startsWith("XA"))).toBe(false);

    const late = wb.getWorksheet("Chưa nộp")!;
    const lateRows = Array.from({ length: late.rowCount - 1 }, (_, i) => rowValues(late, i + 2));
    expect(lateRows.some((r) => r[1] === world.unitCode)).toBe(false);
    const otherRow = lateRows.find((r) => r[2] === world.otherUnitName)!;
    expect(otherRow[5]).toBe("Đang thực hiện");
    expect(otherRow[6]).toBeTruthy();
    expect(lateRows.length).toBe(rows.length - 1);
  });

  it("gives a focal person's scope only their unit", async () => {
    const { wb, file } = await workbook({ provinceId: world.provinceId, unitIds: [world.unitId] });
    expect(file.fileName).toBe("Trường THPT Nguyễn Du-DKTD NH 2026-2027.xlsx");
    const ws = wb.getWorksheet("Cá nhân")!;
    expect(ws.rowCount).toBe(5);
    expect(new Set(Array.from({ length: 4 }, (_, i) => rowValues(ws, i + 2)[3]))).toEqual(new Set(["Trường THPT Nguyễn Du"]));
    // The unit and the totals row.
    expect(wb.getWorksheet("Tổng hợp")!.rowCount).toBe(3);
  });

  it("writes a valid workbook with every header for a campaign nobody has answered", async () => {
    const empty = await createCampaign(
      t.db,
      {
        provinceId: world.provinceId,
        kind: "registration",
        title: "Đợt trống",
        schoolYear: "2027-2028",
        opensAt: now,
        deadlineAt: new Date("2027-10-20T16:59:59Z"),
      },
      "test",
    );
    const { wb } = await workbook(province(), empty.id);
    expect(wb.worksheets).toHaveLength(8);
    for (const name of ["Cá nhân", "Tập thể", "Chỉ tiêu thi đua", "Điển hình tiên tiến", "Sáng kiến"]) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.rowCount, name).toBe(1);
      expect(rowValues(ws, 1)[0]).toBe("STT");
    }
    const summary = wb.getWorksheet("Tổng hợp")!;
    expect(rowValues(summary, 2)[5]).toBe("Chưa bắt đầu");
  });

  it("streams to any writable (the CLI writes files this way)", async () => {
    const campaign = await loadCampaign(t.db, world.provinceId, world.campaignId);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    const data = await writeWorkbook(t.db, campaign, province(), out, opts);
    const wb = await readWorkbook(Buffer.concat(chunks));
    expect(wb.getWorksheet("Tổng hợp")!.rowCount).toBe(data.units.length + 2);
  });
});

describe("CSV", () => {
  it("writes one UTF-8 file per sheet with a BOM, CRLF lines, RFC 4180 quoting and the same escaping", async () => {
    const campaign = await loadCampaign(t.db, world.provinceId, world.campaignId);
    const { files } = await csvFiles(t.db, campaign, { provinceId: world.provinceId, unitIds: [world.unitId] }, opts);
    expect(files.map((f) => f.name)).toEqual([
      "Tổng hợp.csv",
      "Cá nhân.csv",
      "Tập thể.csv",
      "Chỉ tiêu thi đua.csv",
      "Điển hình tiên tiến.csv",
      "Sáng kiến.csv",
      "Chưa nộp.csv",
      "Kết quả.csv",
    ]);
    const text = Buffer.from(files[1]!.content).toString("utf8");
    expect(text.startsWith("\uFEFFSTT,Họ và tên,Chức vụ,Đơn vị,")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(1, 5).map((l) => l.split(",")[1])).toEqual(world.sortedNames);
    expect(text).toContain(`"Dạy học STEM, lớp 10",Vật lý,Đã duyệt`);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")",Toán,`);
    expect(text).toContain(",Trả lại,Sai chức vụ\r\n");
    // ISO dates: read as the same day whatever the reader's settings.
    const summary = Buffer.from(files[0]!.content).toString("utf8");
    expect(summary).toContain(",Đã nộp,2026-11-20 23:30,4,");
    // A CSV is one row per record: no totals row.
    expect(
      summary
        .trim()
        .split("\r\n")
        .some((l) => l.startsWith("Tổng cộng")),
    ).toBe(false);
  });
});

describe("Excel workbook as printed and filtered", () => {
  it("names each filter range for LibreOffice, repeats the header row on every printed page, A4 landscape fit to width", async () => {
    const { file, wb } = await workbook();
    const xml = await (await JSZip.loadAsync(file.content)).file("xl/workbook.xml")!.async("string");
    wb.worksheets.forEach((ws, i) => {
      const last = String.fromCharCode(64 + ws.columnCount);
      const dataRows = ws.name === "Tổng hợp" ? ws.rowCount - 1 : ws.rowCount;
      expect(xml).toContain(
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${ws.name}'!$A$1:$${last}$${dataRows}</definedName>`,
      );
      expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">&apos;${ws.name}&apos;!$1:$1</definedName>`);
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    });
  });

  it("uses one font, wraps long text in rows tall enough, and a header row tall enough for wrapped headers", async () => {
    const { wb } = await workbook();
    const summary = wb.getWorksheet("Tổng hợp")!;
    const header = summary.getRow(1);
    // "Cờ thi đua của Ủy ban nhân dân tỉnh" in a narrow column takes three lines or more.
    expect(header.height).toBeGreaterThanOrEqual(3 * 15);
    expect(header.getCell(1).alignment).toMatchObject({ wrapText: true });
    const fonts = new Set<string>();
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => void fonts.add(`${cell.font?.name} ${cell.font?.size}`)));
    expect([...fonts]).toEqual(["Times New Roman 12"]);
    const nominated = wb.getWorksheet("Điển hình tiên tiến")!;
    expect(nominated.getRow(2).getCell(6).alignment).toMatchObject({ wrapText: true });
  });
});
