import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportFile } from "../../../src/features/report/service.js";
import type { Actor } from "../../../src/flows/engine/types.js";
import { TZ } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { officeAvailable, pdfPageSizes, pdfPages, tempDir, toPdf } from "../../exports/office.js";
import { PREVIOUS, reportWorld, YEAR } from "./fixture.js";

/**
 * The report's files opened the way the Văn phòng opens them: LibreOffice converts the Word draft
 * and the workbook to PDF, poppler reads back the text of each page. On CI (CI=true) LibreOffice
 * must be there: the checks never skip.
 */

const CI = process.env.CI === "true";
const now = new Date("2026-11-22T03:00:00Z");
/** pdftotext -layout spreads a line over columns: compare with runs of spaces made one. */
const flat = (pages: string[]) => pages.join("\n").replace(/\s+/g, " ");

describe.runIf(CI)("office software on CI (report)", () => {
  it("is installed, so the report's rendering checks run", () => {
    expect(officeAvailable, "soffice and pdftotext must be installed on CI (.ci/run installs them)").toBe(true);
  });
});

describe.skipIf(!officeAvailable && !CI)("the year's report opened in LibreOffice", () => {
  let t: TestDatabase;
  let dir: string;
  const pages: { docx: string[]; xlsx: string[] } = { docx: [], xlsx: [] };
  let xlsxSizes: Array<{ width: number; height: number }> = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    const world = await reportWorld(t);
    const actor: Actor = {
      personId: world.office,
      provinceId: world.provinceId,
      unitId: null,
      unitName: null,
      fullName: "Mai Văn Phòng",
      position: "",
      roles: [{ role: "office", unitId: null }],
    };
    dir = tempDir("report-render-");
    const files: string[] = [];
    for (const format of ["docx", "xlsx"] as const) {
      const file = await reportFile(t.db, actor, YEAR, format, { now, timeZone: TZ });
      // Different names: each PDF is named after its file.
      const target = path.join(dir, `bao-cao-${format}.${format}`);
      writeFileSync(target, file.content);
      files.push(target);
    }
    const [docxPdf, xlsxPdf] = await toPdf(files, dir);
    pages.docx = await pdfPages(docxPdf!);
    pages.xlsx = await pdfPages(xlsxPdf!);
    xlsxSizes = await pdfPageSizes(xlsxPdf!);
  }, 240_000);
  afterAll(async () => {
    // OFFICE_RENDER_KEEP=1 keeps the files and PDFs for a look.
    if (dir && !process.env.OFFICE_RENDER_KEEP) rmSync(dir, { recursive: true, force: true });
    else if (dir) console.info(`report-render: files kept in ${dir}`);
    await t?.destroy();
  });

  it("shows the Word draft with its header, the seed's wording of the ratings and the appendix on a page of its own", () => {
    const first = pages.docx[0]!.replace(/\s+/g, " ");
    expect(first).toContain("DỰ THẢO");
    expect(first).toContain("UBND TỈNH NINH BÌNH");
    expect(first).toContain("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
    expect(first).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(first).toContain("Số: /BC-SGDĐT");
    const all = flat(pages.docx);
    expect(all).toContain("04/09 người được đánh giá hoàn thành xuất sắc nhiệm vụ (tỉ lệ 44,4%)");
    expect(all).toContain(`Năm học ${PREVIOUS}: 02/05 người được đánh giá hoàn thành xuất sắc nhiệm vụ (tỉ lệ 40%)`);
    const appendix = pages.docx.findIndex((p) => p.includes("PHỤ LỤC"));
    expect(appendix).toBeGreaterThan(0);
    expect(pages.docx[appendix]!.replace(/\s+/g, " ")).toContain(`Số liệu thi đua, khen thưởng năm học ${YEAR}`);
    expect(flat(pages.docx.slice(appendix))).toContain("07/09 (77,8%)");
    // The page number from page 2 on, none on the first.
    expect(pages.docx[1]!.trim().startsWith("2")).toBe(true);
  });

  it("prints the workbook on landscape pages with the figures, the lists and biểu 0603 in Vietnamese numbers", () => {
    expect(xlsxSizes.every((s) => s.width > s.height)).toBe(true);
    const all = flat(pages.xlsx);
    expect(all).toContain(`SỐ LIỆU TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM HỌC ${YEAR}`);
    expect(all).toContain("04/09 (tỉ lệ 44,4%)");
    expect(all).toContain("03/07 (tỉ lệ 42,9%)");
    // The lists: each award with its decision (the cell wraps, so its first line).
    expect(all).toContain("Hoàng Thị Giang QĐ số 220/QĐ-UBND ngày 01/07/2026");
    expect(all).toContain("Biểu số: 0603.N/BNV-TĐKT");
    expect(all).toContain("Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ Nội vụ");
    // Every page of the summary repeats its header row.
    const summary = pages.xlsx.filter((p) => p.includes("Nhóm số liệu"));
    expect(summary.length).toBeGreaterThan(0);
    expect(
      pages.xlsx
        .filter((p) => p.includes("Kết quả đánh giá, xếp loại") && !p.includes("Biểu số"))
        .every((p) => p.includes("Nhóm số liệu") || p.includes("Chỉ tiêu")),
    ).toBe(true);
  });
});
