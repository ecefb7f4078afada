import { describe, expect, it } from "vitest";
import {
  computeReport,
  figureOf,
  form0603,
  formatFigure,
  formatVnCount,
  formatVnNumber,
  formatVnPercent,
  ratePercent,
  ratingCounts,
  ratingSentence,
  schoolYearOfIso,
  type ReportInput,
} from "../../src/domain/report.js";

describe("Vietnamese numbers", () => {
  it("writes thousands with a dot, small counts with a leading zero, rates with a comma", () => {
    expect(formatVnNumber(80000)).toBe("80.000");
    expect(formatVnNumber(1234567)).toBe("1.234.567");
    expect(formatVnNumber(999)).toBe("999");
    expect(formatVnCount(1)).toBe("01");
    expect(formatVnCount(63)).toBe("63");
    expect(formatVnCount(12000)).toBe("12.000");
    // Seed 000: 30/63 = 47,6%; 53/63 = 84,1%.
    expect(ratePercent(30, 63)).toBe(47.6);
    expect(formatVnPercent(ratePercent(30, 63)!)).toBe("47,6%");
    expect(formatVnPercent(ratePercent(53, 63)!)).toBe("84,1%");
    expect(formatVnPercent(100)).toBe("100%");
    expect(formatVnPercent(ratePercent(2, 5)!)).toBe("40%");
    expect(ratePercent(3, 0)).toBeNull();
    expect(formatFigure({ count: 30, total: 63 })).toBe("30/63 (tỉ lệ 47,6%)");
    expect(formatFigure({ count: 30, total: 63 }, { short: true })).toBe("30/63 (47,6%)");
    expect(formatFigure({ count: 1250, total: null })).toBe("1.250");
  });

  it("writes the ratings as seed 000 does", () => {
    expect(ratingSentence({ HTXSNV: 30, HTTNV: 32, HTNV: 1, KHTNV: 0 }, 63)).toBe(
      "30/63 người được đánh giá hoàn thành xuất sắc nhiệm vụ (tỉ lệ 47,6%); 32/63 người được đánh giá hoàn thành tốt nhiệm vụ (tỉ lệ 50,8%); 01/63 người được đánh giá hoàn thành nhiệm vụ (tỉ lệ 1,6%); không có cá nhân không hoàn thành nhiệm vụ.",
    );
  });

  it("places a recognition date in its school year (from August on, the new one)", () => {
    expect(schoolYearOfIso("2026-05-20")).toBe("2025-2026");
    expect(schoolYearOfIso("2025-08-01")).toBe("2025-2026");
    expect(schoolYearOfIso("2025-07-31")).toBe("2024-2025");
  });
});

describe("the report's figures", () => {
  const unit = (id: number, kind: string, cluster: string | null) => ({ id, code: `U${id}`, name: `Trường ${id}`, kind, cluster });
  const py = (
    personId: number,
    unitId: number,
    schoolYear: string,
    rating: "HTXSNV" | "HTTNV" | "HTNV" | "KHTNV",
    titles: string[] = [],
  ) => ({ personId, name: `Người ${personId}`, position: "", unitId, schoolYear, rating, titles, decision: null });
  const input: ReportInput = {
    schoolYear: "2025-2026",
    previousYear: "2024-2025",
    units: [unit(1, "THPT", "Cụm 1"), unit(2, "THCS", "Cụm 1"), unit(3, "THPT", null)],
    personYears: [
      py(1, 1, "2025-2026", "HTXSNV", ["LDTT", "CSTDCS"]),
      py(2, 1, "2025-2026", "HTTNV", ["LDTT"]),
      py(3, 2, "2025-2026", "HTXSNV", ["LDTT"]),
      py(4, 3, "2025-2026", "HTNV"),
      py(1, 1, "2024-2025", "HTTNV", ["LDTT"]),
      py(2, 1, "2024-2025", "HTTNV"),
    ],
    unitYears: [
      { unitId: 1, groupName: null, schoolYear: "2025-2026", titles: ["TTLDXS", "CO_THI_DUA_TINH"] },
      { unitId: 2, groupName: "Tổ Văn", schoolYear: "2025-2026", titles: ["TTLDTT"] },
    ],
    awards: [
      {
        personId: 1,
        name: "Người 1",
        unitId: 1,
        schoolYear: "2025-2026",
        titleCode: "BANG_KHEN_UBND_TINH",
        decisionNumber: "9/QĐ-UBND",
        signedOn: "2026-06-01",
        level: "UBND_TINH",
      },
      {
        personId: 1,
        name: "Người 1",
        unitId: 1,
        schoolYear: "2025-2026",
        titleCode: "CSTD_TINH",
        decisionNumber: "9/QĐ-UBND",
        signedOn: "2026-06-01",
        level: "UBND_TINH",
      },
    ],
    initiatives: [
      {
        id: 1,
        title: "STEM",
        author: "Người 1",
        unitId: 1,
        scope: "tinh",
        decisionNumber: "5",
        decidedOn: "2026-01-01",
        schoolYear: "2025-2026",
      },
    ],
    nominations: [
      { id: 1, nominee: "Người 1", kind: "individual", unitId: 1, field: "Dạy học", schoolYear: "2025-2026", status: "accepted" },
      { id: 2, nominee: "Người 3", kind: "individual", unitId: 2, field: "Dạy học", schoolYear: "2025-2026", status: "returned" },
      { id: 3, nominee: "Người 2", kind: "individual", unitId: 1, field: "Dạy học", schoolYear: "2025-2026", status: "draft" },
    ],
  };
  const r = computeReport(input);

  it("counts ratings over the people rated, for the province, each kind and each cluster, this year and last", () => {
    expect(figureOf(r, "ratings", "HTXSNV")).toMatchObject({ current: { count: 2, total: 4 }, previous: { count: 0, total: 2 } });
    expect(figureOf(r, "ratings", "HTXSNV", { by: "kind", kind: "THPT" })).toMatchObject({ current: { count: 1, total: 3 } });
    expect(figureOf(r, "ratings", "HTXSNV", { by: "cluster", cluster: "Cụm 1" })).toMatchObject({ current: { count: 2, total: 3 } });
    const { counts, total } = ratingCounts(r, "current");
    expect(ratingSentence(counts, total)).toContain("02/04 người được đánh giá hoàn thành xuất sắc nhiệm vụ (tỉ lệ 50%)");
  });

  it("counts titles, awards (not the titles a decision gives), sáng kiến and điển hình; every count has its trace rows", () => {
    expect(figureOf(r, "individualTitles", "LDTT")).toMatchObject({ current: { count: 3, total: 4 }, previous: { count: 1, total: 2 } });
    expect(figureOf(r, "collectiveTitles", "TTLDTT")?.current.count).toBe(1);
    expect(figureOf(r, "collectiveTitles", "CO_THI_DUA_TINH")?.current.count).toBe(1);
    expect(figureOf(r, "awards", "BANG_KHEN_UBND_TINH")?.current.count).toBe(1);
    expect(r.trace.filter((t) => t.group === "awards")).toHaveLength(1);
    expect(figureOf(r, "initiatives", "tinh")?.current.count).toBe(1);
    // A returned nomination was presented; a draft was not.
    expect(figureOf(r, "models", "presented_individual")?.current).toEqual({ count: 2, total: null });
    expect(figureOf(r, "models", "accepted_individual")?.current).toEqual({ count: 1, total: 2 });
    for (const f of r.figures.filter((x) => x.breakdown.by === "all")) {
      expect(r.trace.filter((t) => t.group === f.group && t.item === f.item && t.schoolYear === "2025-2026")).toHaveLength(f.current.count);
    }
  });

  it("fills biểu 0603.N: collective Cờ thi đua, Bằng khen and CSTĐ cấp tỉnh of people; untracked cells stay blank", () => {
    const form = form0603(r);
    expect(form.rows[0]).toMatchObject({ label: "Tổng số", code: "01", values: [2, 1, 0, 1, null] });
    expect(form.rows.find((x) => x.code === "02")?.values).toEqual([1, null, null, 1, null]);
    expect(form.rows.find((x) => x.code === "05")?.values).toEqual([1, 1, 0, null, null]);
    expect(form.rows.find((x) => x.code === "11")?.values).toEqual([null, null, null, null, null]);
  });
});
