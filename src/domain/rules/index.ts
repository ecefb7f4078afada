/** Public entry of the rules: versioned rule sets, overrides and the title evaluations. */
export * from "./types.js";
export { BUILT_IN_RULE_SETS, RULES_LUAT_2022, RULES_ND_152_2025, RULES_ND_91_2017, isIsoDate, selectRuleSet } from "./sets.js";
export {
  applyOverrides,
  applyProvinceRules,
  provinceRuleSettingsSchema,
  ruleOverridesSchema,
  ruleParametersSchema,
  type RuleOverrides,
} from "./overrides.js";
export { evaluateIndividualTitle, allowedIndividualTitles, monthsSinceRecruitment, type AllowedTitle } from "./individual.js";
export { evaluateCollectiveTitle } from "./collective.js";
export { cstdcsQuotaCheck } from "./quota.js";
export { parseSchoolYear, schoolYearLabel, schoolYearStart, shiftSchoolYear } from "./school-year.js";
