import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registrationDocName, safeFileName, uniqueNamer } from "../../src/exports/filenames.js";
import { UserError } from "../../src/errors.js";
import { exportFile, exportScope } from "../../src/services/exports.js";
import { loadCampaign } from "../../src/services/progress.js";
import type { Actor } from "../../src/flows/engine/types.js";
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
    expect(text).toContain("THỦ TRƯỞNG ĐƠN VỊ");
    const order = world.sortedNames.map((n) => text.indexOf(n));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text.indexOf("CỘNG HÒA")).toBeLessThan(text.indexOf("BẢN ĐĂNG KÝ"));
    expect(text.indexOf("BẢN ĐĂNG KÝ")).toBeLessThan(text.indexOf("THỦ TRƯỞNG ĐƠN VỊ"));
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
  const actor = (roles: Actor["roles"]): Actor => ({ personId: 1, provinceId: world.provinceId, unitId: world.unitId, unitName: null, fullName: "x", position: "", roles });
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
