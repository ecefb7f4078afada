import { writeFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minutesDocument, proposalDocument, reportDocument, type DossierHeader } from "../../../src/features/dossiers/documents.js";
import { toDocx } from "../../../src/features/results/documents.js";
import { officeAvailable, pdfPages, tempDir, toPdf } from "../../exports/office.js";

/**
 * The dossier's Word documents opened the way the Văn phòng opens them: LibreOffice to PDF, read
 * back with pdftotext: the NĐ 30 header, the form's headings, the signature blocks, and the form
 * named in the footer of every page.
 */

const CI = process.env.CI === "true";

describe.runIf(CI)("office software on CI (dossiers)", () => {
  it("is installed, so the rendering checks below run", () => {
    expect(officeAvailable, "soffice and pdftotext must be installed on CI").toBe(true);
  });
});

const header: DossierHeader = {
  superiorName: "Sở Giáo dục và Đào tạo",
  unitName: "Trường THPT Nguyễn Du",
  place: "Ninh Bình",
  date: { year: 2026, month: 12, day: 5 },
  schoolYear: "2026-2027",
  leader: { name: "Trần Văn Hùng", position: "Hiệu trưởng" },
};
const LONG = Array.from(
  { length: 40 },
  (_, i) => `Hoạt động ${i + 1}: tổ chức chuyên đề dạy học theo định hướng phát triển năng lực học sinh, có số liệu cụ thể.`,
).join("\n");

describe.skipIf(!officeAvailable)("the dossier's documents in LibreOffice", () => {
  let dir = "";
  const pages: Record<"report" | "collective" | "proposal" | "minutes", string[]> = {
    report: [],
    collective: [],
    proposal: [],
    minutes: [],
  };

  beforeAll(async () => {
    dir = tempDir("dossier-render-");
    const lines = [
      { collective: true, name: "Trường THPT Nguyễn Du", position: "", titleName: "Cờ thi đua của Ủy ban nhân dân tỉnh" },
      { collective: false, name: "Nguyễn Thị Ánh", position: "Giáo viên", titleName: "Chiến sĩ thi đua cơ sở" },
    ];
    const docs = {
      report: reportDocument(header, {
        scope: "individual",
        name: "Nguyễn Thị Ánh",
        titleName: "danh hiệu “Chiến sĩ thi đua cơ sở”",
        verb: "CÔNG NHẬN",
        answers: {
          bio: "Họ và tên: Nguyễn Thị Ánh. Sinh ngày 12/03/1985.",
          duties: "Dạy Vật lý lớp 11A1.",
          achievements: LONG,
          initiatives: "- Sáng kiến “Dạy học STEM”, Quyết định số 112/QĐ-SGDĐT.",
          awards: "- Năm học 2025-2026: Chiến sĩ thi đua cơ sở.",
        },
        years: [{ schoolYear: "2025-2026", titles: "Lao động tiên tiến, Chiến sĩ thi đua cơ sở", decision: "45/QĐ-SGDĐT" }],
      }),
      collective: reportDocument(header, {
        scope: "collective",
        name: "Trường THPT Nguyễn Du",
        titleName: "Cờ thi đua của Ủy ban nhân dân tỉnh",
        verb: "TẶNG",
        answers: { bio: "Trường có 36 lớp." },
        years: [],
      }),
      proposal: proposalDocument(header, lines),
      minutes: minutesDocument(header, { HTXSNV: 20, HTTNV: 40, HTNV: 3 }, lines),
    };
    const files = await Promise.all(
      Object.entries(docs).map(async ([k, d]) => {
        const f = path.join(dir, `${k}.docx`);
        writeFileSync(f, await toDocx(d));
        return f;
      }),
    );
    const pdfs = await toPdf(files, dir);
    for (const [i, k] of (Object.keys(docs) as Array<keyof typeof pages>).entries()) pages[k] = await pdfPages(pdfs[i]!);
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("the báo cáo thành tích: NĐ 30 header, Mẫu số 03's headings, two signers, the form in every page's footer", () => {
    const first = pages.report[0]!;
    for (const text of [
      "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
      "TRƯỜNG THPT NGUYỄN DU",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Ninh Bình, ngày 05 tháng 12 năm 2026",
      "BÁO CÁO THÀNH TÍCH",
      "I. SƠ LƯỢC LÝ LỊCH",
      "II. THÀNH TÍCH ĐẠT ĐƯỢC",
    ])
      expect(first).toContain(text);
    expect(first).toMatch(
      /ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU “CHIẾN SĨ THI ĐUA CƠ SỞ” NĂM\s+HỌC 2026-2027|ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU “CHIẾN SĨ THI ĐUA CƠ SỞ” NĂM HỌC 2026-2027/,
    );
    // A report has no number of its own.
    expect(first).not.toContain("Số:");
    expect(pages.report.length).toBeGreaterThan(1);
    const all = pages.report.join("\n");
    expect(all).toContain("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG");
    expect(all).toContain("45/QĐ-SGDĐT");
    // The two signers side by side, the candidate's name under the right one.
    expect(all).toMatch(/THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN,\s+NGƯỜI BÁO CÁO THÀNH TÍCH/);
    expect(all).toMatch(/\(Ký, đóng dấu\)\s+Nguyễn Thị Ánh\s+Trần Văn Hùng/);
    for (const page of pages.report) expect(page.replace(/\s+/g, " ")).toContain("Mẫu số 03, Phụ lục kèm theo Nghị định số 98/2023/NĐ-CP");
  });

  it("a collective's report follows Mẫu số 01, signed by the head", () => {
    const all = pages.collective.join("\n");
    expect(all).toContain("I. ĐẶC ĐIỂM, TÌNH HÌNH");
    expect(all).toContain("ĐỀ NGHỊ TẶNG CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH");
    expect(all).toContain("HIỆU TRƯỞNG");
    expect(all.replace(/\s+/g, " ")).toContain("Mẫu số 01, Phụ lục kèm theo Nghị định số 98/2023/NĐ-CP");
  });

  it("the tờ trình and the biên bản: their numbers, headings, tables, signers and footers", () => {
    const p = pages.proposal.join("\n");
    expect(p).toMatch(/Số:\s+\/TTr\s+Ninh Bình, ngày 05 tháng 12 năm 2026/);
    expect(p).toContain("TỜ TRÌNH");
    expect(p).toContain("Kính gửi: Hội đồng Thi đua - Khen thưởng Sở Giáo dục và Đào tạo.");
    expect(p).toContain("1 cá nhân và 1 tập thể");
    expect(p).toContain("Nguyễn Thị Ánh");
    expect(p).toContain("HIỆU TRƯỞNG");
    expect(p.replace(/\s+/g, " ")).toContain("Tờ trình: thể thức theo Nghị định số 30/2020/NĐ-CP");
    const m = pages.minutes.join("\n");
    expect(m).toMatch(/Số:\s+\/BB/);
    expect(m).toContain("BIÊN BẢN");
    expect(m).toContain("Tổng số được đánh giá: 63. Hoàn thành xuất sắc nhiệm vụ: 20");
    expect(m).toMatch(/THƯ KÝ\s+CHỦ TỊCH HỘI ĐỒNG/);
    expect(m.replace(/\s+/g, " ")).toContain("Biên bản họp xét: thể thức theo Nghị định số 30/2020/NĐ-CP");
  });
});
