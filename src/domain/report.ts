/**
 * The year's report (báo cáo tổng kết): the figures a Sở writes into its tổng kết, computed from the
 * recorded years, and the list of people or units behind every figure. Pure: records in, figures
 * and trace rows out; the same function serves this school year and the one before, so the two
 * columns of the report are computed alike.
 *
 * Sources (what the feature reads into these records):
 * - ratings and individual titles: each person's recorded year (person_years: results submitted
 *   in the chat, decisions recorded, past years imported). A title is counted as held, the ladder
 *   included (a CSTĐCS is also counted under LĐTT), as person_years stores it;
 * - collective titles: each unit's (or tổ's) recorded year (unit_years);
 * - awards (Giấy khen, Bằng khen): the people named in the year's decisions (decision_people);
 *   decisions name people only, so collective awards are not counted;
 * - sáng kiến: recognised ones, by the school year their recognition date falls in, by scope;
 * - điển hình tiên tiến: the year's nominations sent to the Sở (presented) and those accepted.
 */
import { RATING_NAMES } from "./results.js";
import { COLLECTIVE_TITLE_CODES, getTitle, INDIVIDUAL_TITLE_CODES, type TitleCode } from "./titles.js";

export const REPORT_RATINGS = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const;
export type ReportRating = (typeof REPORT_RATINGS)[number];

export interface ReportUnit {
  id: number;
  code: string;
  name: string;
  kind: string;
  cluster: string | null;
}

export interface PersonYearRecord {
  personId: number;
  name: string;
  position: string;
  unitId: number | null;
  schoolYear: string;
  rating: ReportRating | null;
  titles: readonly string[];
  decision: string | null;
}

export interface UnitYearRecord {
  unitId: number;
  /** A tổ of the unit; null for the unit itself. */
  groupName: string | null;
  schoolYear: string;
  titles: readonly string[];
}

export interface AwardRecord {
  personId: number;
  name: string;
  unitId: number | null;
  schoolYear: string;
  titleCode: string;
  decisionNumber: string;
  /** ISO date. */
  signedOn: string;
  level: string;
}

export interface InitiativeRecord {
  id: number;
  title: string;
  author: string;
  unitId: number | null;
  scope: "co_so" | "tinh" | "toan_quoc";
  decisionNumber: string | null;
  /** ISO date of the recognition. */
  decidedOn: string | null;
  schoolYear: string;
}

export interface NominationRecord {
  id: number;
  nominee: string;
  kind: "individual" | "collective";
  unitId: number;
  field: string;
  schoolYear: string;
  status: "draft" | "submitted" | "returned" | "accepted";
}

export interface ReportInput {
  schoolYear: string;
  previousYear: string;
  units: readonly ReportUnit[];
  personYears: readonly PersonYearRecord[];
  unitYears: readonly UnitYearRecord[];
  awards: readonly AwardRecord[];
  initiatives: readonly InitiativeRecord[];
  nominations: readonly NominationRecord[];
}

/** The figure groups, each with its trace sheet. */
export const FIGURE_GROUPS = ["ratings", "individualTitles", "collectiveTitles", "awards", "initiatives", "models"] as const;
export type FigureGroup = (typeof FIGURE_GROUPS)[number];

export const GROUP_NAMES: Record<FigureGroup, string> = {
  ratings: "Kết quả đánh giá, xếp loại",
  individualTitles: "Danh hiệu thi đua cá nhân",
  collectiveTitles: "Danh hiệu thi đua tập thể",
  awards: "Hình thức khen thưởng cá nhân",
  initiatives: "Sáng kiến được công nhận",
  models: "Điển hình tiên tiến",
};

/** Where a figure is counted: the whole province, one unit kind, or one cluster. */
export type Breakdown = { by: "all" } | { by: "kind"; kind: string } | { by: "cluster"; cluster: string };

export interface YearFigure {
  count: number;
  /** The denominator of the rate; null where a rate means nothing (awards, sáng kiến). */
  total: number | null;
}

export interface Figure {
  group: FigureGroup;
  item: string;
  /** The item in the report's wording: "Hoàn thành xuất sắc nhiệm vụ", "Lao động tiên tiến"… */
  label: string;
  breakdown: Breakdown;
  current: YearFigure;
  previous: YearFigure;
}

/** One line behind the figures: a person or a unit with the item it counts for, in a school year. */
export interface TraceRow {
  group: FigureGroup;
  item: string;
  label: string;
  schoolYear: string;
  unit: ReportUnit | null;
  /** The person or collective (a unit's name, or "tổ … — unit"). */
  who: string;
  position: string;
  /** Decision number, date, level, scope or status: what makes the line checkable. */
  detail: string;
}

export interface ReportFigures {
  schoolYear: string;
  previousYear: string;
  figures: Figure[];
  trace: TraceRow[];
}

/* ---------- Vietnamese numbers ---------- */

/** Thousands with a dot: 1234567 → "1.234.567". */
export function formatVnNumber(n: number): string {
  const [int, frac] = Math.abs(n).toString().split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${n < 0 ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/** A count as a Vietnamese report writes it: below 10 with a leading zero ("01/63", "09/63"). */
export function formatVnCount(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : formatVnNumber(n);
}

/** The rate in percent with one decimal, rounded half up (30/63 → 47.6); null without a denominator. */
export function ratePercent(count: number, total: number | null): number | null {
  if (!total) return null;
  return Math.round((count * 1000) / total) / 10;
}

/** "47,6%", "100%": one decimal with a comma, none when it is whole. */
export function formatVnPercent(percent: number): string {
  const fixed = (Math.round(percent * 10) / 10).toFixed(1).replace(/\.0$/, "");
  return `${formatVnNumber(Number(fixed.split(".")[0]))}${fixed.includes(".") ? `,${fixed.split(".")[1]}` : ""}%`;
}

/** "30/63 (tỉ lệ 47,6%)" ("30/63 (47,6%)" in a narrow table), or the count alone where there is no denominator. */
export function formatFigure(f: YearFigure, opts: { short?: boolean } = {}): string {
  const rate = ratePercent(f.count, f.total);
  return rate === null
    ? formatVnCount(f.count)
    : `${formatVnCount(f.count)}/${formatVnCount(f.total!)} (${opts.short ? "" : "tỉ lệ "}${formatVnPercent(rate)})`;
}

export { RATING_NAMES };

/**
 * The ratings as seed 000 writes them: "30/63 người được đánh giá hoàn thành xuất sắc nhiệm vụ
 * (tỉ lệ 47,6%); 32/63 người được đánh giá hoàn thành tốt nhiệm vụ (tỉ lệ 50,8%); …; không có cá
 * nhân không hoàn thành nhiệm vụ."
 */
export function ratingSentence(counts: Record<ReportRating, number>, total: number): string {
  if (total === 0) return "chưa có người được đánh giá, xếp loại.";
  const parts = REPORT_RATINGS.map((r) => {
    const words = RATING_NAMES[r].toLowerCase();
    if (counts[r] === 0) return `không có cá nhân ${words}`;
    return `${formatVnCount(counts[r])}/${formatVnCount(total)} người được đánh giá ${words} (tỉ lệ ${formatVnPercent(ratePercent(counts[r], total)!)})`;
  });
  return `${parts.join("; ")}.`;
}

/* ---------- The figures ---------- */

export const AWARD_ITEMS = [
  "GIAY_KHEN_DON_VI",
  "GIAY_KHEN_GIAM_DOC_SO",
  "BANG_KHEN_UBND_TINH",
  "BANG_KHEN_BO_GDDT",
  "BANG_KHEN_THU_TUONG",
] as const;
export const INITIATIVE_SCOPES = ["co_so", "tinh", "toan_quoc"] as const;
export const INITIATIVE_SCOPE_NAMES: Record<(typeof INITIATIVE_SCOPES)[number], string> = {
  co_so: "Phạm vi ảnh hưởng cấp cơ sở",
  tinh: "Phạm vi ảnh hưởng cấp tỉnh",
  toan_quoc: "Phạm vi ảnh hưởng toàn quốc",
};
export const MODEL_ITEMS = ["presented_individual", "presented_collective", "accepted_individual", "accepted_collective"] as const;
const MODEL_NAMES: Record<(typeof MODEL_ITEMS)[number], string> = {
  presented_individual: "Cá nhân điển hình được giới thiệu",
  presented_collective: "Tập thể điển hình được giới thiệu",
  accepted_individual: "Cá nhân điển hình được công nhận",
  accepted_collective: "Tập thể điển hình được công nhận",
};
export const NOMINATION_STATUS_NAMES: Record<NominationRecord["status"], string> = {
  draft: "Đang soạn",
  submitted: "Đã gửi",
  returned: "Trả lại để bổ sung",
  accepted: "Được công nhận",
};
const LEVEL_NAMES: Record<string, string> = {
  THU_TRUONG_DON_VI: "Thủ trưởng đơn vị",
  CHU_TICH_UBND_XA: "Chủ tịch UBND xã",
  GIAM_DOC_SO: "Giám đốc Sở",
  UBND_TINH: "Chủ tịch UBND tỉnh",
  BO_GDDT: "Bộ trưởng Bộ GDĐT",
  THU_TUONG: "Thủ tướng Chính phủ",
};

const titleName = (code: string) => getTitle(code as TitleCode).nameVi;
const vnDate = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "");

/** A figure's items in order, with their wording and whether they carry a rate. */
function itemsOf(group: FigureGroup): Array<{ item: string; label: string }> {
  switch (group) {
    case "ratings":
      return REPORT_RATINGS.map((r) => ({ item: r, label: RATING_NAMES[r] }));
    case "individualTitles":
      return INDIVIDUAL_TITLE_CODES.map((c) => ({ item: c, label: titleName(c) }));
    case "collectiveTitles":
      return COLLECTIVE_TITLE_CODES.map((c) => ({ item: c, label: titleName(c) }));
    case "awards":
      return AWARD_ITEMS.map((c) => ({ item: c, label: titleName(c) }));
    case "initiatives":
      return INITIATIVE_SCOPES.map((s) => ({ item: s, label: INITIATIVE_SCOPE_NAMES[s] }));
    case "models":
      return MODEL_ITEMS.map((m) => ({ item: m, label: MODEL_NAMES[m] }));
  }
}

/** Every trace row of one school year. */
function traceOfYear(input: ReportInput, year: string, unitOf: (id: number | null) => ReportUnit | null): TraceRow[] {
  const rows: TraceRow[] = [];
  const add = (group: FigureGroup, item: string, label: string, unitId: number | null, who: string, position: string, detail: string) =>
    rows.push({ group, item, label, schoolYear: year, unit: unitOf(unitId), who, position, detail });
  for (const p of input.personYears.filter((x) => x.schoolYear === year)) {
    if (p.rating) add("ratings", p.rating, RATING_NAMES[p.rating], p.unitId, p.name, p.position, "");
    for (const code of INDIVIDUAL_TITLE_CODES)
      if (p.titles.includes(code)) add("individualTitles", code, titleName(code), p.unitId, p.name, p.position, p.decision ?? "");
  }
  for (const u of input.unitYears.filter((x) => x.schoolYear === year)) {
    const unit = unitOf(u.unitId);
    const who = u.groupName ? `${u.groupName} (${unit?.name ?? ""})` : (unit?.name ?? "");
    for (const code of COLLECTIVE_TITLE_CODES)
      if (u.titles.includes(code)) add("collectiveTitles", code, titleName(code), u.unitId, who, "", "");
  }
  for (const a of input.awards.filter((x) => x.schoolYear === year && (AWARD_ITEMS as readonly string[]).includes(x.titleCode))) {
    add(
      "awards",
      a.titleCode,
      titleName(a.titleCode),
      a.unitId,
      a.name,
      "",
      `QĐ số ${a.decisionNumber} ngày ${vnDate(a.signedOn)} (${LEVEL_NAMES[a.level] ?? a.level})`,
    );
  }
  for (const i of input.initiatives.filter((x) => x.schoolYear === year)) {
    const decided = i.decisionNumber ? `QĐ số ${i.decisionNumber}${i.decidedOn ? ` ngày ${vnDate(i.decidedOn)}` : ""}: ` : "";
    add("initiatives", i.scope, INITIATIVE_SCOPE_NAMES[i.scope], i.unitId, i.author, "", `${decided}${i.title}`);
  }
  for (const n of input.nominations.filter((x) => x.schoolYear === year && x.status !== "draft")) {
    const detail = `${n.field} (${NOMINATION_STATUS_NAMES[n.status]})`;
    add("models", `presented_${n.kind}`, MODEL_NAMES[`presented_${n.kind}`], n.unitId, n.nominee, "", detail);
    if (n.status === "accepted") add("models", `accepted_${n.kind}`, MODEL_NAMES[`accepted_${n.kind}`], n.unitId, n.nominee, "", detail);
  }
  return rows;
}

const inBreakdown = (unit: ReportUnit | null, b: Breakdown) =>
  b.by === "all" || (b.by === "kind" ? unit?.kind === b.kind : unit?.cluster === b.cluster);

/**
 * The report's figures: every item of every group for the province, each unit kind and each
 * cluster, this year next to the year before; and the trace rows they are counted from. Unit
 * kinds and clusters come in the order of the units list (the first unit of each).
 */
export function computeReport(input: ReportInput): ReportFigures {
  const byId = new Map(input.units.map((u) => [u.id, u]));
  const unitOf = (id: number | null) => (id === null ? null : (byId.get(id) ?? null));
  const trace = [...traceOfYear(input, input.previousYear, unitOf), ...traceOfYear(input, input.schoolYear, unitOf)];
  const kinds = [...new Set(input.units.map((u) => u.kind))];
  const clusters = [...new Set(input.units.map((u) => u.cluster).filter((c): c is string => c !== null))];
  const breakdowns: Breakdown[] = [
    { by: "all" },
    ...kinds.map((kind) => ({ by: "kind" as const, kind })),
    ...clusters.map((cluster) => ({ by: "cluster" as const, cluster })),
  ];

  const figures: Figure[] = [];
  for (const group of FIGURE_GROUPS) {
    for (const b of breakdowns) {
      const yearFigure = (year: string, item: string): YearFigure => {
        const rows = trace.filter((r) => r.group === group && r.schoolYear === year && inBreakdown(r.unit, b));
        const count = rows.filter((r) => r.item === item).length;
        // People rated are the base of the ratings and of the individual titles; the điển hình
        // accepted are a share of those presented.
        let total: number | null = null;
        if (group === "ratings" || group === "individualTitles")
          total = trace.filter((r) => r.group === "ratings" && r.schoolYear === year && inBreakdown(r.unit, b)).length;
        if (group === "models" && item.startsWith("accepted_"))
          total = rows.filter((r) => r.item === item.replace("accepted_", "presented_")).length;
        return { count, total };
      };
      for (const { item, label } of itemsOf(group))
        figures.push({
          group,
          item,
          label,
          breakdown: b,
          current: yearFigure(input.schoolYear, item),
          previous: yearFigure(input.previousYear, item),
        });
    }
  }
  return { schoolYear: input.schoolYear, previousYear: input.previousYear, figures, trace };
}

/** "Toàn tỉnh", "Loại đơn vị: THPT", "Cụm: Cụm 1". */
export function breakdownLabel(b: Breakdown): string {
  return b.by === "all" ? "Toàn tỉnh" : b.by === "kind" ? `Loại đơn vị: ${b.kind}` : `Cụm, khối thi đua: ${b.cluster}`;
}

export const figureOf = (r: ReportFigures, group: FigureGroup, item: string, b: Breakdown = { by: "all" }): Figure | undefined =>
  r.figures.find((f) => f.group === group && f.item === item && JSON.stringify(f.breakdown) === JSON.stringify(b));

/** The rating counts of one year for one breakdown, for `ratingSentence`. */
export function ratingCounts(
  r: ReportFigures,
  year: "current" | "previous",
  b: Breakdown = { by: "all" },
): { counts: Record<ReportRating, number>; total: number } {
  const counts = Object.fromEntries(REPORT_RATINGS.map((x) => [x, figureOf(r, "ratings", x, b)?.[year].count ?? 0])) as Record<
    ReportRating,
    number
  >;
  return { counts, total: figureOf(r, "ratings", "HTXSNV", b)?.[year].total ?? 0 };
}

/** The school year a recognition date falls in (from August on, the new one), as the calendar has it. */
export function schoolYearOfIso(iso: string): string {
  const [y, m] = iso.split("-").map(Number);
  const first = m! >= 8 ? y! : y! - 1;
  return `${first}-${first + 1}`;
}

/* ---------- TT 02/2023/TT-BNV statistical forms ---------- */

/** One row of a statistical form: the row's label (column A), its code (B), unit (C) and figures. */
export interface FormRow {
  label: string;
  code: string;
  unit: string;
  /** null: not tracked here, left blank on the form (a 0 would claim a count). */
  values: Array<number | null>;
}

export interface StatForm {
  /** "0603.N/BNV-TĐKT". */
  code: string;
  title: string;
  /** The numbered figure columns after A, B, C (1 = Tổng số). */
  columns: string[];
  rows: FormRow[];
}

const sumKnown = (values: Array<number | null>) =>
  values.some((v) => v !== null) ? values.reduce<number>((n, v) => n + (v ?? 0), 0) : null;
const withTotal = (label: string, code: string, unit: string, parts: Array<number | null>): FormRow => ({
  label,
  code,
  unit,
  values: [sumKnown(parts), ...parts],
});
const blankRow =
  (width: number) =>
  (label: string, code = "", unit = ""): FormRow => ({ label, code, unit, values: Array<number | null>(width).fill(null) });
const plus = (a: number | null, b: number | null) => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));

/** Rows 11–17 of 0603 and 15–21 of 0602: the kinds of khen thưởng, which the data does not record. */
const METHOD_ROWS = ["- Thường xuyên", "- Chuyên đề", "- Đột xuất", "- Đối ngoại", "- Cống hiến", "- Niên hạn", "- Kháng chiến"];
const PERSON_KIND_ROWS = [
  "+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên",
  "+ Lãnh đạo cấp vụ, sở, ngành và tương đương",
  "+ Doanh nhân",
  "+ Các cấp lãnh đạo khác từ phó phòng trở lên",
  "+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân,...)",
];
const code2 = (n: number) => String(n).padStart(2, "0");

/**
 * Biểu số 0603.N/BNV-TĐKT (Thông tư 02/2023/TT-BNV ngày 23/3/2023): "Số lượng khen thưởng cấp bộ,
 * ban, ngành, đoàn thể Trung ương và tỉnh, thành phố trực thuộc Trung ương". Filled from the data:
 * Bằng khen of the Chủ tịch UBND tỉnh and of the Bộ trưởng Bộ GDĐT to people, Chiến sĩ thi đua
 * cấp tỉnh, the Cờ thi đua of the UBND tỉnh and of the Bộ GDĐT. Left blank: collective Bằng khen
 * (decisions here name people), Huy hiệu, the kinds of people and of khen thưởng.
 */
export function form0603(r: ReportFigures): StatForm {
  const cur = (group: FigureGroup, item: string) => figureOf(r, group, item)?.current.count ?? 0;
  const collective = [null, null, cur("collectiveTitles", "CO_THI_DUA_TINH") + cur("collectiveTitles", "CO_THI_DUA_BO"), null];
  const person = [
    cur("awards", "BANG_KHEN_UBND_TINH") + cur("awards", "BANG_KHEN_BO_GDDT"),
    cur("individualTitles", "CSTD_TINH"),
    null,
    null,
  ];
  const blank = blankRow(5);
  return {
    code: "0603.N/BNV-TĐKT",
    title: "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG",
    columns: [
      "Tổng số",
      "Bằng khen",
      "Chiến sĩ thi đua cấp bộ, cấp tỉnh",
      "Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương",
      "Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương",
    ],
    rows: [
      withTotal(
        "Tổng số",
        "01",
        "",
        collective.map((v, i) => plus(v, person[i]!)),
      ),
      blank("1. Chia theo đối tượng khen thưởng"),
      withTotal("- Tập thể", "02", "Tập thể", collective),
      blank("Trong đó: Doanh nghiệp", "03", "Doanh nghiệp"),
      blank("- Hộ gia đình", "04", "Hộ"),
      withTotal("- Cá nhân", "05", "Người", person),
      ...PERSON_KIND_ROWS.map((l, i) => blank(l, code2(6 + i), "Người")),
      blank("2. Chia theo phương thức khen thưởng"),
      ...METHOD_ROWS.map((l, i) => blank(l, code2(11 + i))),
    ],
  };
}

/**
 * Biểu số 0602.N/BNV-TĐKT (same circular): "Số lượng khen thưởng cấp Nhà nước", its numbered
 * columns 1–9 (the form splits each into one column per award and tập thể / cá nhân; here the
 * rows give the split). Filled: Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng Chính phủ to
 * people, Chiến sĩ thi đua toàn quốc. Left blank: huân chương, huy chương, giải thưởng, danh hiệu
 * vinh dự nhà nước (not in this catalogue), collective Bằng khen, the proposing body, the kinds.
 */
export function form0602(r: ReportFigures): StatForm {
  const cur = (group: FigureGroup, item: string) => figureOf(r, group, item)?.current.count ?? 0;
  const collective = [null, null, null, null, cur("collectiveTitles", "CO_THI_DUA_CP"), null, null, null];
  const person = [null, null, null, null, null, cur("awards", "BANG_KHEN_THU_TUONG"), cur("individualTitles", "CSTD_TOAN_QUOC"), null];
  const blank = blankRow(9);
  return {
    code: "0602.N/BNV-TĐKT",
    title: "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC",
    columns: [
      "Tổng số",
      "Các loại huân chương, huy chương",
      "Giải thưởng Hồ Chí Minh",
      "Giải thưởng Nhà nước",
      "Danh hiệu vinh dự nhà nước",
      "Cờ thi đua của Chính phủ",
      "Bằng khen của Thủ tướng Chính phủ",
      "Chiến sĩ thi đua toàn quốc",
      "Các hình thức khen thưởng khác",
    ],
    rows: [
      withTotal(
        "Tổng số",
        "1",
        "",
        collective.map((v, i) => plus(v, person[i]!)),
      ),
      blank("1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng"),
      blank("- Bộ, ban, ngành, đoàn thể Trung ương", "2", "Bộ, ngành"),
      blank("- Tỉnh, thành phố trực thuộc Trung ương", "3", "Tỉnh, TP"),
      blank("2. Chia theo đối tượng khen thưởng"),
      withTotal("- Tập thể", "6", "Tập thể", collective),
      blank("Trong đó: Doanh nghiệp", "7", "Doanh nghiệp"),
      blank("- Hộ gia đình", "8", "Hộ"),
      withTotal("- Cá nhân", "9", "Người", person),
      ...PERSON_KIND_ROWS.map((l, i) => blank(l, String(10 + i), "Người")),
      blank("3. Chia theo phương thức khen thưởng"),
      ...METHOD_ROWS.map((l, i) => blank(l, String(15 + i))),
    ],
  };
}
