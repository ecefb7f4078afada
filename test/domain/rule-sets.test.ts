import { describe, it, expect } from "vitest";
import { ZodError } from "zod";
import {
  BUILT_IN_RULE_SETS,
  RULES_LUAT_2022,
  RULES_ND_152_2025,
  RULES_ND_91_2017,
  applyProvinceRules,
  REASON_KEYS,
  RULE_IDS,
  applyOverrides,
  ruleOverridesSchema,
  ruleParametersSchema,
  selectRuleSet,
  type RuleSet,
} from "../../src/domain/rules/index.js";

describe("selectRuleSet", () => {
  it("picks the NĐ 91/2017 set up to its last day and the 2022 law set from 01/01/2024", () => {
    expect(selectRuleSet(BUILT_IN_RULE_SETS, "2017-10-01")?.id).toBe(RULES_ND_91_2017.id);
    expect(selectRuleSet(BUILT_IN_RULE_SETS, "2023-12-31")?.id).toBe(RULES_ND_91_2017.id);
    expect(selectRuleSet(BUILT_IN_RULE_SETS, "2024-01-01")?.id).toBe(RULES_LUAT_2022.id);
    expect(selectRuleSet(BUILT_IN_RULE_SETS, "2025-06-30")?.id).toBe(RULES_LUAT_2022.id);
  });

  it("picks the NĐ 152/2025 set from its day in force, 01/07/2025, and keeps it in 2026", () => {
    expect(selectRuleSet(BUILT_IN_RULE_SETS, "2025-07-01")?.id).toBe(RULES_ND_152_2025.id);
    expect(selectRuleSet(BUILT_IN_RULE_SETS, "2026-12-01")?.id).toBe(RULES_ND_152_2025.id);
    expect(selectRuleSet(BUILT_IN_RULE_SETS, "2030-06-15")?.id).toBe(RULES_ND_152_2025.id);
  });

  it("returns null before any set applies", () => {
    expect(selectRuleSet(BUILT_IN_RULE_SETS, "2017-09-30")).toBeNull();
    expect(selectRuleSet([], "2025-01-01")).toBeNull();
  });

  it("prefers the later-starting set where two overlap", () => {
    const provincial: RuleSet = { ...RULES_LUAT_2022, id: "nd-152-2025", validFrom: "2025-07-01", validTo: null };
    const open2022: RuleSet = { ...RULES_LUAT_2022, validTo: null };
    expect(selectRuleSet([open2022, provincial], "2025-06-30")?.id).toBe(RULES_LUAT_2022.id);
    expect(selectRuleSet([open2022, provincial], "2025-07-01")?.id).toBe("nd-152-2025");
  });

  it("rejects dates that are not YYYY-MM-DD calendar dates", () => {
    expect(() => selectRuleSet(BUILT_IN_RULE_SETS, "01/01/2024")).toThrow(RangeError);
    expect(() => selectRuleSet(BUILT_IN_RULE_SETS, "2024-02-30")).toThrow(RangeError);
    expect(() => selectRuleSet(BUILT_IN_RULE_SETS, "2024-1-1")).toThrow(RangeError);
  });
});

describe("built-in rule sets", () => {
  it("carry a legal basis, valid parameters and a confidence for every rule", () => {
    for (const set of BUILT_IN_RULE_SETS) {
      expect(set.legalBasis.length).toBeGreaterThan(0);
      expect(ruleParametersSchema.safeParse(set.parameters).success).toBe(true);
      expect(Object.keys(set.confidence).sort()).toEqual([...RULE_IDS].sort());
    }
    expect(RULES_LUAT_2022.legalBasis).toContain("Luật Thi đua, khen thưởng 06/2022/QH15");
    expect(RULES_LUAT_2022.legalBasis).toContain("Nghị định 98/2023/NĐ-CP");
  });

  it("follow the notes: quota unknown under the 2022 law, 15% under NĐ 91; unconfirmed rules never [V]", () => {
    expect(RULES_LUAT_2022.parameters.cstdcsQuotaPercentOfLdtt).toBeNull();
    expect(RULES_ND_91_2017.parameters.cstdcsQuotaPercentOfLdtt).toBe(15);
    expect(RULES_LUAT_2022.confidence["cstdcs-rating"]).not.toBe("V");
    expect(RULES_LUAT_2022.confidence["ttldtt-share"]).not.toBe("V");
    expect(RULES_LUAT_2022.confidence["co-thi-dua"]).not.toBe("V");
    expect(RULES_LUAT_2022.confidence["ttldxs-share"]).toBe("V");
  });
});

describe("rules current in 2026 (issue 23), each with its source and the day it applies from", () => {
  const sets = BUILT_IN_RULE_SETS;

  it("every rule of every set names its source, a date it applies from inside the set, and whether the text was read", () => {
    for (const set of sets) {
      expect(Object.keys(set.sources).sort()).toEqual([...RULE_IDS].sort());
      for (const [rule, source] of Object.entries(set.sources)) {
        expect(source.ref.length, `${set.id} ${rule}`).toBeGreaterThan(5);
        expect(["primary", "secondary", "unread"]).toContain(source.read);
        expect(source.appliesFrom <= (set.validTo ?? "9999-12-31"), `${set.id} ${rule}`).toBe(true);
      }
    }
  });

  it("NĐ 152/2025: its own version from 01/07/2025, the 2022 law's version ends the day before; a lower award is not a prerequisite", () => {
    expect(RULES_ND_152_2025.validFrom).toBe("2025-07-01");
    expect(RULES_ND_152_2025.validTo).toBeNull();
    expect(RULES_LUAT_2022.validTo).toBe("2025-06-30");
    expect(RULES_ND_152_2025.legalBasis.some((b) => b.startsWith("Nghị định 152/2025/NĐ-CP"))).toBe(true);
    expect(RULES_ND_152_2025.legalBasis.some((b) => b.includes("chưa đọc được văn bản gốc"))).toBe(true);
    expect(RULES_ND_152_2025.principles?.[0]).toMatchObject({
      text: "Không nhất thiết phải có hình thức khen thưởng mức thấp mới được khen thưởng mức cao hơn",
      source: { appliesFrom: "2025-07-01", read: "unread" },
    });
    expect(RULES_ND_152_2025.sources["under-discipline"]).toMatchObject({
      ref: expect.stringContaining("152/2025"),
      appliesFrom: "2025-07-01",
    });
  });

  it("CSTĐCS: HTXSNV or a sáng kiến under Luật 2022 Điều 23, read in secondary sources", () => {
    for (const set of [RULES_LUAT_2022, RULES_ND_152_2025]) {
      expect(set.parameters.cstdcsCriteria).toBe("rating-or-initiative");
      expect(set.sources["cstdcs-rating"]).toMatchObject({
        ref: expect.stringContaining("Điều 23"),
        appliesFrom: "2024-01-01",
        read: "secondary",
      });
    }
    expect(RULES_ND_91_2017.parameters.cstdcsCriteria).toBe("rating-and-initiative");
  });

  it("recruitment gate: 6 months since recruitment (TT 01/2024/TT-BNV, not read: warns); no months-worked or 40-day gate", () => {
    for (const set of [RULES_LUAT_2022, RULES_ND_152_2025]) {
      expect(set.parameters.minMonthsSinceRecruitment).toBe(6);
      expect(set.parameters.minMonthsWorked).toBeNull();
      expect(set.parameters.absentDaysLimit).toBeNull();
      expect(set.confidence["recruitment-gate"]).not.toBe("V");
      expect(set.sources["recruitment-gate"]).toMatchObject({
        ref: expect.stringContaining("01/2024/TT-BNV"),
        read: "unread",
        note: expect.stringContaining("15/2025/TT-BNV"),
      });
    }
    expect(RULES_ND_91_2017.parameters.absentDaysLimit).toBeNull();
  });

  it("TTLĐXS has no discipline clause under the 2022 criteria; TT 29/2023/TT-BGDĐT's status is stated as unchecked", () => {
    expect(RULES_ND_152_2025.parameters.ttldxsNoDiscipline).toBe(false);
    expect(RULES_ND_152_2025.sources["ttldxs-discipline"].note).toContain("Không áp dụng");
    expect(RULES_ND_152_2025.legalBasis.find((b) => b.includes("29/2023/TT-BGDĐT"))).toContain("chưa kiểm chứng");
  });

  it("the CSTĐCS cap is a province-and-year setting: off by default, set for one school year", () => {
    expect(RULES_ND_152_2025.parameters.cstdcsQuotaPercentOfLdtt).toBeNull();
    const settings = { years: { "2025-2026": { cstdcsQuotaPercentOfLdtt: 15 } } };
    expect(applyProvinceRules(RULES_ND_152_2025, settings, "2025-2026").parameters.cstdcsQuotaPercentOfLdtt).toBe(15);
    expect(applyProvinceRules(RULES_ND_152_2025, settings, "2024-2025").parameters.cstdcsQuotaPercentOfLdtt).toBeNull();
    expect(
      applyProvinceRules(RULES_ND_152_2025, { cstdcsQuotaPercentOfLdtt: 10, ...settings }, "2024-2025").parameters.cstdcsQuotaPercentOfLdtt,
    ).toBe(10);
    expect(() => applyProvinceRules(RULES_ND_152_2025, { years: { "2025": {} } }, "2025-2026")).toThrow(ZodError);
  });
});

describe("applyOverrides", () => {
  it("merges valid overrides and records them, leaving the base set untouched", () => {
    const set = applyOverrides(RULES_LUAT_2022, { cstdcsQuotaPercentOfLdtt: 20, ttldxsLdttPercentAtLeast: 75 });
    expect(set.parameters.cstdcsQuotaPercentOfLdtt).toBe(20);
    expect(set.parameters.ttldxsLdttPercentAtLeast).toBe(75);
    expect(set.parameters.ttldttLdttPercentAbove).toBe(50);
    expect(set.appliedOverrides).toEqual({ cstdcsQuotaPercentOfLdtt: 20, ttldxsLdttPercentAtLeast: 75 });
    expect(set.id).toBe(RULES_LUAT_2022.id);
    expect(RULES_LUAT_2022.parameters.cstdcsQuotaPercentOfLdtt).toBeNull();
  });

  it("accepts an empty object and null for nullable parameters", () => {
    expect(applyOverrides(RULES_LUAT_2022, {}).parameters).toEqual(RULES_LUAT_2022.parameters);
    expect(applyOverrides(RULES_ND_91_2017, { cstdcsQuotaPercentOfLdtt: null }).parameters.cstdcsQuotaPercentOfLdtt).toBeNull();
  });

  it("does not let an undefined value wipe a parameter", () => {
    const set = applyOverrides(RULES_LUAT_2022, { ldttMinRating: undefined });
    expect(set.parameters.ldttMinRating).toBe("HTTNV");
  });

  it("rejects unknown keys instead of ignoring them", () => {
    const run = () => applyOverrides(RULES_LUAT_2022, { cstdcsQuota: 15 });
    expect(run).toThrow(ZodError);
    const result = ruleOverridesSchema.safeParse({ cstdcsQuota: 15 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["cstdcsQuota"] });
  });

  it("rejects out-of-range and wrongly typed values, naming the field", () => {
    const cases: Array<[unknown, string]> = [
      [{ ttldxsLdttPercentAtLeast: 170 }, "ttldxsLdttPercentAtLeast"],
      [{ cstdTinhConsecutiveCstdcsYears: 2.5 }, "cstdTinhConsecutiveCstdcsYears"],
      [{ ldttMinRating: "GOOD" }, "ldttMinRating"],
      [{ ttldxsAllMembersAtLeastHtnv: "yes" }, "ttldxsAllMembersAtLeastHtnv"],
      [{ cstdcsQuotaPercentOfLdtt: -1 }, "cstdcsQuotaPercentOfLdtt"],
    ];
    for (const [input, field] of cases) {
      const result = ruleOverridesSchema.safeParse(input);
      expect(result.success, field).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual([field]);
      expect(() => applyOverrides(RULES_LUAT_2022, input)).toThrow(ZodError);
    }
  });

  it("rejects overrides that are not an object", () => {
    expect(() => applyOverrides(RULES_LUAT_2022, "15")).toThrow(ZodError);
    expect(() => applyOverrides(RULES_LUAT_2022, null)).toThrow(ZodError);
  });
});

describe("reason keys", () => {
  it("are unique kebab-case Fluent ids starting with rule-", () => {
    expect(new Set(REASON_KEYS).size).toBe(REASON_KEYS.length);
    for (const key of REASON_KEYS) expect(key).toMatch(/^rule-[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
