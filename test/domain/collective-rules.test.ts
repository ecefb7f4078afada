import { describe, it, expect } from "vitest";
import {
  RULES_LUAT_2022 as LAW_2022,
  RULES_ND_91_2017 as ND_91,
  applyOverrides,
  cstdcsQuotaCheck,
  evaluateCollectiveTitle,
  type CollectiveStats,
} from "../../src/domain/rules/index.js";

const stats = (extra: Partial<CollectiveStats> = {}): CollectiveStats => ({
  members: 10,
  ldttRegistered: 8,
  cstdcsRegistered: 1,
  atLeastHtnv: 10,
  ...extra,
});

describe("Tập thể lao động tiên tiến", () => {
  it("passes with more than half of the members LĐTT", () => {
    expect(evaluateCollectiveTitle("TTLDTT", stats({ ldttRegistered: 6 }), LAW_2022)).toEqual({ status: "ok", reasons: [] });
  });

  it("fails at exactly 50%: the rule says more than half", () => {
    const e = evaluateCollectiveTitle("TTLDTT", stats({ ldttRegistered: 5 }), ND_91);
    expect(e.status).toBe("blocked");
    expect(e.reasons).toEqual([
      { key: "rule-ttldtt-ldtt-share-low", params: { required: 50, actual: 50, ldtt: 5, members: 10 }, severity: "block" },
    ]);
  });

  it("only warns at 50% under the 2022 law, whose wording of the rule is unconfirmed", () => {
    const e = evaluateCollectiveTitle("TTLDTT", stats({ ldttRegistered: 5 }), LAW_2022);
    expect(e.status).toBe("warn");
    expect(e.reasons[0]).toMatchObject({ key: "rule-ttldtt-ldtt-share-low", severity: "warn" });
  });

  it("passes just above half with odd membership (4 of 7)", () => {
    expect(evaluateCollectiveTitle("TTLDTT", stats({ members: 7, ldttRegistered: 4, atLeastHtnv: 7 }), ND_91).status).toBe("ok");
  });

  it("flags a member disciplined at cảnh cáo or above", () => {
    expect(evaluateCollectiveTitle("TTLDTT", stats({ disciplined: 1 }), ND_91).status).toBe("blocked");
    const e = evaluateCollectiveTitle("TTLDTT", stats({ disciplined: 2 }), LAW_2022);
    expect(e.status).toBe("warn");
    expect(e.reasons).toEqual([{ key: "rule-collective-has-discipline", params: { count: 2 }, severity: "warn" }]);
  });
});

describe("Tập thể lao động xuất sắc", () => {
  it("passes at exactly 70% LĐTT with one CSTĐCS and everyone at least HTNV", () => {
    expect(evaluateCollectiveTitle("TTLDXS", stats({ ldttRegistered: 7 }), LAW_2022)).toEqual({ status: "ok", reasons: [] });
    expect(evaluateCollectiveTitle("TTLDXS", stats({ members: 100, ldttRegistered: 70, atLeastHtnv: 100 }), LAW_2022).status).toBe("ok");
  });

  it("blocks just under 70%", () => {
    const e = evaluateCollectiveTitle("TTLDXS", stats({ members: 100, ldttRegistered: 69, atLeastHtnv: 100 }), LAW_2022);
    expect(e.status).toBe("blocked");
    expect(e.reasons).toEqual([
      { key: "rule-ttldxs-ldtt-share-low", params: { required: 70, actual: 69, ldtt: 69, members: 100 }, severity: "block" },
    ]);
  });

  it("reports the share rounded to one decimal", () => {
    const e = evaluateCollectiveTitle("TTLDXS", stats({ members: 3, ldttRegistered: 2, atLeastHtnv: 3 }), LAW_2022);
    expect(e.reasons[0]?.params).toMatchObject({ actual: 66.7 });
  });

  it("blocks without any CSTĐCS", () => {
    const e = evaluateCollectiveTitle("TTLDXS", stats({ cstdcsRegistered: 0 }), LAW_2022);
    expect(e.status).toBe("blocked");
    expect(e.reasons).toEqual([{ key: "rule-ttldxs-needs-cstdcs", params: { required: 1, count: 0 }, severity: "block" }]);
  });

  it("follows a province override of the CSTĐCS minimum and the share", () => {
    const province = applyOverrides(LAW_2022, { ttldxsMinCstdcs: 0, ttldxsLdttPercentAtLeast: 80 });
    expect(evaluateCollectiveTitle("TTLDXS", stats({ cstdcsRegistered: 0, ldttRegistered: 8 }), province).status).toBe("ok");
    expect(evaluateCollectiveTitle("TTLDXS", stats({ ldttRegistered: 7 }), province).status).toBe("blocked");
  });

  it("blocks when a member is below HTNV and warns when that is not known", () => {
    const below = evaluateCollectiveTitle("TTLDXS", stats({ atLeastHtnv: 9 }), LAW_2022);
    expect(below.status).toBe("blocked");
    expect(below.reasons).toEqual([{ key: "rule-ttldxs-needs-all-htnv", params: { count: 1, members: 10 }, severity: "block" }]);
    const unknown = evaluateCollectiveTitle("TTLDXS", stats({ atLeastHtnv: undefined }), LAW_2022);
    expect(unknown.status).toBe("warn");
    expect(unknown.reasons).toEqual([{ key: "rule-collective-htnv-missing", severity: "warn" }]);
  });

  it("says how many members have no rating for the year, and only warns on last year's ratings (issue 23)", () => {
    const missing = evaluateCollectiveTitle("TTLDXS", stats({ atLeastHtnv: undefined, unrated: 3, ratingsYear: "2025-2026" }), LAW_2022);
    expect(missing.reasons).toEqual([
      { key: "rule-collective-htnv-missing-count", params: { missing: 3, members: 10, year: "2025-2026" }, severity: "warn" },
    ]);
    const hint = evaluateCollectiveTitle("TTLDXS", stats({ atLeastHtnv: 9, ratingsProven: false }), LAW_2022);
    expect(hint).toEqual({
      status: "warn",
      reasons: [{ key: "rule-ttldxs-needs-all-htnv", params: { count: 1, members: 10 }, severity: "warn" }],
    });
  });

  it("does not judge discipline for TTLĐXS under the 2022 criteria (no such clause); NĐ 91 only warns", () => {
    expect(evaluateCollectiveTitle("TTLDXS", stats({ disciplined: 1 }), LAW_2022)).toEqual({ status: "ok", reasons: [] });
    expect(evaluateCollectiveTitle("TTLDXS", stats({ disciplined: 1 }), ND_91).status).toBe("warn");
  });
});

describe("Cờ thi đua", () => {
  it("always warns that it is chosen by comparison in the cụm/khối", () => {
    for (const code of ["CO_THI_DUA_TINH", "CO_THI_DUA_BO", "CO_THI_DUA_CP"] as const) {
      expect(evaluateCollectiveTitle(code, stats(), LAW_2022)).toEqual({
        status: "warn",
        reasons: [{ key: "rule-co-thi-dua-by-comparison", severity: "warn" }],
      });
    }
  });

  it("passes TTLĐXS shortfalls on as warnings only", () => {
    const e = evaluateCollectiveTitle("CO_THI_DUA_TINH", stats({ ldttRegistered: 6 }), LAW_2022);
    expect(e.status).toBe("warn");
    expect(e.reasons.map((r) => [r.key, r.severity])).toEqual([
      ["rule-ttldxs-ldtt-share-low", "warn"],
      ["rule-co-thi-dua-by-comparison", "warn"],
    ]);
  });
});

describe("collective input", () => {
  it("warns instead of judging a collective with no members", () => {
    expect(evaluateCollectiveTitle("TTLDTT", { members: 0, ldttRegistered: 0, cstdcsRegistered: 0 }, LAW_2022)).toEqual({
      status: "warn",
      reasons: [{ key: "rule-collective-no-members", severity: "warn" }],
    });
  });

  it("warns when counts exceed the membership", () => {
    const e = evaluateCollectiveTitle("TTLDTT", stats({ ldttRegistered: 12 }), LAW_2022);
    expect(e.reasons).toEqual([{ key: "rule-collective-counts-inconsistent", params: { members: 10 }, severity: "warn" }]);
  });

  it("throws on negative or fractional counts and on non-collective codes", () => {
    expect(() => evaluateCollectiveTitle("TTLDTT", stats({ members: -1 }), LAW_2022)).toThrow(RangeError);
    expect(() => evaluateCollectiveTitle("TTLDTT", stats({ ldttRegistered: 2.5 }), LAW_2022)).toThrow(RangeError);
    expect(() => evaluateCollectiveTitle("LDTT" as never, stats(), LAW_2022)).toThrow(RangeError);
  });
});

describe("cstdcsQuotaCheck", () => {
  it("says nothing when the rule set has no quota", () => {
    expect(cstdcsQuotaCheck(10, 10, LAW_2022)).toEqual({ status: "ok", reasons: [] });
  });

  it("accepts exactly 15% under NĐ 91/2017 and warns above", () => {
    expect(cstdcsQuotaCheck(20, 3, ND_91).status).toBe("ok");
    expect(cstdcsQuotaCheck(20, 4, ND_91)).toEqual({
      status: "warn",
      reasons: [{ key: "rule-cstdcs-quota-exceeded", params: { cstdcs: 4, ldtt: 20, percent: 15, max: 3 }, severity: "warn" }],
    });
  });

  it("rounds the allowance down (15% of 10 LĐTT is 1)", () => {
    expect(cstdcsQuotaCheck(10, 1, ND_91).status).toBe("ok");
    expect(cstdcsQuotaCheck(10, 2, ND_91).reasons[0]?.params).toMatchObject({ max: 1 });
  });

  it("uses a province's quota and never blocks", () => {
    const province = applyOverrides(LAW_2022, { cstdcsQuotaPercentOfLdtt: 20 });
    expect(cstdcsQuotaCheck(10, 2, province).status).toBe("ok");
    expect(cstdcsQuotaCheck(10, 9, province).status).toBe("warn");
  });

  it("warns when there are more CSTĐCS than LĐTT, quota or not", () => {
    expect(cstdcsQuotaCheck(2, 3, LAW_2022)).toEqual({
      status: "warn",
      reasons: [{ key: "rule-cstdcs-more-than-ldtt", params: { cstdcs: 3, ldtt: 2 }, severity: "warn" }],
    });
  });

  it("throws on counts that are not whole numbers ≥ 0", () => {
    expect(() => cstdcsQuotaCheck(-1, 0, LAW_2022)).toThrow(RangeError);
  });
});
