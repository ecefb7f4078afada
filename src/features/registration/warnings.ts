import type { DbOrTx } from "../../db/client.js";
import { cstdcsQuotaCheck, evaluateCollectiveTitle, type Reason, type RuleSet } from "../../domain/rules/index.js";
import type { CollectiveTitleCode } from "../../domain/titles.js";
import { listCollectives, unitCollectiveStats } from "./collectives.js";

export interface UnitWarning {
  /** What the warning is about: the unit, or a collective title of a tổ. */
  subject: string | null;
  reason: Reason;
}

/** Rule warnings computed from the unit's registrations (e.g. TTLĐXS needs ≥70% LĐTT and one CSTĐCS). */
export async function unitWarnings(db: DbOrTx, campaignId: number, unitId: number, ruleSet: RuleSet): Promise<UnitWarning[]> {
  const stats = await unitCollectiveStats(db, campaignId, unitId);
  const out: UnitWarning[] = [];
  for (const c of await listCollectives(db, campaignId, unitId)) {
    // Members of a tổ are not recorded per tổ yet, so a tổ is judged on the whole unit's figures.
    for (const reason of evaluateCollectiveTitle(c.titleCode as CollectiveTitleCode, stats, ruleSet).reasons)
      out.push({ subject: c.groupName, reason });
  }
  for (const reason of cstdcsQuotaCheck(stats.ldttRegistered, stats.cstdcsRegistered, ruleSet).reasons) out.push({ subject: null, reason });
  return out;
}
