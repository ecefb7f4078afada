import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { auditLog, campaigns, nominationEvidence, nominations, people, roles, unitSubmissions } from "../../db/schema.js";
import { compareVietnamese, foldVietnamese } from "../../domain/text.js";
import type { UnitProgress, UnitScope, UnitState } from "../progress/service.js";
import { MANAGER_ROLES } from "../../core/roles.js";

/** Staff per unit (people not anonymised): the "answered / total" of the progress table. */
export async function staffTotals(db: DbOrTx, scope: UnitScope): Promise<Map<number, number>> {
  if (scope.unitIds && scope.unitIds.length === 0) return new Map();
  const rows = await db
    .select({ unitId: people.unitId, n: sql<number>`count(*)::int` })
    .from(people)
    .where(
      and(
        eq(people.provinceId, scope.provinceId),
        isNull(people.anonymisedAt),
        scope.unitIds ? inArray(people.unitId, scope.unitIds) : undefined,
      ),
    )
    .groupBy(people.unitId);
  return new Map(rows.filter((r) => r.unitId !== null).map((r) => [r.unitId!, Number(r.n)]));
}

export interface ProgressRow extends UnitProgress {
  staffTotal: number;
}

export const SORT_KEYS = ["code", "name", "kind", "cluster", "contact", "state", "submitted", "staff"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ProgressQuery {
  kind?: string | undefined;
  cluster?: string | undefined;
  state?: string | undefined;
  q?: string | undefined;
  sort: SortKey;
  desc: boolean;
}

export function toRows(units: UnitProgress[], totals: Map<number, number>): ProgressRow[] {
  return units.map((u) => ({
    ...u,
    // Someone who registered and moved away still counts for the unit: the total is never below the answers.
    staffTotal: Math.max(totals.get(u.unitId) ?? 0, u.registrations),
  }));
}

const STATE_ORDER: Record<UnitState, number> = { not_started: 0, in_progress: 1, submitted: 2 };
/** Pseudo cluster value for units outside any cluster. */
export const NO_CLUSTER = "-";

/** Pure: the rows a filter keeps, in the asked order. */
export function filterRows(rows: ProgressRow[], q: ProgressQuery): ProgressRow[] {
  const needle = q.q ? foldVietnamese(q.q) : "";
  const kept = rows.filter(
    (r) =>
      (!q.kind || r.kindName === q.kind) &&
      (!q.cluster || (q.cluster === NO_CLUSTER ? r.cluster === null : r.cluster === q.cluster)) &&
      (!q.state || r.state === q.state) &&
      // Folded only when searching: folding thousands of names costs more than the rest of the page.
      (!needle || foldVietnamese(`${r.code} ${r.name} ${r.contact?.name ?? ""} ${r.contact?.phone ?? ""}`).includes(needle)),
  );
  const text = (a: string | null | undefined, b: string | null | undefined) => compareVietnamese(a ?? "", b ?? "");
  const by: Record<SortKey, (a: ProgressRow, b: ProgressRow) => number> = {
    code: (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    name: (a, b) => text(a.name, b.name),
    kind: (a, b) => text(a.kindName, b.kindName),
    cluster: (a, b) => text(a.cluster, b.cluster),
    contact: (a, b) => text(a.contact?.name, b.contact?.name),
    state: (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state],
    submitted: (a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0),
    staff: (a, b) => a.registrations / (a.staffTotal || 1) - b.registrations / (b.staffTotal || 1),
  };
  const cmp = by[q.sort];
  // Ties keep code order, so a sorted table is stable from one load to the next.
  return kept.sort((a, b) => (q.desc ? -1 : 1) * cmp(a, b) || by.code(a, b));
}

/** The unit's nominations in the nomination campaigns of the same school year, with their evidence. */
export async function unitNominationRows(db: DbOrTx, schoolYearId: number, unitId: number) {
  const rows = await db
    .select({ n: nominations })
    .from(nominations)
    .innerJoin(campaigns, eq(campaigns.id, nominations.campaignId))
    .where(and(eq(campaigns.schoolYearId, schoolYearId), eq(nominations.unitId, unitId)))
    .orderBy(asc(nominations.id));
  const ids = rows.map((r) => r.n.id);
  const evidence = ids.length
    ? await db.select().from(nominationEvidence).where(inArray(nominationEvidence.nominationId, ids)).orderBy(asc(nominationEvidence.id))
    : [];
  return rows.map((r) => ({ ...r.n, evidence: evidence.filter((e) => e.nominationId === r.n.id) }));
}

/** What happened to the unit's registration (submitted, reopened), newest first. */
export async function unitHistory(db: DbOrTx, campaignId: number, unitId: number) {
  const [sub] = await db
    .select({ id: unitSubmissions.id })
    .from(unitSubmissions)
    .where(and(eq(unitSubmissions.campaignId, campaignId), eq(unitSubmissions.unitId, unitId)));
  if (!sub) return [];
  return db
    .select({ action: auditLog.action, actor: auditLog.actor, at: auditLog.at, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.entity, "unit_submission"), eq(auditLog.entityId, String(sub.id))))
    .orderBy(desc(auditLog.id))
    .limit(50);
}

/** The focal persons and leader of a unit: who is told when the Văn phòng reopens it. */
export async function unitManagers(db: DbOrTx, provinceId: number, unitId: number): Promise<number[]> {
  const rows = await db
    .select({ personId: roles.personId })
    .from(roles)
    .where(and(eq(roles.provinceId, provinceId), eq(roles.unitId, unitId), inArray(roles.role, MANAGER_ROLES)));
  return [...new Set(rows.map((r) => r.personId))];
}
