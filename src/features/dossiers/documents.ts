/**
 * The unit's dossier as Word documents in the official shape: the NĐ 30 national header of
 * src/exports/docx.ts, the form's headings, signature blocks, and the form followed named in the
 * footer (domain/dossiers FORMS). The words are the documents' fixed Vietnamese vocabulary.
 */
import { Paragraph, type Table } from "docx";
import type { LocalDate } from "../../domain/calendar.js";
import { FORMS, REPORT_SECTIONS, type ReportScope, type ReportSection } from "../../domain/dossiers.js";
import {
  grid,
  nationalHeader,
  officialDocument,
  para,
  run,
  sideBySide,
  signerBlock,
  signerTitle,
  STT,
  TEXT_WIDTH,
} from "../../exports/docx.js";
import { ratingName } from "../../domain/results.js";

export interface DossierHeader {
  superiorName: string | null;
  unitName: string;
  place: string;
  date: LocalDate;
  schoolYear: string;
  leader: { name: string; position: string } | null;
}

export interface ReportDoc {
  scope: ReportScope;
  name: string;
  titleName: string;
  /** "CÔNG NHẬN" a title the unit's head recognises, "TẶNG" what a higher level gives. */
  verb: "CÔNG NHẬN" | "TẶNG";
  answers: Partial<Record<ReportSection, string>>;
  /** Titles by year, from the records: the table of section III. */
  years: Array<{ schoolYear: string; titles: string; decision: string }>;
}

export interface ProposalLine {
  collective: boolean;
  name: string;
  position: string;
  titleName: string;
}

const HEADINGS: Record<ReportScope, Record<ReportSection, string>> = {
  individual: {
    bio: "I. SƠ LƯỢC LÝ LỊCH",
    duties: "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận",
    achievements: "2. Thành tích đạt được",
    initiatives: "3. Sáng kiến, đề tài, giải pháp và việc công nhận",
    awards: "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
  },
  collective: {
    bio: "I. ĐẶC ĐIỂM, TÌNH HÌNH",
    duties: "1. Chức năng, nhiệm vụ được giao",
    achievements: "2. Kết quả thực hiện nhiệm vụ",
    initiatives: "3. Sáng kiến, phong trào thi đua",
    awards: "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
  },
};

const heading = (text: string) =>
  new Paragraph({ children: [run(text, { bold: true })], keepNext: true, spacing: { before: 200, after: 80 } });
const body = (text: string) => text.split("\n").map((line) => para([run(line)], { align: "both", after: 60 }));
const title = (text: string, before = 360) => para([run(text, { bold: true, size: 28 })], { align: "center", before });
const subtitle = (text: string) => para([run(text, { bold: true })], { align: "center", after: 240 });
const header = (h: DossierHeader, symbol: string | null) => nationalHeader({ ...h, draft: false, symbol });
const spacer = () => new Paragraph({ children: [], keepNext: true });

/** Báo cáo thành tích: NĐ 98/2023's form for a person (Mẫu số 03) or a collective (Mẫu số 01). */
export function reportDocument(h: DossierHeader, r: ReportDoc) {
  const H = HEADINGS[r.scope];
  const children: Array<Paragraph | Table> = [
    header(h, null),
    title(FORMS[r.scope].heading),
    subtitle(`ĐỀ NGHỊ ${r.verb} ${r.titleName.toUpperCase()} NĂM HỌC ${h.schoolYear}`),
    para([run(r.scope === "individual" ? `Họ và tên: ${r.name}` : `Tên tập thể: ${r.name}`, { bold: true })], {
      align: "center",
      after: 240,
    }),
  ];
  for (const s of REPORT_SECTIONS) {
    if (s === "duties") children.push(heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"));
    children.push(heading(H[s]), ...body(r.answers[s] ?? ""));
  }
  const w = Math.round((TEXT_WIDTH - STT) / 3);
  children.push(
    grid(
      [
        ["STT", STT],
        ["Năm học", w],
        ["Danh hiệu thi đua, hình thức khen thưởng", w],
        ["Số, ngày quyết định", TEXT_WIDTH - STT - 2 * w],
      ],
      r.years.map((y, i) => [String(i + 1), y.schoolYear, y.titles, y.decision]),
      { keepWithNext: true, empty: "(Chưa có)" },
    ),
    spacer(),
    r.scope === "individual"
      ? sideBySide(
          signerBlock("THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ", h.leader?.name ?? null, "(Ký, đóng dấu)"),
          signerBlock("NGƯỜI BÁO CÁO THÀNH TÍCH", r.name, "(Ký, ghi rõ họ và tên)"),
          0.5,
        )
      : sideBySide(
          signerBlock("XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG", null, "(Ký, đóng dấu)"),
          signerBlock(signerTitle(h.leader), h.leader?.name ?? null, "(Ký, đóng dấu)"),
          0.5,
        ),
  );
  return officialDocument(`Báo cáo thành tích - ${r.name}`, children, FORMS[r.scope].footer);
}

const PROPOSAL_COLUMNS = (): Array<[string, number]> => [
  ["STT", STT],
  ["Họ và tên / Tập thể", 2900],
  ["Chức vụ", 1700],
  ["Danh hiệu, hình thức đề nghị", TEXT_WIDTH - STT - 2900 - 1700],
];

/** Tờ trình đề nghị khen thưởng: the unit asks the council above it, with the list of proposals. */
export function proposalDocument(h: DossierHeader, lines: ProposalLine[]) {
  const people = lines.filter((l) => !l.collective).length;
  const collectives = lines.length - people;
  const council = `Hội đồng Thi đua - Khen thưởng ${h.superiorName ?? "Sở Giáo dục và Đào tạo"}`;
  return officialDocument(
    `Tờ trình đề nghị khen thưởng năm học ${h.schoolYear}`,
    [
      header(h, "/TTr"),
      title(FORMS.proposal.heading),
      subtitle(`Về việc đề nghị khen thưởng năm học ${h.schoolYear}`),
      para([run(`Kính gửi: ${council}.`)], { align: "center", after: 240 }),
      ...body(
        [
          "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
          "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
          `Căn cứ kết quả bình xét thi đua năm học ${h.schoolYear} của ${h.unitName},`,
          `${h.unitName} kính trình ${council} xem xét, đề nghị khen thưởng cho ${people} cá nhân và ${collectives} tập thể, cụ thể như sau:`,
        ].join("\n"),
      ),
      grid(
        PROPOSAL_COLUMNS(),
        lines.map((l, i) => [String(i + 1), l.name, l.position, l.titleName]),
        { keepWithNext: true, empty: "(Không có)" },
      ),
      spacer(),
      ...body("(Có hồ sơ, báo cáo thành tích kèm theo.)"),
      sideBySide(
        [
          para([run("Nơi nhận:", { bold: true, italics: true, size: 24 })], { before: 240 }),
          para([run("- Như trên;", { size: 22 })]),
          para([run("- Lưu: VT.", { size: 22 })]),
        ],
        signerBlock(signerTitle(h.leader), h.leader?.name ?? null),
      ),
    ],
    FORMS.proposal.footer,
  );
}

/** Biên bản họp xét: the unit's council meeting, with the year's ratings and the proposals; times and votes left to fill in. */
export function minutesDocument(h: DossierHeader, ratings: Record<string, number>, lines: ProposalLine[]) {
  const rated = Object.values(ratings).reduce((a, b) => a + b, 0);
  const counts = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"].map((r) => `${ratingName(r)}: ${ratings[r] ?? 0}`).join("; ");
  return officialDocument(
    `Biên bản họp xét đề nghị khen thưởng năm học ${h.schoolYear}`,
    [
      header(h, "/BB"),
      title(FORMS.minutes.heading),
      subtitle(`Họp Hội đồng Thi đua - Khen thưởng xét đề nghị khen thưởng năm học ${h.schoolYear}`),
      ...body(
        [
          "Thời gian: ....... giờ ....... ngày ....... tháng ....... năm .......",
          `Địa điểm: ${h.unitName}.`,
          "Thành phần: ...........................................................................................",
          "Chủ trì: ....................................................; Thư ký: ....................................................",
        ].join("\n"),
      ),
      heading("1. Kết quả đánh giá, xếp loại năm học"),
      ...body(`Tổng số được đánh giá: ${rated}. ${counts}.`),
      heading("2. Các trường hợp đề nghị khen thưởng"),
      grid(
        PROPOSAL_COLUMNS(),
        lines.map((l, i) => [String(i + 1), l.name, l.position, l.titleName]),
        { empty: "(Không có)" },
      ),
      heading("3. Kết quả biểu quyết"),
      ...body(
        "Số thành viên Hội đồng có mặt: ......./.......; số phiếu đồng ý: ......./....... (tỉ lệ .......%). Cuộc họp kết thúc lúc ....... giờ ....... cùng ngày.",
      ),
      spacer(),
      sideBySide(
        signerBlock("THƯ KÝ", null, "(Ký, ghi rõ họ tên)"),
        signerBlock("CHỦ TỊCH HỘI ĐỒNG", h.leader?.name ?? null, "(Ký, ghi rõ họ tên)"),
        0.5,
      ),
    ],
    FORMS.minutes.footer,
  );
}
