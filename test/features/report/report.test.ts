import { eq } from "drizzle-orm";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../../src/db/schema.js";
import { buildEngine, ChatUser, link } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { docxText, readWorkbook, rowValues } from "../../exports/fixture.js";
import { PREVIOUS, reportWorld, YEAR, type ReportWorld } from "./fixture.js";

/**
 * The year's report on a province small enough to count by hand (see fixture.ts): the figures in
 * the workbook's cells, the lists behind them, the forms, the Word draft, and who may have it.
 */

let t: TestDatabase;
let world: ReportWorld;
const clock = new Date("2026-11-22T03:00:00Z");
let wb: ExcelJS.Workbook;
let docx: Uint8Array;

/** The rows of a sheet (from `from` on) as plain arrays. */
const rowsOf = (ws: ExcelJS.Worksheet, from = 2) => Array.from({ length: ws.rowCount - from + 1 }, (_, i) => rowValues(ws, from + i));

function sent(user: ChatUser) {
  const doc = user.last.find((m) => m.type === "document");
  if (!doc || doc.type !== "document") throw new Error(`no document; last replies: ${user.text()}`);
  return doc;
}

beforeAll(async () => {
  t = await createTestDatabase();
  world = await reportWorld(t);
  await link(t, world.office, "7001");
  await link(t, world.focal, "7002");
  await link(t, world.teacher, "7003");
});
afterAll(() => t.destroy());

describe("/baocao (/report): the year's report", () => {
  it("offers the school years, then sends the workbook named for the year", async () => {
    const engine = buildEngine(t, () => clock);
    const office = new ChatUser(engine, "7001");
    await office.say("/baocao");
    expect(office.text()).toContain("Lập số liệu báo cáo tổng kết của năm học nào?");
    expect(office.labels()).toEqual(["Năm học 2026-2027", `Năm học ${YEAR}`, `Năm học ${PREVIOUS}`, "Đóng"]);
    await office.press(`Năm học ${YEAR}`);
    expect(office.text()).toContain(`Báo cáo tổng kết năm học ${YEAR}: chọn loại tệp.`);
    await office.press("Excel");
    const doc = sent(office);
    expect(doc.fileName).toBe(`Báo cáo tổng kết TĐKT NH ${YEAR}.xlsx`);
    expect(doc.caption).toContain(`Số liệu báo cáo tổng kết năm học ${YEAR} (so với năm học ${PREVIOUS}), lập lúc 22/11/2026 10:00`);
    wb = await readWorkbook(doc.content);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entity, "report"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: `person:${world.office}`, action: "export" });

    await office.say(`/baocao ${YEAR}`);
    await office.press("Word");
    expect(sent(office).fileName).toBe(`Báo cáo tổng kết TĐKT NH ${YEAR}.docx`);
    docx = sent(office).content;
  });

  it("writes every figure with last year's next to it, the rate as a number and in Vietnamese words", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Tổng hợp",
      "DS xếp loại",
      "DS danh hiệu cá nhân",
      "DS danh hiệu tập thể",
      "DS khen thưởng",
      "DS sáng kiến",
      "DS điển hình tiên tiến",
      "Biểu 0602.N",
      "Biểu 0603.N",
    ]);
    const ws = wb.getWorksheet("Tổng hợp")!;
    expect(rowValues(ws, 1)[0]).toBe(`SỐ LIỆU TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM HỌC ${YEAR}`);
    expect(rowValues(ws, 3).slice(4, 10)).toEqual([
      `Năm học ${PREVIOUS}: số lượng`,
      `Năm học ${PREVIOUS}: tổng số`,
      `Năm học ${PREVIOUS}: tỉ lệ (%)`,
      `Năm học ${YEAR}: số lượng`,
      `Năm học ${YEAR}: tổng số`,
      `Năm học ${YEAR}: tỉ lệ (%)`,
    ]);
    // Printing repeats the header row, under the two heading lines.
    expect(ws.pageSetup.printTitlesRow).toBe("3:3");
    const rows = rowsOf(ws, 4);
    const find = (label: string, scope = "Toàn tỉnh") => rows.find((r) => r[2] === label && r[3] === scope);
    // Nine rated this year (4 HTXSNV, 3 HTTNV, 1 HTNV, 1 KHTNV); five last year (2 HTXSNV, 3 HTTNV).
    expect(find("Hoàn thành xuất sắc nhiệm vụ")).toEqual([
      1,
      "Kết quả đánh giá, xếp loại",
      "Hoàn thành xuất sắc nhiệm vụ",
      "Toàn tỉnh",
      2,
      5,
      40,
      4,
      9,
      44.4,
      2,
      "04/09 (tỉ lệ 44,4%)",
      "DS xếp loại",
    ]);
    expect(find("Hoàn thành tốt nhiệm vụ")?.slice(4, 12)).toEqual([3, 5, 60, 3, 9, 33.3, 0, "03/09 (tỉ lệ 33,3%)"]);
    expect(find("Không hoàn thành nhiệm vụ")?.slice(7, 12)).toEqual([1, 9, 11.1, 1, "01/09 (tỉ lệ 11,1%)"]);
    // By unit kind and by cluster: THPT 3 of 6 (2 last year), THCS 1 of 3 (none); Cụm 1 (THPT01 and THCS01) 3 of 7 (1).
    expect(find("Hoàn thành xuất sắc nhiệm vụ", "Loại đơn vị: Trung học phổ thông")?.slice(7, 12)).toEqual([
      3,
      6,
      50,
      1,
      "03/06 (tỉ lệ 50%)",
    ]);
    expect(find("Hoàn thành xuất sắc nhiệm vụ", "Loại đơn vị: Trung học cơ sở")?.slice(7, 12)).toEqual([
      1,
      3,
      33.3,
      1,
      "01/03 (tỉ lệ 33,3%)",
    ]);
    expect(find("Hoàn thành xuất sắc nhiệm vụ", "Cụm, khối thi đua: Cụm 1")?.slice(7, 12)).toEqual([3, 7, 42.9, 2, "03/07 (tỉ lệ 42,9%)"]);
    // Titles: LĐTT 7 of 9 (77,8%) against 4 of 5; CSTĐCS 2 of 9 against 2 of 5; CSTĐ tỉnh 1.
    expect(find("Lao động tiên tiến")?.slice(4, 12)).toEqual([4, 5, 80, 7, 9, 77.8, 3, "07/09 (tỉ lệ 77,8%)"]);
    expect(find("Chiến sĩ thi đua cơ sở")?.slice(4, 12)).toEqual([2, 5, 40, 2, 9, 22.2, 0, "02/09 (tỉ lệ 22,2%)"]);
    expect(find("Chiến sĩ thi đua Bộ, ban, ngành, tỉnh")?.slice(7, 8)).toEqual([1]);
    // Collective titles (units and tổ), awards, sáng kiến: counts without a rate.
    expect(find("Tập thể lao động tiên tiến")?.slice(4, 12)).toEqual([2, undefined, undefined, 3, undefined, undefined, 1, "03"]);
    expect(find("Tập thể lao động xuất sắc")?.slice(7, 8)).toEqual([1]);
    expect(find("Cờ thi đua của Ủy ban nhân dân tỉnh")?.slice(7, 8)).toEqual([1]);
    expect(find("Giấy khen của Giám đốc Sở Giáo dục và Đào tạo")?.slice(4, 12)).toEqual([
      1,
      undefined,
      undefined,
      2,
      undefined,
      undefined,
      1,
      "02",
    ]);
    expect(find("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")?.slice(7, 8)).toEqual([1]);
    expect(find("Phạm vi ảnh hưởng cấp cơ sở")?.slice(4, 8)).toEqual([1, undefined, undefined, 1]);
    expect(find("Phạm vi ảnh hưởng cấp tỉnh")?.slice(7, 8)).toEqual([1]);
    // Điển hình: one person and one collective presented (the draft is not); the person accepted.
    expect(find("Cá nhân điển hình được giới thiệu")?.slice(7, 8)).toEqual([1]);
    expect(find("Cá nhân điển hình được công nhận")?.slice(7, 12)).toEqual([1, 1, 100, 1, "01/01 (tỉ lệ 100%)"]);
    expect(find("Tập thể điển hình được công nhận")?.slice(7, 12)).toEqual([0, 1, 0, 0, "00/01 (tỉ lệ 0%)"]);
  });

  it("lists the people and units behind every figure", () => {
    const ratings = rowsOf(wb.getWorksheet("DS xếp loại")!);
    expect(ratings.filter((r) => r[1] === YEAR)).toHaveLength(9);
    expect(ratings.filter((r) => r[1] === PREVIOUS)).toHaveLength(5);
    // This year first; HTXSNV by unit code, names in Vietnamese order.
    expect(ratings.slice(0, 4).map((r) => [r[2], r[3], r[7]])).toEqual([
      ["Hoàn thành xuất sắc nhiệm vụ", "THCS01", "Đỗ Minh Khánh"],
      ["Hoàn thành xuất sắc nhiệm vụ", "THPT01", "Nguyễn Văn An"],
      ["Hoàn thành xuất sắc nhiệm vụ", "THPT01", "Trần Thị Bình"],
      ["Hoàn thành xuất sắc nhiệm vụ", "THPT02", "Hoàng Thị Giang"],
    ]);
    expect(ratings[0]!.slice(4, 7)).toEqual(["Trường THCS Kim Đồng", "Trung học cơ sở", "Cụm 1"]);
    const awards = rowsOf(wb.getWorksheet("DS khen thưởng")!);
    expect(awards.map((r) => [r[1], r[7], r[9]])).toEqual([
      [YEAR, "Đỗ Minh Khánh", "QĐ số 15/QĐ-SGDĐT ngày 10/06/2026 (Giám đốc Sở)"],
      [YEAR, "Nguyễn Văn An", "QĐ số 15/QĐ-SGDĐT ngày 10/06/2026 (Giám đốc Sở)"],
      [YEAR, "Hoàng Thị Giang", "QĐ số 220/QĐ-UBND ngày 01/07/2026 (Chủ tịch UBND tỉnh)"],
      [PREVIOUS, "Trần Thị Bình", "QĐ số 30/QĐ-SGDĐT ngày 01/06/2025 (Giám đốc Sở)"],
    ]);
    const collective = rowsOf(wb.getWorksheet("DS danh hiệu tập thể")!);
    expect(collective.filter((r) => r[1] === YEAR && r[2] === "Tập thể lao động tiên tiến").map((r) => r[7])).toEqual([
      "Trường THCS Kim Đồng",
      "Tổ Toán (Trường THPT Nguyễn Du)",
      "Trường THPT Lê Lợi",
    ]);
    const initiatives = rowsOf(wb.getWorksheet("DS sáng kiến")!);
    expect(initiatives.map((r) => [r[1], r[7], r[9]])).toEqual([
      [YEAR, "Nguyễn Văn An", "QĐ số 40/QĐ-SGDĐT ngày 20/05/2026: Dạy học STEM chủ đề hàm số"],
      [YEAR, "Hoàng Thị Giang", "QĐ số 99/QĐ-UBND ngày 01/03/2026: Chuyển đổi số trong quản lý lớp học"],
      [PREVIOUS, "Đỗ Minh Khánh", "QĐ số 20/QĐ-SGDĐT ngày 01/05/2025: Câu lạc bộ đọc sách"],
    ]);
    const models = rowsOf(wb.getWorksheet("DS điển hình tiên tiến")!);
    expect(models.map((r) => [r[2], r[7]])).toEqual([
      ["Cá nhân điển hình được giới thiệu", "Hoàng Thị Giang"],
      ["Tập thể điển hình được giới thiệu", "Trường THPT Nguyễn Du"],
      ["Cá nhân điển hình được công nhận", "Hoàng Thị Giang"],
    ]);
  });

  it("fills biểu 0603.N of TT 02/2023/TT-BNV under its official heading, blank where the data has nothing", () => {
    const ws = wb.getWorksheet("Biểu 0603.N")!;
    expect(rowValues(ws, 1)[0]).toBe("Biểu số: 0603.N/BNV-TĐKT");
    expect(rowValues(ws, 2)[0]).toBe("Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ Nội vụ");
    expect(rowValues(ws, 5)[0]).toBe(
      "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG",
    );
    expect(rowValues(ws, 7).slice(3, 5)).toEqual(["Tổng số", "Bằng khen"]);
    expect(rowValues(ws, 8)).toEqual(["A", "B", "C", "1", "2", "3", "4", "5"]);
    // Bằng khen UBND tỉnh 1, CSTĐ cấp tỉnh 1 (people); Cờ thi đua UBND tỉnh 1 (collective).
    expect(rowValues(ws, 9)).toEqual(["Tổng số", "01", undefined, 3, 1, 1, 1]);
    const row = (code: string) => rowsOf(ws, 9).find((r) => r[1] === code);
    expect(row("02")).toEqual(["- Tập thể", "02", "Tập thể", 1, undefined, undefined, 1]);
    expect(row("05")).toEqual(["- Cá nhân", "05", "Người", 2, 1, 1]);
    expect(row("13")).toEqual(["- Đột xuất", "13"]);
    const b0602 = wb.getWorksheet("Biểu 0602.N")!;
    expect(rowValues(b0602, 5)[0]).toBe("SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC");
    expect(rowValues(b0602, 9)).toEqual(["Tổng số", "1", undefined, 0, undefined, undefined, undefined, undefined, 0, 0, 0]);
  });

  it("drafts the Word statistics with the national header and the appendix", async () => {
    const text = (await docxText(docx)).replace(/\s+/g, " ");
    expect(text).toContain("DỰ THẢO");
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Số: /BC-SGDĐT");
    expect(text).toContain("Ninh Bình, ngày tháng năm 2026");
    expect(text).toContain(`Tổng kết công tác thi đua, khen thưởng năm học ${YEAR}`);
    expect(text).toContain(
      `Năm học ${YEAR}: 04/09 người được đánh giá hoàn thành xuất sắc nhiệm vụ (tỉ lệ 44,4%); 03/09 người được đánh giá hoàn thành tốt nhiệm vụ (tỉ lệ 33,3%); 01/09 người được đánh giá hoàn thành nhiệm vụ (tỉ lệ 11,1%); 01/09 người được đánh giá không hoàn thành nhiệm vụ (tỉ lệ 11,1%).`,
    );
    expect(text).toContain(
      `Năm học ${PREVIOUS}: 02/05 người được đánh giá hoàn thành xuất sắc nhiệm vụ (tỉ lệ 40%); 03/05 người được đánh giá hoàn thành tốt nhiệm vụ (tỉ lệ 60%); không có cá nhân hoàn thành nhiệm vụ`,
    );
    expect(text).toContain(`Lao động tiên tiến: 07 cá nhân (năm học ${PREVIOUS}: 04)`);
    expect(text).toContain(`Giấy khen của Giám đốc Sở Giáo dục và Đào tạo: 02 cá nhân (năm học ${PREVIOUS}: 01)`);
    expect(text).toContain("Các đơn vị giới thiệu 01 cá nhân, 01 tập thể điển hình tiên tiến; được công nhận 01 cá nhân, 00 tập thể.");
    expect(text).toContain("PHỤ LỤC");
    expect(text).toContain("GIÁM ĐỐC");
  });

  it("refuses a focal person and a teacher, and changes nothing", async () => {
    const engine = buildEngine(t, () => clock);
    for (const id of ["7002", "7003"]) {
      const user = new ChatUser(engine, id);
      await user.say("/baocao");
      expect(user.text()).toContain("Vai trò của bạn không dùng được chức năng này");
      expect(user.last.some((m) => m.type === "document")).toBe(false);
    }
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entity, "report"))).toHaveLength(2);
  });

  it("answers a badly written year with how to write it", async () => {
    const office = new ChatUser(
      buildEngine(t, () => clock),
      "7001",
    );
    await office.say("/baocao 2025");
    expect(office.text()).toContain("Năm học cần viết dạng 2025-2026, ví dụ: /baocao 2025-2026.");
  });
});
