import { describe, expect, it } from "vitest";
import { countProblem, countRuleFor, criteriaFor, eligibilityWarnings, periodYears } from "../../src/domain/nominations.js";

const year = (schoolYear: string, rating: string | null, titles: string[]) => ({ schoolYear, rating, titles });

describe("điển hình tiên tiến rules (seed 004)", () => {
  it("an individual needs HTXSNV and CSTĐCS every year and a province-scope sáng kiến", () => {
    const ok = eligibilityWarnings({
      kind: "individual",
      years: [year("2023-2024", "HTXSNV", ["CSTDCS"]), year("2024-2025", "HTXSNV", ["CSTD_TINH"])],
      initiatives: [{ scope: "tinh" }],
      isUnitHead: false,
      unitNominated: false,
    });
    expect(ok).toEqual([]);
    const weak = eligibilityWarnings({
      kind: "individual",
      years: [year("2023-2024", "HTTNV", ["LDTT"])],
      initiatives: [{ scope: "co_so" }],
      isUnitHead: false,
      unitNominated: false,
    });
    expect(weak.map((w) => w.key)).toEqual(["elig-needs-htxsnv", "elig-needs-cstdcs", "elig-needs-initiative"]);
    expect(weak[0]!.params).toEqual({ year: "2023-2024" });
  });

  it("a unit head also needs the unit itself nominated", () => {
    const facts = {
      kind: "individual" as const,
      years: [year("2024-2025", "HTXSNV", ["CSTDCS"])],
      initiatives: [{ scope: "toan_quoc" as const }],
      isUnitHead: true,
    };
    expect(eligibilityWarnings({ ...facts, unitNominated: false }).map((w) => w.key)).toEqual(["elig-head-needs-unit"]);
    expect(eligibilityWarnings({ ...facts, unitNominated: true })).toEqual([]);
  });

  it("a school needs TTLĐXS every year, a tổ TTLĐTT", () => {
    const years = [year("2023-2024", null, ["TTLDTT"]), year("2024-2025", null, ["TTLDXS"])];
    expect(
      eligibilityWarnings({ kind: "collective", years, initiatives: [], isUnitHead: false, unitNominated: false }).map((w) => w.params),
    ).toEqual([{ year: "2023-2024" }]);
    expect(
      eligibilityWarnings({
        kind: "collective",
        years,
        initiatives: [],
        isUnitHead: false,
        unitNominated: false,
        collectiveIsSchool: false,
      }),
    ).toEqual([]);
  });

  it("judges the three school years before the campaign's, unless the campaign sets a period", () => {
    expect(periodYears("2026-2027", {})).toEqual(["2023-2024", "2024-2025", "2025-2026"]);
    expect(periodYears("2023-2024", { period: { from: "2021-2022", to: "2022-2023" } })).toEqual(["2021-2022", "2022-2023"]);
  });

  it("lists the general criteria first, then the individual or collective ones", () => {
    expect(criteriaFor("individual")).toHaveLength(10);
    expect(criteriaFor("collective").slice(0, 4)).toEqual(["law", "excellent", "pioneer", "solidarity"]);
  });

  it("counts per unit kind: seed 002 by default, campaign settings when given", () => {
    // Issue 23: the minimum counts warn by default; a campaign may make them block.
    expect(countRuleFor({}, "PHONG")).toEqual({ min: 3, max: null, enforce: "warn" });
    expect(countRuleFor({}, "THPT")).toEqual({ min: 1, max: null, enforce: "warn" });
    expect(countRuleFor({ counts: { THPT: { min: 2, max: 4 } } }, "THPT")).toEqual({ min: 2, max: 4, enforce: "warn" });
    expect(countRuleFor({ counts: { THPT: { min: 2 } }, countsEnforce: "block" }, "THPT")).toEqual({ min: 2, max: null, enforce: "block" });
    expect(countProblem(2, { min: 3, max: null })).toEqual({ key: "nomination-too-few", params: { count: 2, min: 3 } });
    expect(countProblem(5, { min: 2, max: 4 })).toEqual({ key: "nomination-too-many", params: { count: 5, max: 4 } });
    expect(countProblem(3, { min: 2, max: 4 })).toBeNull();
  });
});
