/**
 * The CSTĐCS quota of a unit. Whether a quota exists under NĐ 98/152 is unknown [U], so this only
 * ever warns, and says nothing when the rule set has no quota.
 */
import { evaluation, warning } from "./evaluation.js";
import type { Evaluation, Reason, RuleSet } from "./types.js";

export function cstdcsQuotaCheck(ldttCount: number, cstdcsCount: number, ruleSet: RuleSet): Evaluation {
  for (const [name, n] of [
    ["ldttCount", ldttCount],
    ["cstdcsCount", cstdcsCount],
  ] as const) {
    if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`${name} must be a whole number ≥ 0, got ${n}`);
  }
  const out: Reason[] = [];
  // A CSTĐCS is chosen among those who reach LĐTT, so there cannot be more of them.
  if (cstdcsCount > ldttCount) out.push(warning("rule-cstdcs-more-than-ldtt", { cstdcs: cstdcsCount, ldtt: ldttCount }));
  const percent = ruleSet.parameters.cstdcsQuotaPercentOfLdtt;
  if (percent !== null && cstdcsCount * 100 > percent * ldttCount) {
    out.push(
      warning("rule-cstdcs-quota-exceeded", {
        cstdcs: cstdcsCount,
        ldtt: ldttCount,
        percent,
        max: Math.floor((percent * ldttCount) / 100),
      }),
    );
  }
  return evaluation(out);
}
