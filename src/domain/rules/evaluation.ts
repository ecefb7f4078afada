/**
 * Building evaluations. The one place that decides when a reason blocks: only a rule the rule set
 * marks [V], and only when the data proves the failure. Everything else warns, so a person is never
 * stopped by a rule the sources do not support or by data we simply do not have.
 */
import type { Evaluation, Reason, ReasonKey, RuleId, RuleSet } from "./types.js";

type Params = Record<string, string | number>;

function reason(key: ReasonKey, severity: Reason["severity"], params?: Params): Reason {
  return params ? { key, params, severity } : { key, severity };
}

export function warning(key: ReasonKey, params?: Params): Reason {
  return reason(key, "warn", params);
}

/** A failed rule: blocks when the rule is [V] in this set and `proven`, warns otherwise. */
export function failure(ruleSet: RuleSet, rule: RuleId, proven: boolean, key: ReasonKey, params?: Params): Reason {
  return reason(key, proven && ruleSet.confidence[rule] === "V" ? "block" : "warn", params);
}

/** Used where a whole chain of rules is itself unconfirmed (e.g. Cờ thi đua building on TTLĐXS). */
export function asWarnings(reasons: readonly Reason[]): Reason[] {
  return reasons.map((r) => ({ ...r, severity: "warn" }));
}

/** Drops repeats (the same key and params reached through two rules), keeping the most severe. */
function dedupe(reasons: readonly Reason[]): Reason[] {
  const byId = new Map<string, Reason>();
  for (const r of reasons) {
    const id = `${r.key}|${JSON.stringify(r.params ?? {})}`;
    const seen = byId.get(id);
    if (!seen || (seen.severity === "warn" && r.severity === "block")) byId.set(id, r);
  }
  return [...byId.values()];
}

export function evaluation(reasons: readonly Reason[]): Evaluation {
  const list = dedupe(reasons);
  const status = list.some((r) => r.severity === "block") ? "blocked" : list.length > 0 ? "warn" : "ok";
  return { status, reasons: list };
}

/** Percent with one decimal, for messages ("66,7%"). */
export function percentOf(part: number, whole: number): number {
  return Math.round((part * 1000) / whole) / 10;
}
