import { describe, it, expect } from "vitest";
import {
  RULES_LUAT_2022 as LAW_2022,
  RULES_ND_152_2025 as ND_152,
  RULES_ND_91_2017 as ND_91,
  allowedIndividualTitles,
  evaluateIndividualTitle,
  type IndividualFacts,
  type RuleSet,
} from "../../src/domain/rules/index.js";

const NOW = "2025-2026";
const LAST = "2024-2025";

function facts(extra: Partial<IndividualFacts> = {}): IndividualFacts {
  return { currentSchoolYear: NOW, ...extra };
}

const keys = (e: { reasons: Array<{ key: string }> }) => e.reasons.map((r) => r.key);

describe("Lao động tiên tiến", () => {
  it("passes with last year's HTTNV and nothing else against it", () => {
    expect(evaluateIndividualTitle("LDTT", facts({ ratings: { [LAST]: "HTTNV" } }), LAW_2022)).toEqual({ status: "ok", reasons: [] });
  });

  it("warns, never blocks, when no rating is known", () => {
    const e = evaluateIndividualTitle("LDTT", facts(), LAW_2022);
    expect(e.status).toBe("warn");
    expect(e.reasons).toEqual([{ key: "rule-rating-missing", params: { year: LAST }, severity: "warn" }]);
  });

  it("only warns on a low rating from last year: this year's may be better", () => {
    const e = evaluateIndividualTitle("LDTT", facts({ ratings: { [LAST]: "HTNV" } }), LAW_2022);
    expect(e.status).toBe("warn");
    expect(e.reasons).toEqual([
      { key: "rule-ldtt-rating-too-low", params: { year: LAST, rating: "HTNV", required: "HTTNV" }, severity: "warn" },
    ]);
  });

  it("blocks on a current-year rating below HTTNV ([V] and proven)", () => {
    const e = evaluateIndividualTitle("LDTT", facts({ ratings: { [NOW]: "KHTNV", [LAST]: "HTXSNV" } }), LAW_2022);
    expect(e.status).toBe("blocked");
    expect(e.reasons[0]).toMatchObject({ key: "rule-ldtt-rating-too-low", params: { year: NOW, rating: "KHTNV" }, severity: "block" });
  });

  it("uses the current-year rating over last year's", () => {
    expect(evaluateIndividualTitle("LDTT", facts({ ratings: { [NOW]: "HTTNV", [LAST]: "KHTNV" } }), LAW_2022).status).toBe("ok");
  });

  it("blocks a person under disciplinary review", () => {
    const e = evaluateIndividualTitle("LDTT", facts({ ratings: { [LAST]: "HTXSNV" }, underDiscipline: true }), LAW_2022);
    expect(e.status).toBe("blocked");
    expect(keys(e)).toEqual(["rule-under-discipline"]);
  });

  it("has no months-worked or 40-day absence gate under the 2022 sets (issue 23: the 40-day rule was dropped in 2017)", () => {
    for (const set of [LAW_2022, ND_152]) {
      expect(evaluateIndividualTitle("LDTT", facts({ ratings: { [LAST]: "HTTNV" }, monthsWorked: 8, daysAbsent: 40 }), set)).toEqual({
        status: "ok",
        reasons: [],
      });
    }
  });

  it("blocks short service under NĐ 91/2017, where it was written (10 months); 40 days absent no longer blocks", () => {
    const short = evaluateIndividualTitle("LDTT", facts({ ratings: { [LAST]: "HTTNV" }, monthsWorked: 9 }), ND_91);
    expect(short.status).toBe("blocked");
    expect(short.reasons[0]).toMatchObject({ key: "rule-months-worked-short", params: { months: 9, min: 10 } });
    expect(evaluateIndividualTitle("LDTT", facts({ ratings: { [LAST]: "HTTNV" }, daysAbsent: 40 }), ND_91).status).toBe("ok");
  });

  it("accepts 39 days absent and a full year worked", () => {
    expect(evaluateIndividualTitle("LDTT", facts({ ratings: { [LAST]: "HTTNV" }, daysAbsent: 39, monthsWorked: 12 }), ND_91).status).toBe(
      "ok",
    );
  });
});

describe("Chiến sĩ thi đua cơ sở", () => {
  const initiativeNow = [{ scope: "co_so" as const, schoolYear: NOW }];

  it("passes with HTXSNV and a sáng kiến recognised this year", () => {
    expect(evaluateIndividualTitle("CSTDCS", facts({ ratings: { [NOW]: "HTXSNV" }, initiatives: initiativeNow }), LAW_2022).status).toBe(
      "ok",
    );
  });

  it("accepts a province-level sáng kiến for the cơ sở requirement", () => {
    const f = facts({ ratings: { [LAST]: "HTXSNV" }, initiatives: [{ scope: "tinh", schoolYear: NOW }] });
    expect(evaluateIndividualTitle("CSTDCS", f, LAW_2022).status).toBe("ok");
  });

  it("under the 2022 law (HTXSNV or a sáng kiến) passes HTTNV with a sáng kiến, and HTXSNV without one", () => {
    expect(evaluateIndividualTitle("CSTDCS", facts({ ratings: { [NOW]: "HTTNV" }, initiatives: initiativeNow }), ND_152)).toEqual({
      status: "ok",
      reasons: [],
    });
    expect(evaluateIndividualTitle("CSTDCS", facts({ ratings: { [NOW]: "HTXSNV" } }), ND_152)).toEqual({ status: "ok", reasons: [] });
    expect(evaluateIndividualTitle("CSTDCS", facts({ ratings: { [LAST]: "HTXSNV" } }), LAW_2022)).toEqual({ status: "ok", reasons: [] });
  });

  it("under the 2022 law warns once, never blocks, when neither HTXSNV nor a sáng kiến is there", () => {
    const e = evaluateIndividualTitle(
      "CSTDCS",
      facts({ ratings: { [NOW]: "HTTNV" }, initiatives: [{ scope: "co_so", schoolYear: LAST }] }),
      ND_152,
    );
    expect(e).toEqual({
      status: "warn",
      reasons: [{ key: "rule-cstdcs-needs-htxsnv-or-initiative", params: { year: NOW, required: "HTXSNV" }, severity: "warn" }],
    });
  });

  it("blocks when rated HTNV this year: below the LĐTT floor that every CSTĐCS must meet", () => {
    const e = evaluateIndividualTitle("CSTDCS", facts({ ratings: { [NOW]: "HTNV" }, initiatives: initiativeNow }), ND_152);
    expect(e.status).toBe("blocked");
    expect(e.reasons.map((r) => [r.key, r.severity])).toEqual([["rule-ldtt-rating-too-low", "block"]]);
  });

  it("under NĐ 91/2017 (both required) only warns when rated HTTNV this year: the HTXSNV requirement is [P]", () => {
    const e = evaluateIndividualTitle("CSTDCS", facts({ ratings: { [NOW]: "HTTNV" }, initiatives: initiativeNow }), ND_91);
    expect(e.status).toBe("warn");
    expect(e.reasons).toEqual([
      { key: "rule-cstdcs-rating-too-low", params: { year: NOW, rating: "HTTNV", required: "HTXSNV" }, severity: "warn" },
    ]);
  });

  it("only warns when last year's rating was HTNV", () => {
    expect(evaluateIndividualTitle("CSTDCS", facts({ ratings: { [LAST]: "HTNV" }, initiatives: initiativeNow }), LAW_2022).status).toBe(
      "warn",
    );
  });

  it("under NĐ 91/2017 warns when no sáng kiến is recognised this year (last year's does not count)", () => {
    const e = evaluateIndividualTitle(
      "CSTDCS",
      facts({ ratings: { [NOW]: "HTXSNV" }, initiatives: [{ scope: "co_so", schoolYear: LAST }] }),
      ND_91,
    );
    expect(e.status).toBe("warn");
    expect(e.reasons).toEqual([{ key: "rule-cstdcs-needs-initiative", params: { year: NOW }, severity: "warn" }]);
  });

  it("blocks on HTTNV only in a set that marks the HTXSNV rule as confirmed", () => {
    const strict: RuleSet = { ...ND_91, confidence: { ...ND_91.confidence, "cstdcs-rating": "V" } };
    const f = facts({ ratings: { [NOW]: "HTTNV" }, initiatives: initiativeNow });
    expect(evaluateIndividualTitle("CSTDCS", f, strict).status).toBe("blocked");
    // Last year's rating proves nothing, even then.
    expect(evaluateIndividualTitle("CSTDCS", facts({ ratings: { [LAST]: "HTTNV" }, initiatives: initiativeNow }), strict).status).toBe(
      "warn",
    );
  });
});

describe("recruitment gate (TT 01/2024/TT-BNV: recruited less than 6 months before the review)", () => {
  it("counts months from recruitment to the review, not months worked, and only warns (primary text not read)", () => {
    // Review defaults to 31/05 of the school year's end: 01/12/2025 → 31/05/2026 is 5 months.
    const e = evaluateIndividualTitle("LDTT", facts({ ratings: { [LAST]: "HTTNV" }, recruitedOn: "2025-12-01" }), ND_152);
    expect(e).toEqual({
      status: "warn",
      reasons: [{ key: "rule-recruited-recently", params: { months: 5, min: 6, recruited: "2025-12-01" }, severity: "warn" }],
    });
    expect(evaluateIndividualTitle("LDTT", facts({ ratings: { [LAST]: "HTTNV" }, recruitedOn: "2025-11-30" }), ND_152).status).toBe("ok");
    // Someone recruited years ago who worked 3 months this year is not caught by it.
    expect(
      evaluateIndividualTitle("LDTT", facts({ ratings: { [LAST]: "HTTNV" }, recruitedOn: "2015-09-01", monthsWorked: 3 }), ND_152).status,
    ).toBe("ok");
  });

  it("counts to a given review day", () => {
    const e = evaluateIndividualTitle(
      "LDTT",
      facts({ ratings: { [LAST]: "HTTNV" }, recruitedOn: "2025-12-01", reviewOn: "2026-07-15" }),
      ND_152,
    );
    expect(e.status).toBe("ok");
  });
});

describe("Chiến sĩ thi đua Bộ, ban, ngành, tỉnh", () => {
  const good = (extra: Partial<IndividualFacts> = {}) =>
    facts({
      ratings: { [NOW]: "HTXSNV" },
      titles: { "2023-2024": ["LDTT", "CSTDCS"], [LAST]: ["CSTDCS"] },
      initiatives: [
        { scope: "co_so", schoolYear: NOW },
        { scope: "tinh", schoolYear: "2023-2024" },
      ],
      ...extra,
    });

  it("passes with CSTĐCS in the two previous years, this year's CSTĐCS conditions and a tỉnh sáng kiến in the period", () => {
    expect(evaluateIndividualTitle("CSTD_TINH", good(), LAW_2022)).toEqual({ status: "ok", reasons: [] });
  });

  it("warns when a year of the streak is not recorded", () => {
    const e = evaluateIndividualTitle("CSTD_TINH", good({ titles: { [LAST]: ["CSTDCS"] } }), LAW_2022);
    expect(e.status).toBe("warn");
    expect(e.reasons).toEqual([{ key: "rule-titles-missing", params: { year: "2023-2024" }, severity: "warn" }]);
  });

  it("blocks when a recorded year of the streak has no CSTĐCS", () => {
    const e = evaluateIndividualTitle("CSTD_TINH", good({ titles: { "2023-2024": ["LDTT"], [LAST]: ["CSTDCS"] } }), LAW_2022);
    expect(e.status).toBe("blocked");
    expect(e.reasons).toEqual([
      { key: "rule-cstd-tinh-needs-consecutive-cstdcs", params: { years: 3, year: "2023-2024" }, severity: "block" },
    ]);
  });

  it("treats an empty list for a year as proof of no title", () => {
    expect(evaluateIndividualTitle("CSTD_TINH", good({ titles: { "2023-2024": ["CSTDCS"], [LAST]: [] } }), LAW_2022).status).toBe(
      "blocked",
    );
  });

  it("warns when the streak years were already used for a CSTĐ cấp tỉnh", () => {
    const e = evaluateIndividualTitle("CSTD_TINH", good({ titles: { "2023-2024": ["CSTDCS"], [LAST]: ["CSTD_TINH"] } }), LAW_2022);
    expect(e.status).toBe("warn");
    expect(keys(e)).toEqual(["rule-cstd-tinh-recently-awarded"]);
  });

  it("warns when no tỉnh-level sáng kiến falls in the period", () => {
    const e = evaluateIndividualTitle(
      "CSTD_TINH",
      good({
        initiatives: [
          { scope: "co_so", schoolYear: NOW },
          { scope: "tinh", schoolYear: "2022-2023" },
        ],
      }),
      LAW_2022,
    );
    expect(e.status).toBe("warn");
    expect(e.reasons).toEqual([{ key: "rule-cstd-tinh-needs-initiative", params: { from: "2023-2024", to: NOW }, severity: "warn" }]);
  });

  it("follows an overridden streak length", () => {
    const twoYears: RuleSet = { ...LAW_2022, parameters: { ...LAW_2022.parameters, cstdTinhConsecutiveCstdcsYears: 2 } };
    const f = good({ titles: { "2023-2024": ["LDTT"], [LAST]: ["CSTDCS"] } });
    // 2023-2024 is outside a two-year streak, so its missing CSTĐCS no longer blocks, but the
    // tỉnh sáng kiến from that year is outside the period too.
    expect(evaluateIndividualTitle("CSTD_TINH", f, twoYears).reasons).toEqual([
      { key: "rule-cstd-tinh-needs-initiative", params: { from: LAST, to: NOW }, severity: "warn" },
    ]);
    const withRecentInitiative = {
      ...f,
      initiatives: [
        { scope: "tinh" as const, schoolYear: LAST },
        { scope: "co_so" as const, schoolYear: NOW },
      ],
    };
    expect(evaluateIndividualTitle("CSTD_TINH", withRecentInitiative, twoYears).status).toBe("ok");
  });
});

describe("Chiến sĩ thi đua toàn quốc", () => {
  const chain = {
    "2020-2021": ["CSTDCS"],
    "2021-2022": ["CSTDCS"],
    "2022-2023": ["CSTDCS", "CSTD_TINH"],
    "2023-2024": ["CSTDCS"],
    [LAST]: ["CSTDCS"],
  };
  const good = (extra: Partial<IndividualFacts> = {}) =>
    facts({ ratings: { [NOW]: "HTXSNV" }, titles: chain, initiatives: [{ scope: "toan_quoc", schoolYear: NOW }], ...extra });

  it("passes when this year's CSTĐ cấp tỉnh follows one earned three years ago, with a national sáng kiến", () => {
    expect(evaluateIndividualTitle("CSTD_TOAN_QUOC", good(), LAW_2022)).toEqual({ status: "ok", reasons: [] });
  });

  it("accepts an earlier CSTĐ cấp tỉnh when the CSTĐCS chain in between is unbroken", () => {
    const titles = { ...chain, "2021-2022": ["CSTD_TINH"], "2022-2023": ["CSTDCS"] };
    expect(evaluateIndividualTitle("CSTD_TOAN_QUOC", good({ titles }), LAW_2022).status).toBe("ok");
  });

  it("warns when the history does not reach back to an earlier CSTĐ cấp tỉnh", () => {
    const e = evaluateIndividualTitle("CSTD_TOAN_QUOC", good({ titles: { "2023-2024": ["CSTDCS"], [LAST]: ["CSTDCS"] } }), LAW_2022);
    expect(e.status).toBe("warn");
    expect(e.reasons).toEqual([{ key: "rule-titles-missing", params: { year: "2022-2023" }, severity: "warn" }]);
  });

  it("blocks when the chain breaks before any earlier CSTĐ cấp tỉnh", () => {
    const titles = { ...chain, "2022-2023": ["CSTDCS"], "2021-2022": ["LDTT"] };
    const e = evaluateIndividualTitle("CSTD_TOAN_QUOC", good({ titles }), LAW_2022);
    expect(e.status).toBe("blocked");
    expect(e.reasons).toEqual([
      { key: "rule-cstd-toan-quoc-needs-consecutive-cstd-tinh", params: { count: 2, year: "2021-2022" }, severity: "block" },
    ]);
  });

  it("does not count a CSTĐ cấp tỉnh too recent to leave three fresh CSTĐCS years", () => {
    const titles = { ...chain, "2022-2023": ["CSTDCS"], "2023-2024": ["CSTD_TINH"], "2021-2022": [] };
    const e = evaluateIndividualTitle("CSTD_TOAN_QUOC", good({ titles }), LAW_2022);
    expect(e.status).toBe("blocked");
    expect(keys(e)).toEqual(["rule-cstd-tinh-recently-awarded", "rule-cstd-toan-quoc-needs-consecutive-cstd-tinh"]);
  });

  it("warns when no national sáng kiến is recognised in the period", () => {
    const e = evaluateIndividualTitle("CSTD_TOAN_QUOC", good({ initiatives: [{ scope: "tinh", schoolYear: NOW }] }), LAW_2022);
    expect(e.status).toBe("warn");
    expect(e.reasons).toEqual([{ key: "rule-cstd-toan-quoc-needs-initiative", params: { from: "2020-2021", to: NOW }, severity: "warn" }]);
  });
});

describe("allowedIndividualTitles", () => {
  it("offers every title, with warnings, when nothing is known yet", () => {
    const allowed = allowedIndividualTitles(facts(), LAW_2022);
    expect(allowed.map((t) => t.code)).toEqual(["LDTT", "CSTDCS", "CSTD_TINH", "CSTD_TOAN_QUOC"]);
    expect(allowed.every((t) => t.evaluation.status === "warn")).toBe(true);
  });

  it("leaves out the titles the recorded history rules out", () => {
    const f = facts({
      ratings: { [LAST]: "HTXSNV" },
      titles: { [LAST]: ["LDTT"], "2023-2024": ["LDTT"] },
      initiatives: [{ scope: "co_so", schoolYear: NOW }],
    });
    const allowed = allowedIndividualTitles(f, LAW_2022);
    expect(allowed).toEqual([
      { code: "LDTT", evaluation: { status: "ok", reasons: [] } },
      { code: "CSTDCS", evaluation: { status: "ok", reasons: [] } },
    ]);
  });

  it("offers nothing to someone rated KHTNV this year", () => {
    expect(allowedIndividualTitles(facts({ ratings: { [NOW]: "KHTNV" } }), LAW_2022)).toEqual([]);
  });
});

describe("input checks", () => {
  it("rejects a malformed school year and a code that is not an individual title", () => {
    expect(() => evaluateIndividualTitle("LDTT", { currentSchoolYear: "2025" }, LAW_2022)).toThrow(RangeError);
    expect(() => evaluateIndividualTitle("LDTT", { currentSchoolYear: "2025-2027" }, LAW_2022)).toThrow(RangeError);
    expect(() => evaluateIndividualTitle("TTLDXS" as never, facts(), LAW_2022)).toThrow(RangeError);
  });

  it("ignores sáng kiến with a malformed school year instead of crashing", () => {
    const e = evaluateIndividualTitle(
      "CSTDCS",
      facts({ ratings: { [NOW]: "HTXSNV" }, initiatives: [{ scope: "co_so", schoolYear: "năm nay" }] }),
      ND_91,
    );
    expect(keys(e)).toEqual(["rule-cstdcs-needs-initiative"]);
  });
});
