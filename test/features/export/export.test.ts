import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../../src/db/schema.js";
import type { Outbound } from "../../../src/core/index.js";
import { cli } from "../../support/cli.js";
import { buildEngine, ChatUser, link } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { docxText, exportWorld, readWorkbook, rowValues, type ExportWorld } from "../../exports/fixture.js";

let t: TestDatabase;
let world: ExportWorld;
const clock = new Date("2026-11-22T03:00:00Z");
const now = () => clock;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await exportWorld(t, clock);
  await link(t, world.focal.personId, "4001");
  await link(t, world.staff[0]!.personId, "4002");
  await link(t, world.office.personId, "4009");
});
afterAll(() => t.destroy());

const documentOf = (u: ChatUser) => u.last.find((m): m is Extract<Outbound, { type: "document" }> => m.type === "document");

describe("/export in the chat", () => {
  it("gives a focal person a workbook of their own unit only", async () => {
    const focal = new ChatUser(buildEngine(t, now), "4001");
    await focal.say("/xuat");
    expect(focal.labels()).toEqual(["📊 Excel (.xlsx)", "📄 Word: bản đăng ký của đơn vị", "🧾 CSV (.zip, mỗi bảng một tệp)", "Đóng"]);
    await focal.press("Excel");
    const doc = documentOf(focal)!;
    expect(doc.fileName).toBe("Trường THPT Nguyễn Du-DKTD NH 2026-2027.xlsx");
    expect(doc.caption).toContain("1 đơn vị");
    const wb = await readWorkbook(doc.content);
    const ws = wb.getWorksheet("Cá nhân")!;
    expect(Array.from({ length: ws.rowCount - 1 }, (_, i) => rowValues(ws, i + 2)[1])).toEqual(world.sortedNames);
    const summary = wb.getWorksheet("Tổng hợp")!;
    // The unit, then the totals row.
    expect(summary.rowCount).toBe(3);
    expect(rowValues(summary, 2)[0]).toBe(world.unitCode);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "export"), eq(auditLog.actor, `person:${world.focal.personId}`)));
    expect(audit!.after).toEqual({ format: "xlsx", units: 1, scope: [world.unitId] });
  });

  it("gives a focal person their unit's Word document, named as seed 002 asks", async () => {
    const focal = new ChatUser(buildEngine(t, now), "4001");
    await focal.say("/export");
    await focal.press("Word");
    const doc = documentOf(focal)!;
    expect(doc.fileName).toBe("Trường THPT Nguyễn Du-DKTD NH 2026-2027.docx");
    const text = await docxText(doc.content);
    expect(text).toContain("BẢN ĐĂNG KÝ THI ĐUA NĂM HỌC 2026-2027");
    expect(text).not.toContain("CƠ SỞ 2");
  });

  it("ignores another unit named by a focal person in the command: still their own unit", async () => {
    const focal = new ChatUser(buildEngine(t, now), "4001");
    await focal.say("/xuat THPT02");
    await focal.press("Excel");
    const wb = await readWorkbook(documentOf(focal)!.content);
    const summary = wb.getWorksheet("Tổng hợp")!;
    // The unit, then the totals row.
    expect(summary.rowCount).toBe(3);
    expect(rowValues(summary, 2)[0]).toBe(world.unitCode);
  });

  it("refuses staff: no file, and a reply saying why", async () => {
    const staff = new ChatUser(buildEngine(t, now), "4002");
    await staff.say("/export");
    expect(documentOf(staff)).toBeUndefined();
    expect(staff.text()).toContain("Vai trò của bạn không dùng được chức năng này");
  });

  it("gives the Văn phòng the province: the workbook, every unit's document zipped, and the CSVs", async () => {
    const office = new ChatUser(buildEngine(t, now), "4009");
    await office.say("/export");
    expect(office.labels()).toContain("🗂 Word: bản đăng ký các đơn vị (.zip)");
    await office.press("Excel");
    const wb = await readWorkbook(documentOf(office)!.content);
    const names = new Set(
      Array.from({ length: wb.getWorksheet("Cá nhân")!.rowCount - 1 }, (_, i) => rowValues(wb.getWorksheet("Cá nhân")!, i + 2)[3]),
    );
    expect(names).toEqual(new Set(["Trường THPT Nguyễn Du", world.otherUnitName]));

    // Every unit's document is built in the background (test/features/jobs.test.ts): the chat answers at once.
    await office.say("/export");
    await office.press("Word");
    expect(documentOf(office)).toBeUndefined();
    expect(office.text()).toContain("Đang tạo 2 văn bản…");

    // One unit, named in the command: its own Word document.
    await office.say(`/xuat ${world.unitCode}`);
    expect(office.labels()).toContain("📄 Word: bản đăng ký của đơn vị");
    await office.press("Word");
    expect(documentOf(office)!.fileName).toBe("Trường THPT Nguyễn Du-DKTD NH 2026-2027.docx");

    await office.say("/export");
    await office.press("CSV");
    const csv = documentOf(office)!;
    expect(csv.fileName).toBe("Tổng hợp-DKTD NH 2026-2027-CSV.zip");
    expect(Object.keys((await JSZip.loadAsync(csv.content)).files)).toContain("Chưa nộp.csv");
  });

  it("answers in English for an English speaker, with the same Vietnamese document", async () => {
    const focal = new ChatUser(buildEngine(t, now), "4001");
    await focal.say("/language");
    await focal.press("English");
    await focal.say("/export");
    expect(focal.text()).toContain("Choose a file type");
    await focal.press("Excel");
    expect(documentOf(focal)!.caption).toContain("1 units");
    await focal.say("/language");
    await focal.press("Tiếng Việt");
  });
});

describe("export from the CLI", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-export-"));
  const run = (args: string[]) => cli(t, ["export", "--campaign", String(world.campaignId), ...args], { locale: "vi", now: clock });

  it("writes xlsx, csv, docx and zip where --out says", async () => {
    const xlsx = await run(["--format", "xlsx", "--out", path.join(dir, "tong-hop.xlsx")]);
    expect(xlsx.code).toBe(0);
    expect(xlsx.output).toContain("tong-hop.xlsx");
    expect((await readWorkbook(readFileSync(path.join(dir, "tong-hop.xlsx")))).worksheets).toHaveLength(8);

    const csv = await run(["--format", "csv", "--out", path.join(dir, "csv")]);
    expect(csv.code).toBe(0);
    expect(readdirSync(path.join(dir, "csv")).sort()).toEqual(
      [
        "Chưa nộp.csv",
        "Kết quả.csv",
        "Chỉ tiêu thi đua.csv",
        "Cá nhân.csv",
        "Sáng kiến.csv",
        "Tập thể.csv",
        "Tổng hợp.csv",
        "Điển hình tiên tiến.csv",
      ].sort(),
    );
    expect(readFileSync(path.join(dir, "csv", "Cá nhân.csv"), "utf8").startsWith("\uFEFFSTT,")).toBe(true);

    const docx = await run(["--format", "docx", "--unit", world.unitCode, "--out", dir]);
    expect(docx.code).toBe(0);
    expect(await docxText(readFileSync(path.join(dir, "Trường THPT Nguyễn Du-DKTD NH 2026-2027.docx")))).toContain("HIỆU TRƯỞNG");

    const zip = await run(["--format", "zip", "--out", path.join(dir, "all.zip")]);
    expect(zip.code).toBe(0);
    expect(Object.keys((await JSZip.loadAsync(readFileSync(path.join(dir, "all.zip")))).files)).toContain(
      "Trường THPT A-B- Cơ sở 2-DKTD NH 2026-2027.docx",
    );
  });

  it("explains a bad format and a docx without a unit, writing nothing", async () => {
    const bad = await run(["--format", "pdf", "--out", path.join(dir, "x.pdf")]);
    expect(bad.code).toBe(2);
    expect(bad.output).toContain("một trong xlsx, csv, docx, zip");
    const noUnit = await run(["--format", "docx", "--out", path.join(dir, "x.docx")]);
    expect(noUnit.code).toBe(2);
    expect(noUnit.output).toContain("--unit");
    expect(readdirSync(dir).some((f) => f.startsWith("x."))).toBe(false);
    const unknown = await cli(t, ["export", "--campaign", "999", "--format", "xlsx", "--out", path.join(dir, "y.xlsx")], {
      locale: "vi",
      now: clock,
    });
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain("Không có đợt thi đua số 999");
  });
});
