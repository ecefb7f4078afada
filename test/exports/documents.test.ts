import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentDateLine, signerTitle } from "../../src/exports/docx.js";
import { registrationDocName, safeFileName, uniqueNamer } from "../../src/exports/filenames.js";
import { UserError } from "../../src/core/errors.js";
import { exportFile, exportScope } from "../../src/features/export/service.js";
import { loadCampaign } from "../../src/features/progress/service.js";
import type { Actor } from "../../src/core/index.js";
import { TZ } from "../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";
import { docxText, exportWorld, type ExportWorld } from "./fixture.js";

let t: TestDatabase;
let world: ExportWorld;
const now = new Date("2026-11-22T03:00:00Z");
const opts = { now, timeZone: TZ };

beforeAll(async () => {
  t = await createTestDatabase();
  world = await exportWorld(t, now);
});
afterAll(() => t.destroy());

describe("Word registration document", () => {
  it("has the national header, the unit, the place and date, the title, the three tables and the signature block", async () => {
    const campaign = await loadCampaign(t.db, world.provinceId, world.campaignId);
    const file = await exportFile(t.db, campaign, { provinceId: world.provinceId, unitIds: [world.unitId] }, "docx", opts);
    expect(file!.fileName).toBe("Trường THPT Nguyễn Du-DKTD NH 2026-2027.docx");
    expect(file!.mime).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const text = await docxText(file!.content);
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
    expect(text).toContain("TRƯỜNG THPT NGUYỄN DU");
    // Dated the day the unit submitted (20/11 in Vietnam), in the province named without "Tỉnh".
    expect(text).toContain("Demo, ngày 20 tháng 11 năm 2026");
    expect(text).toContain("BẢN ĐĂNG KÝ THI ĐUA NĂM HỌC 2026-2027");
    expect(text).toContain("I. CHỈ TIÊU THI ĐUA");
    expect(text).toContain("Tỷ lệ học sinh lên lớp");
    expect(text).toContain("Tập thể lao động xuất sắc");
    expect(text).toContain("Tổ Toán – Tin");
    expect(text).toContain("Số:");
    // Signed by the leader: the position, then the name.
    expect(text).toContain("HIỆU TRƯỞNG");
    expect(text).not.toContain("THỦ TRƯỞNG ĐƠN VỊ");
    expect(text).not.toContain("DỰ THẢO");
    // Approved registrations only, in Vietnamese order; the pending and the returned one are left out.
    const approved = ["Đỗ Thị Ánh", "Nguyễn Văn Bình"];
    const order = approved.map((n) => text.indexOf(n));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const n of ["Trần Thị An", "Lê Văn An"]) expect(text).not.toContain(n);
    expect(text.indexOf("CỘNG HÒA")).toBeLessThan(text.indexOf("BẢN ĐĂNG KÝ"));
    expect(text.indexOf("BẢN ĐĂNG KÝ")).toBeLessThan(text.indexOf("HIỆU TRƯỞNG"));
  });

  it("is laid out for printing: rows never split, header rows repeat, the last table stands apart from the signature, pages numbered from 2", async () => {
    const campaign = await loadCampaign(t.db, world.provinceId, world.campaignId);
    const file = await exportFile(t.db, campaign, { provinceId: world.provinceId, unitIds: [world.unitId] }, "docx", opts);
    const zip = await JSZip.loadAsync(file!.content);
    const xml = await zip.file("word/document.xml")!.async("string");
    // Every row of the three ruled tables and of the signature keeps to one page.
    const tables = xml.split("<w:tbl>").slice(1);
    const grids = tables.filter((tbl) => tbl.includes(">STT<"));
    expect(grids).toHaveLength(3);
    for (const g of grids) {
      const trs = g.match(/<w:trPr>[\s\S]*?<\/w:trPr>/g)!;
      expect(trs.every((p) => p.includes("<w:cantSplit/>"))).toBe(true);
      expect(trs[0]).toContain("<w:tblHeader/>");
    }
    // A paragraph between the last table and the signature table: otherwise Word joins them.
    expect(xml).toMatch(/<\/w:tbl><w:p>[\s\S]*?<\/w:p><w:tbl>[\s\S]*?Nơi nhận/);
    // No number on the first page (a title page of its own), the number in the header after it.
    expect(xml).toContain("<w:titlePg/>");
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/header\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async("string")),
    );
    expect(headers.some((h) => /PAGE/.test(h))).toBe(true);
  });

  it("zips every unit that has begun for the Văn phòng, with names that are valid file names", async () => {
    const campaign = await loadCampaign(t.db, world.provinceId, world.campaignId);
    const file = await exportFile(t.db, campaign, { provinceId: world.provinceId, unitIds: null }, "docx", opts);
    expect(file!.fileName).toBe("Bản đăng ký các đơn vị-DKTD NH 2026-2027.zip");
    const zip = await JSZip.loadAsync(file!.content);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(["Trường THPT A-B- Cơ sở 2-DKTD NH 2026-2027.docx", "Trường THPT Nguyễn Du-DKTD NH 2026-2027.docx"]);
    const other = await docxText(await zip.file(names[0]!)!.async("uint8array"));
    expect(other).toContain("TRƯỜNG THPT A/B: CƠ SỞ 2");
    // Not submitted: a draft, its day left blank, and its pending registration not printed.
    expect(other).toContain("DỰ THẢO");
    expect(other).toMatch(/Demo, ngày\s+tháng\s+năm 2026/);
    expect(other).toContain("(Không đăng ký)");
    // Entry times are Vietnam's wall clock (10:00 on 22/11), as an unzip tool shows them.
    const entry = zip.file(names[0]!)!;
    expect(entry.date.getUTCHours()).toBe(10);
  });
});

describe("the date line of Nghị định 30", () => {
  it("pads days below 10 and the months January and February only", () => {
    expect(documentDateLine("Nam Định", { year: 2026, month: 11, day: 20 }, false)).toBe("Nam Định, ngày 20 tháng 11 năm 2026");
    expect(documentDateLine("Nam Định", { year: 2026, month: 3, day: 5 }, false)).toBe("Nam Định, ngày 05 tháng 3 năm 2026");
    expect(documentDateLine("Nam Định", { year: 2027, month: 2, day: 9 }, false)).toBe("Nam Định, ngày 09 tháng 02 năm 2027");
    expect(documentDateLine("Nam Định", { year: 2027, month: 1, day: 15 }, false)).toBe("Nam Định, ngày 15 tháng 01 năm 2027");
    expect(documentDateLine("Nam Định", { year: 2026, month: 12, day: 1 }, true)).toMatch(/^Nam Định, ngày\s+tháng\s+năm 2026$/);
  });

  it("heads the signature with the leader's position", () => {
    expect(signerTitle({ name: "Nguyễn Văn A", position: "Hiệu trưởng" })).toBe("HIỆU TRƯỞNG");
    expect(signerTitle({ name: "Trần Thị B", position: "Giám đốc" })).toBe("GIÁM ĐỐC");
    expect(signerTitle(null)).toBe("THỦ TRƯỞNG ĐƠN VỊ");
  });
});

describe("file names", () => {
  it("replaces characters Windows refuses and keeps Vietnamese letters", () => {
    expect(registrationDocName("Trường THPT A/B: Cơ sở 2", "2024-2025")).toBe("Trường THPT A-B- Cơ sở 2-DKTD NH 2024-2025.docx");
    expect(safeFileName('a<b>c"d|e?f*g\\h')).toBe("a-b-c-d-e-f-g-h");
    expect(safeFileName("  Trường . ")).toBe("Trường");
    expect(safeFileName("CON")).toBe("_CON");
    expect(safeFileName("///")).toBe("---");
    expect(safeFileName("")).toBe("tep");
    // Decomposed input (as macOS and some keyboards send it) comes out composed.
    expect(safeFileName("Trường".normalize("NFD"))).toBe("Trường");
    const name = uniqueNamer();
    expect([name("a.docx"), name("A.docx"), name("a.docx")]).toEqual(["a.docx", "A (2).docx", "a (3).docx"]);
  });
});

describe("who may export what", () => {
  const actor = (roles: Actor["roles"]): Actor => ({
    personId: 1,
    provinceId: world.provinceId,
    unitId: world.unitId,
    unitName: null,
    fullName: "x",
    position: "",
    roles,
  });
  const refused = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof UserError ? e.key : String(e);
    }
    return "allowed";
  };

  it("gives the Văn phòng the province, a focal person their unit only, and staff nothing", () => {
    expect(exportScope(actor([{ role: "office", unitId: null }]))).toEqual({ provinceId: world.provinceId, unitIds: null });
    const focal = actor([{ role: "focal", unitId: world.unitId }]);
    expect(exportScope(focal)).toEqual({ provinceId: world.provinceId, unitIds: [world.unitId] });
    expect(exportScope(focal, world.unitId)).toEqual({ provinceId: world.provinceId, unitIds: [world.unitId] });
    expect(refused(() => exportScope(focal, world.otherUnitId))).toBe("export-not-allowed");
    expect(refused(() => exportScope(actor([{ role: "staff", unitId: world.unitId }])))).toBe("export-not-allowed");
    expect(refused(() => exportScope(null))).toBe("export-not-allowed");
  });
});
