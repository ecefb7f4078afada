/**
 * Per-province overrides of a rule set's parameters, stored as JSON. Validated strictly: a typo in
 * a key or a value out of range is an error naming the field, never silently ignored.
 */
import { z } from "zod";
import { RATINGS, type RuleParameters, type RuleSet } from "./types.js";

const rating = z.enum(RATINGS);
const percent = z.number().min(0).max(100);
const years = z.number().int().min(1).max(10);

export const ruleParametersSchema = z.strictObject({
  ldttMinRating: rating,
  cstdcsMinRating: rating,
  cstdcsQuotaPercentOfLdtt: percent.nullable(),
  cstdTinhConsecutiveCstdcsYears: years,
  cstdToanQuocConsecutiveCstdTinh: years,
  minMonthsWorked: z.number().min(0).max(12).nullable(),
  minMonthsSinceRecruitment: z.number().min(0).max(24).nullable(),
  cstdcsCriteria: z.enum(["rating-and-initiative", "rating-or-initiative"]),
  absentDaysLimit: z.number().int().min(1).max(366).nullable(),
  ttldttLdttPercentAbove: percent,
  ttldxsLdttPercentAtLeast: percent,
  ttldxsMinCstdcs: z.number().int().min(0),
  ttldxsAllMembersAtLeastHtnv: z.boolean(),
  ttldxsNoDiscipline: z.boolean(),
}) satisfies z.ZodType<RuleParameters>;

export const ruleOverridesSchema = ruleParametersSchema.partial();
export type RuleOverrides = z.infer<typeof ruleOverridesSchema>;

/**
 * The set with the overrides merged in. Throws a ZodError when `overrides` is invalid. Confidence
 * tags are not overridable: a province can change a number, not make an unconfirmed rule block.
 */
export function applyOverrides(set: RuleSet, overrides: unknown): RuleSet {
  const parsed = ruleOverridesSchema.parse(overrides);
  // `{ key: undefined }` passes .partial() but must not wipe the base value.
  for (const key of Object.keys(parsed) as Array<keyof RuleOverrides>) if (parsed[key] === undefined) delete parsed[key];
  return {
    ...set,
    parameters: { ...set.parameters, ...parsed },
    appliedOverrides: { ...set.appliedOverrides, ...parsed },
  };
}

/**
 * A province's rule settings (provinces.settings.rules): overrides for every year, and under
 * `years` overrides for one school year (the CSTĐCS cap is set this way, e.g.
 * `{ "years": { "2025-2026": { "cstdcsQuotaPercentOfLdtt": 15 } } }`).
 */
export const provinceRuleSettingsSchema = ruleOverridesSchema.extend({
  years: z.record(z.string().regex(/^\d{4}-\d{4}$/), ruleOverridesSchema).optional(),
});

/** The set with the province's overrides, then that school year's, merged in. Throws ZodError. */
export function applyProvinceRules(set: RuleSet, settings: unknown, schoolYear?: string): RuleSet {
  const { years, ...all } = provinceRuleSettingsSchema.parse(settings ?? {});
  const withAll = applyOverrides(set, all);
  const forYear = schoolYear ? years?.[schoolYear] : undefined;
  return forYear ? applyOverrides(withAll, forYear) : withAll;
}
