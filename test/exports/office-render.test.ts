import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people, registrations, roles, unitTargets } from "../../src/db/schema.js";
import { exportFile } from "../../src/features/export/service.js";
import { loadCampaign } from "../../src/features/progress/service.js";
import { TZ } from "../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";
import { exportWorld, readWorkbook, type ExportWorld } from "./fixture.js";
import { horizontalRules, officeAvailable, pageGray, pdfPageSizes, pdfPages, pdfWords, tempDir, toPdf } from "./office.js";

/**
 * The exports opened the way a Văn phòng clerk opens them: the Word document and the workbook
 * converted by LibreOffice to PDF and read back as the text on each page; the CSVs opened with US
 * settings. One LibreOffice run per kind of file, shared by every assertion.
 *
 * OFFICE_RENDER_KEEP=<folder> keeps the files and PDFs there for a look.
 */

const CI = process.env.CI === "true";
if (!officeAvailable && !CI) {
  console.warn(
    "office-render: skipped, LibreOffice (soffice) or poppler-utils (pdftotext) is not installed. apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation2",
  );
}

describe.runIf(CI)("office software on CI", () => {
  it("is installed, so the rendering checks below run", () => {
    expect(officeAvailable, "soffice and pdftotext must be installed on CI (.ci/run installs them)").toBe(true);
  });
});

const now = new Date("2026-11-22T03:00:00Z");
const opts = { now, timeZone: TZ };

/** Names whose order shows the tones: every Dung before every Dũng, then family and middle names. */
const TONE_NAMES = ["Phạm Quốc Dũng", "Đặng Văn Dũng", "Đinh Thị Dung"];
const LONG_INITIATIVE = "Ứng dụng mô hình lớp học đảo ngược kết hợp học liệu số trong dạy học chủ đề Năng lượng tái tạo, môn Vật lý lớp 11";
const PHONE = "0852407310";
/** Only the added staff hold it: pages that show it are pages of Cá nhân. */
const POSITION = "Giáo viên Vật lý";
const GIVEN = [
  "Anh",
  "Bắc",
  "Châu",
  "Diệp",
  "Giang",
  "Hà",
  "Hải",
  "Hạnh",
  "Hiền",
  "Hoa",
  "Hùng",
  "Hương",
  "Khánh",
  "Lan",
  "Linh",
  "Loan",
  "Long",
  "Mai",
  "Minh",
  "Nam",
  "Ngọc",
];

describe.skipIf(!officeAvailable)("exports opened in LibreOffice", () => {
  let t: TestDatabase;
  let world: ExportWorld;
  let dir: string;
  let leaderName: string;
  const pdf = { docx: "", xlsx: "", draft: "" };
  const pages: Record<keyof typeof pdf, string[]> = { docx: [], xlsx: [], draft: [] };
  /** The CSVs as the spreadsheet read them. */
  const opened: { summary?: ExcelJS.Worksheet; late?: ExcelJS.Worksheet } = {};

  beforeAll(async () => {
    t = await createTestDatabase();
    world = await exportWorld(t, now);
    const db = t.db;
    // Enough approved registrations for a three-page document and a two-page sheet.
    const extra = [...TONE_NAMES, ...GIVEN.flatMap((g) => [`Hoàng Thị ${g}`, `Vũ Văn ${g}`])];
    const base = { provinceId: world.provinceId, campaignId: world.campaignId, unitId: world.unitId };
    for (const [i, fullName] of extra.entries()) {
      const [p] = await db
        .insert(people)
        .values({ provinceId: world.provinceId, unitId: world.unitId, fullName, position: POSITION })
        .returning();
      await db.insert(registrations).values({
        ...base,
        personId: p!.id,
        titleCode: "LDTT",
        status: "approved",
        initiativeTitle: i % 3 === 0 ? LONG_INITIATIVE : null,
        initiativeSubject: i % 3 === 0 ? "Vật lý" : null,
      });
    }
    await db.insert(unitTargets).values([
      { ...base, content: "=Tỷ lệ chuyên cần", measure: "%", planned: "98,5" },
      { ...base, content: "Số học sinh giỏi cấp tỉnh tăng", measure: "học sinh", planned: "+2" },
    ]);
    const [otherFocal] = await db
      .select({ id: roles.personId })
      .from(roles)
      .where(and(eq(roles.unitId, world.otherUnitId), eq(roles.role, "focal")));
    await db.update(people).set({ phone: PHONE }).where(eq(people.id, otherFocal!.id));
    const [leader] = await db
      .select({ name: people.fullName })
      .from(roles)
      .innerJoin(people, eq(people.id, roles.personId))
      .where(and(eq(roles.unitId, world.unitId), eq(roles.role, "unit_leader")));
    leaderName = leader!.name;

    const campaign = await loadCampaign(db, world.provinceId, world.campaignId);
    const docx = await exportFile(db, campaign, { provinceId: world.provinceId, unitIds: [world.unitId] }, "docx", opts);
    const draft = await exportFile(db, campaign, { provinceId: world.provinceId, unitIds: [world.otherUnitId] }, "docx", opts);
    const xlsx = await exportFile(db, campaign, { provinceId: world.provinceId, unitIds: null }, "xlsx", opts);
    const csv = await exportFile(db, campaign, { provinceId: world.provinceId, unitIds: null }, "csv", opts);
    dir = tempDir("office-render-");
    const files = {
      docx: path.join(dir, "ban-dang-ky.docx"),
      draft: path.join(dir, "du-thao.docx"),
      xlsx: path.join(dir, "tong-hop.xlsx"),
      summaryCsv: path.join(dir, "csv-tong-hop.csv"),
      lateCsv: path.join(dir, "csv-chua-nop.csv"),
    };
    writeFileSync(files.docx, docx!.content);
    writeFileSync(files.xlsx, xlsx!.content);
    writeFileSync(files.draft, draft!.content);
    const zip = await JSZip.loadAsync(csv!.content);
    writeFileSync(files.summaryCsv, await zip.file("Tổng hợp.csv")!.async("uint8array"));
    writeFileSync(files.lateCsv, await zip.file("Chưa nộp.csv")!.async("uint8array"));

    [pdf.docx, pdf.xlsx, pdf.draft] = (await toPdf([files.docx, files.xlsx, files.draft], dir)) as [string, string, string];
    // A double-click in a spreadsheet with US settings: comma-separated UTF-8, numbers and dates recognised.
    const [summaryXlsx, lateXlsx] = await toPdf([files.summaryCsv, files.lateCsv], dir, {
      infilter: "CSV:44,34,76,1,,1033,false,true",
      to: "xlsx",
    });
    opened.summary = (await readWorkbook(readFileSync(summaryXlsx!))).worksheets[0];
    opened.late = (await readWorkbook(readFileSync(lateXlsx!))).worksheets[0];
    for (const k of Object.keys(pdf) as Array<keyof typeof pdf>) pages[k] = await pdfPages(pdf[k]);

    if (process.env.OFFICE_RENDER_KEEP) {
      mkdirSync(process.env.OFFICE_RENDER_KEEP, { recursive: true });
      for (const f of [...Object.values(files), ...Object.values(pdf), summaryXlsx!, lateXlsx!])
        copyFileSync(f, path.join(process.env.OFFICE_RENDER_KEEP, path.basename(f)));
    }
  }, 300_000);

  afterAll(async () => {
    await t?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const lines = (ps: string[]) => ps.flatMap((p) => p.split("\n"));

  describe("the Word registration document", () => {
    it("opens with the NĐ 30 header: the bodies, the quốc hiệu, Số: and the place and date level with it", () => {
      const first = pages.docx[0]!;
      for (const text of [
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "TRƯỜNG THPT NGUYỄN DU",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BẢN ĐĂNG KÝ THI ĐUA NĂM HỌC 2026-2027",
      ]) {
        expect(first).toContain(text);
      }
      // "Số:" on the left and the date on the right share one line, as in every administrative document.
      const numberLine = first.split("\n").find((l) => l.includes("Số:"));
      expect(numberLine).toMatch(/Số:\s+\/ĐKTĐ\s+Demo, ngày 20 tháng 11 năm 2026/);
      expect(first).not.toContain("DỰ THẢO");
    });

    it("marks an unsubmitted unit's document DỰ THẢO, its day and month left blank", () => {
      const first = pages.draft[0]!;
      expect(first).toContain("DỰ THẢO");
      expect(first).toMatch(/Số:\s+\/ĐKTĐ\s+Demo, ngày\s+tháng\s+năm 2026/);
    });

    it("shows STT on one line, page numbers from page 2, and the header row again on the next page", () => {
      expect(pages.docx.length).toBeGreaterThanOrEqual(2);
      const all = lines(pages.docx);
      const headerLines = all.filter((l) => /Họ và tên/.test(l));
      expect(headerLines.length).toBeGreaterThanOrEqual(2);
      for (const l of headerLines) expect(l).toMatch(/STT\s+Họ và tên\s+Chức vụ/);
      expect(all.some((l) => /^\s*ST\s*$|^\s*T\s*$/.test(l))).toBe(false);
      // Page 1 carries no number; page n starts with n.
      expect(pages.docx[0]!.trim().split("\n")[0]!.trim()).not.toBe("1");
      pages.docx.slice(1).forEach((p, i) => expect(p.trim().split("\n")[0]!.trim()).toBe(String(i + 2)));
      // The repeated header row: the page after the first still starts its table with the column names.
      expect(pages.docx[1]).toMatch(/STT\s+Họ và tên/);
    });

    it("lists the approved registrations only, Dung before Dũng, and is signed by the position and name of the leader", () => {
      const text = pages.docx.join("\n");
      expect(text).toContain("Nguyễn Văn Bình");
      expect(text).not.toContain("Trần Thị An"); // pending
      expect(text).not.toContain("Lê Văn An"); // returned
      const order = ["Đinh Thị Dung", "Đặng Văn Dũng", "Phạm Quốc Dũng"].map((n) => text.indexOf(n));
      expect(order.every((i) => i > 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      const last = pages.docx.at(-1)!;
      expect(last).toContain("HIỆU TRƯỞNG");
      expect(last).toContain(leaderName);
      expect(text).not.toContain("THỦ TRƯỞNG ĐƠN VỊ");
      // The long sáng kiến title wraps over a few lines, not eight.
      const rowLines = lines(pages.docx).filter((l) =>
        /Ứng dụng mô hình|lớp học đảo|học liệu số|chủ đề Năng|tái tạo|Vật lý lớp 11/.test(l),
      );
      expect(rowLines.length).toBeGreaterThan(0);
    });

    it("draws the grid of the last table, and none around the signature, which shares the table's page", async () => {
      const words = await pdfWords(pdf.docx);
      const heading = words.find((w) => w.text === "III.")!;
      const receivers = words.find((w) => w.text === "Nơi")!;
      const lastRow = words.find((w) => w.text === "Toán" && w.page === receivers.page);
      expect(lastRow, "the last row of the table is on the page of the signature").toBeTruthy();
      const dpi = 50;
      const px = (pt: number) => Math.round((pt * dpi) / 72);
      const img = await pageGray(pdf.docx, receivers.page, dpi, dir);
      const rules = horizontalRules(img, 0.5);
      // Runs of adjacent rows are one rule.
      const distinct = rules.filter((y, i) => i === 0 || y - rules[i - 1]! > 1);
      const top = heading.page === receivers.page ? px(heading.yMin) : 0;
      // Around the last row at least: its top and bottom rule.
      expect(distinct.filter((y) => y > top && y < px(receivers.yMin)).length).toBeGreaterThanOrEqual(2);
      expect(distinct.filter((y) => y > px(lastRow!.yMin) && y < px(receivers.yMin)).length).toBe(1);
      expect(distinct.filter((y) => y > px(receivers.yMin))).toEqual([]);
    });
  });

  describe("the Excel workbook", () => {
    it("shows formula-like text as typed, without an apostrophe", () => {
      const text = pages.xlsx.join("\n");
      expect(text).toContain("-5% học sinh bỏ học");
      expect(text).toContain("=Tỷ lệ chuyên cần");
      expect(text).toMatch(/học sinh\s+\+2/);
      expect(text).not.toMatch(/'[-=+@]/);
    });

    it("prints on A4 landscape, every column on the page, the header row repeated on each page", async () => {
      const sizes = await pdfPageSizes(pdf.xlsx);
      expect(sizes.length).toBe(pages.xlsx.length);
      for (const s of sizes) {
        expect(Math.round(s.width)).toBe(842);
        expect(Math.round(s.height)).toBe(595);
      }
      // Cá nhân runs over two pages at least; each of its pages starts with the whole header row.
      const individualPages = pages.xlsx.filter((p) => p.includes(POSITION));
      expect(individualPages.length).toBeGreaterThanOrEqual(2);
      for (const p of individualPages) expect(p).toMatch(/STT\s+Họ và tên\s+Chức vụ\s+Đơn vị\s+Danh hiệu đăng ký[\s\S]*Lý do trả lại/);
      expect(pages.xlsx.join("\n")).toContain("Sai chức vụ");
    });

    it("totals Tổng hợp and numbers the pages", () => {
      // 50 registrations in the province (the withdrawn ones never count), 49 of them Lao động tiên tiến.
      const totals = pages.xlsx.find((p) => p.includes("Tổng cộng"));
      expect(totals).toMatch(/Tổng cộng\s+50\s+49\s+1\s/);
      expect(pages.xlsx[0]).toContain(`Trang 1/${pages.xlsx.length}`);
    });
  });

  describe("the CSV files opened with US settings", () => {
    const cells = (ws: ExcelJS.Worksheet | undefined, column: string) => {
      const col = (ws!.getRow(1).values as unknown[]).indexOf(column);
      return Array.from({ length: ws!.rowCount - 1 }, (_, i) => ws!.getRow(i + 2).getCell(col).value);
    };

    it("keep a phone number as text, leading zero included", () => {
      expect(cells(opened.late, "Số điện thoại")).toContain("0852 407 310");
    });

    it("read a submission time as that day and hour, not with day and month swapped", () => {
      const at = cells(opened.summary, "Thời điểm nộp").filter((v) => v !== null && v !== undefined);
      expect(at.length).toBe(1);
      // Read as a date (not text); spreadsheets keep no zone, so the wall clock of Vietnam.
      expect(at[0]).toBeInstanceOf(Date);
      expect((at[0] as Date).toISOString()).toBe("2026-11-20T23:30:00.000Z");
    });
  });
});
