import { and, asc, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  campaigns,
  clusters,
  collectiveRegistrations,
  people,
  provinces,
  registrations,
  roles,
  schoolYears,
  unitKinds,
  unitSubmissions,
  unitTargets,
  units,
} from "../../db/schema.js";
import { compareVietnamese, compareVietnameseNames } from "../../domain/text.js";
import { UserError } from "../../core/errors.js";
import type { Campaign } from "../registration/campaigns.js";
import { MANAGER_ROLES } from "../../core/roles.js";

/**
 * Progress of a registration campaign, per unit and for the province. Shared by /progress, the
 * exports (Tổng hợp, Chưa nộp) and the CLI, so every view counts the same way.
 */

export type UnitState = "submitted" | "in_progress" | "not_started";

export interface Contact {
  name: string;
  position: string;
  phone: string | null;
}

export interface UnitProgress {
  unitId: number;
  code: string;
  name: string;
  kindName: string;
  cluster: string | null;
  state: UnitState;
  submittedAt: Date | null;
  /** The focal person, or the unit leader when the unit has no focal person. */
  contact: Contact | null;
  leader: Contact | null;
  registrations: number;
  targets: number;
  collectives: number;
}

/** Which units one view covers: the whole province, or some units (a focal person's). */
export type UnitScope = { provinceId: number; unitIds: number[] | null };

export async function loadCampaign(db: DbOrTx, provinceId: number, id: number): Promise<Campaign & { provinceName: string }> {
  const [row] = await db
    .select({ c: campaigns, schoolYear: schoolYears.label, provinceName: provinces.name })
    .from(campaigns)
    .innerJoin(schoolYears, eq(schoolYears.id, campaigns.schoolYearId))
    .innerJoin(provinces, eq(provinces.id, campaigns.provinceId))
    .where(and(eq(campaigns.provinceId, provinceId), eq(campaigns.id, id)));
  if (!row) throw new UserError("campaign-unknown", { id });
  return { ...row.c, schoolYear: row.schoolYear, provinceName: row.provinceName };
}

/** Registration campaigns of the province, newest deadline first (what /progress and /export offer). */
export async function registrationCampaigns(db: DbOrTx, provinceId: number) {
  return db
    .select({ id: campaigns.id, title: campaigns.title, deadlineAt: campaigns.deadlineAt, closedAt: campaigns.closedAt })
    .from(campaigns)
    .where(and(eq(campaigns.provinceId, provinceId), eq(campaigns.kind, "registration")))
    .orderBy(desc(campaigns.deadlineAt), desc(campaigns.id));
}

const countRows = async (
  db: DbOrTx,
  table: typeof unitTargets | typeof collectiveRegistrations,
  campaignId: number,
  unitFilter: SQL | undefined,
) =>
  db
    .select({ unitId: table.unitId, n: sql<number>`count(*)::int` })
    .from(table)
    .where(and(eq(table.campaignId, campaignId), unitFilter))
    .groupBy(table.unitId);

/**
 * Every unit the campaign concerns, in unit-code order. A unit is expected to register when it
 * has a focal person or leader (schools, centres); communes and the Sở itself have none and are
 * left out unless they did something in the campaign.
 */
export async function campaignUnits(db: DbOrTx, campaignId: number, scope: UnitScope): Promise<UnitProgress[]> {
  const only = scope.unitIds;
  if (only && only.length === 0) return [];
  const unitRows = await db
    .select({ id: units.id, code: units.code, name: units.name, kindName: unitKinds.name, cluster: clusters.name })
    .from(units)
    .innerJoin(unitKinds, eq(unitKinds.id, units.kindId))
    .leftJoin(clusters, eq(clusters.id, units.clusterId))
    .where(and(eq(units.provinceId, scope.provinceId), only ? inArray(units.id, only) : undefined))
    .orderBy(asc(units.code));

  const regRows = await db
    .select({ unitId: registrations.unitId, n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(
      and(
        eq(registrations.campaignId, campaignId),
        ne(registrations.status, "withdrawn"),
        only ? inArray(registrations.unitId, only) : undefined,
      ),
    )
    .groupBy(registrations.unitId);
  const targetRows = await countRows(db, unitTargets, campaignId, only ? inArray(unitTargets.unitId, only) : undefined);
  const collectiveRows = await countRows(
    db,
    collectiveRegistrations,
    campaignId,
    only ? inArray(collectiveRegistrations.unitId, only) : undefined,
  );
  const subs = await db
    .select({ unitId: unitSubmissions.unitId, status: unitSubmissions.status, submittedAt: unitSubmissions.submittedAt })
    .from(unitSubmissions)
    .where(and(eq(unitSubmissions.campaignId, campaignId), only ? inArray(unitSubmissions.unitId, only) : undefined));
  const contacts = await db
    .select({ unitId: roles.unitId, role: roles.role, name: people.fullName, position: people.position, phone: people.phone })
    .from(roles)
    .innerJoin(people, eq(people.id, roles.personId))
    .where(
      and(
        eq(roles.provinceId, scope.provinceId),
        inArray(roles.role, MANAGER_ROLES),
        sql`${people.anonymisedAt} is null`,
        only ? inArray(roles.unitId, only) : undefined,
      ),
    )
    .orderBy(asc(roles.id));

  const toMap = (rows: Array<{ unitId: number; n: number }>) => new Map(rows.map((r) => [r.unitId, r.n]));
  const regs = toMap(regRows);
  const targets = toMap(targetRows);
  const collectives = toMap(collectiveRows);
  const subByUnit = new Map(subs.map((s) => [s.unitId, s]));
  const focal = new Map<number, Contact>();
  const leader = new Map<number, Contact>();
  for (const c of contacts) {
    const map = c.role === "focal" ? focal : leader;
    if (c.unitId !== null && !map.has(c.unitId)) map.set(c.unitId, { name: c.name, position: c.position, phone: c.phone });
  }

  const out: UnitProgress[] = [];
  for (const u of unitRows) {
    const sub = subByUnit.get(u.id);
    const counts = { registrations: regs.get(u.id) ?? 0, targets: targets.get(u.id) ?? 0, collectives: collectives.get(u.id) ?? 0 };
    const active = !!sub || counts.registrations + counts.targets + counts.collectives > 0;
    const expected = only !== null || focal.has(u.id) || leader.has(u.id);
    if (!expected && !active) continue;
    out.push({
      unitId: u.id,
      code: u.code,
      name: u.name,
      kindName: u.kindName,
      cluster: u.cluster,
      state: sub?.status === "submitted" ? "submitted" : active ? "in_progress" : "not_started",
      submittedAt: sub?.status === "submitted" ? sub.submittedAt : null,
      contact: focal.get(u.id) ?? leader.get(u.id) ?? null,
      leader: leader.get(u.id) ?? null,
      ...counts,
    });
  }
  return out;
}

export interface StateCounts {
  submitted: number;
  in_progress: number;
  not_started: number;
  total: number;
}

export interface ProvinceSummary {
  counts: StateCounts;
  byKind: Array<{ label: string; counts: StateCounts }>;
  byCluster: Array<{ label: string | null; counts: StateCounts }>;
  /** Not submitted although the deadline has passed. */
  overdue: UnitProgress[];
  /** Submitted, but after the deadline. */
  submittedLate: UnitProgress[];
}

const emptyCounts = (): StateCounts => ({ submitted: 0, in_progress: 0, not_started: 0, total: 0 });

/** Pure: the province view of a campaign at `now`. */
export function summarize(rows: UnitProgress[], deadlineAt: Date, now: Date): ProvinceSummary {
  const counts = emptyCounts();
  const byKind = new Map<string, StateCounts>();
  const byCluster = new Map<string | null, StateCounts>();
  const add = (c: StateCounts, s: UnitState) => {
    c[s]++;
    c.total++;
  };
  for (const r of rows) {
    add(counts, r.state);
    if (!byKind.has(r.kindName)) byKind.set(r.kindName, emptyCounts());
    add(byKind.get(r.kindName)!, r.state);
    if (!byCluster.has(r.cluster)) byCluster.set(r.cluster, emptyCounts());
    add(byCluster.get(r.cluster)!, r.state);
  }
  const past = now > deadlineAt;
  return {
    counts,
    byKind: [...byKind].map(([label, c]) => ({ label, counts: c })).sort((a, b) => compareVietnamese(a.label, b.label)),
    // Units outside any cluster come last.
    byCluster: [...byCluster]
      .map(([label, c]) => ({ label, counts: c }))
      .sort((a, b) => (a.label === null ? 1 : b.label === null ? -1 : compareVietnamese(a.label, b.label))),
    overdue: past ? rows.filter((r) => r.state !== "submitted") : [],
    submittedLate: rows.filter((r) => r.submittedAt !== null && r.submittedAt > deadlineAt),
  };
}

export interface MemberProgress {
  personId: number;
  name: string;
  position: string;
  registration: { titleCode: string; status: "pending" | "approved" | "returned" } | null;
}

/** The focal person's view: every member of the unit and their answer, in Vietnamese name order. */
export async function unitMemberProgress(db: DbOrTx, campaignId: number, unitId: number): Promise<MemberProgress[]> {
  const members = await db
    .select({ personId: people.id, name: people.fullName, position: people.position })
    .from(people)
    .where(and(eq(people.unitId, unitId), sql`${people.anonymisedAt} is null`));
  const regs = await db
    .select({
      personId: registrations.personId,
      name: people.fullName,
      position: people.position,
      titleCode: registrations.titleCode,
      status: registrations.status,
    })
    .from(registrations)
    .innerJoin(people, eq(people.id, registrations.personId))
    .where(and(eq(registrations.campaignId, campaignId), eq(registrations.unitId, unitId), ne(registrations.status, "withdrawn")));
  const byPerson = new Map<number, MemberProgress>(members.map((m) => [m.personId, { ...m, registration: null }]));
  // Someone who registered with this unit and has since moved still counts for it.
  for (const r of regs) {
    const status = r.status as "pending" | "approved" | "returned";
    byPerson.set(r.personId, {
      personId: r.personId,
      name: r.name,
      position: r.position,
      registration: { titleCode: r.titleCode, status },
    });
  }
  return [...byPerson.values()].sort((a, b) => compareVietnameseNames(a.name, b.name));
}
