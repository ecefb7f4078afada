import { and, eq, gt, inArray, isNull, lte, ne, notInArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client.js";
import { campaigns, outbox, people, registrations, reminderPlans, roles, unitSubmissions, units, type CampaignKind } from "../db/schema.js";
import { formatDate } from "../domain/calendar.js";
import {
  AUTO_NUDGE_OFFSET,
  daysLeft,
  digestOffsets,
  dueReminders,
  planReminders,
  policyFrom,
  type PlannedReminder,
} from "../domain/reminders.js";
import { campaignUnits, type UnitProgress } from "../features/progress/service.js";
import { pendingUnits, REMINDED_KINDS, remindedKind, type RemindedKind } from "./campaign-kinds.js";
import { declinedMessages, MESSAGE_KINDS } from "../features/consent/service.js";
import { MANAGER_ROLES } from "../core/roles.js";

export const NUDGE_INTERVAL_MS = 24 * 3600_000;
const INSERT_CHUNK = 500;

type Campaign = typeof campaigns.$inferSelect;
type OutboxRow = typeof outbox.$inferInsert;

export interface PlanResult {
  campaignId: number;
  offset: number;
  kind: "deadline" | "nudge" | "digest";
  queued: number;
}

/** The message key for a unit reminder at that offset, in the words of the campaign's kind. */
const unitKey = (kind: RemindedKind, offset: number) =>
  offset < 0 ? kind.keys.before : offset === 0 ? kind.keys.today : kind.keys.overdue;

type LateUnit = Pick<UnitProgress, "unitId" | "code" | "name" | "registrations" | "targets">;

/** Units still expected to submit, with the people to remind: focal persons and the leader. */
export async function lateUnits(db: DbOrTx, campaign: Campaign) {
  // Registrations count what is missing (staff, targets); other kinds only whether the unit sent.
  const progress: LateUnit[] =
    campaign.kind === "registration"
      ? (await campaignUnits(db, campaign.id, { provinceId: campaign.provinceId, unitIds: null })).filter((u) => u.state !== "submitted")
      : (await pendingUnits(db, campaign)).map((u) => ({ ...u, registrations: 0, targets: 0 }));
  if (progress.length === 0) return [];
  const ids = progress.map((u) => u.unitId);
  const managers = await db
    .select({ unitId: roles.unitId, personId: roles.personId })
    .from(roles)
    .innerJoin(people, eq(people.id, roles.personId))
    .where(and(inArray(roles.unitId, ids), inArray(roles.role, MANAGER_ROLES), isNull(people.anonymisedAt)));
  const members = await db
    .select({ unitId: people.unitId, n: sql<number>`count(*)::int` })
    .from(people)
    .where(and(inArray(people.unitId, ids), isNull(people.anonymisedAt)))
    .groupBy(people.unitId);
  const memberCount = new Map(members.map((m) => [m.unitId!, m.n]));
  return progress.map((u) => ({
    unit: u,
    members: memberCount.get(u.unitId) ?? 0,
    recipients: [...new Set(managers.filter((m) => m.unitId === u.unitId).map((m) => m.personId))],
  }));
}

function unitMessage(campaign: Campaign, u: LateUnit, members: number, offset: number, now: Date, timeZone: string) {
  return {
    key: unitKey(remindedKind(campaign.kind)!, offset),
    vars: {
      campaign: campaign.title,
      unit: u.name,
      deadline: formatDate(campaign.deadlineAt, timeZone),
      days: Math.abs(daysLeft(campaign.deadlineAt, now, timeZone)),
      missing: Math.max(0, members - u.registrations),
      members,
      targets: u.targets,
    },
  };
}

/** The rows one due reminder queues: every manager of every late unit, and for overdue, the Văn phòng. */
async function deadlineRows(db: DbOrTx, campaign: Campaign, reminder: PlannedReminder, now: Date, timeZone: string): Promise<OutboxRow[]> {
  const late = await lateUnits(db, campaign);
  // createdAt is the planner's clock: the dispatcher measures lateness from it.
  const base = {
    provinceId: campaign.provinceId,
    campaignId: campaign.id,
    deadlineAt: campaign.deadlineAt,
    reminderOffset: reminder.offset,
    notBefore: now,
    createdAt: now,
  };
  const stamp = campaign.deadlineAt.toISOString();
  const rows: OutboxRow[] = late.flatMap(({ unit, members, recipients }) =>
    recipients.map((personId) => ({
      ...base,
      personId,
      unitId: unit.unitId,
      kind: "reminder",
      dedupeKey: `reminder:${campaign.id}:${stamp}:${reminder.offset}:${personId}`,
      message: unitMessage(campaign, unit, members, reminder.offset, now, timeZone),
    })),
  );
  if (reminder.offset > 0 && late.length > 0) {
    const office = await db
      .select({ personId: roles.personId })
      .from(roles)
      .innerJoin(people, eq(people.id, roles.personId))
      .where(and(eq(roles.provinceId, campaign.provinceId), eq(roles.role, "office"), isNull(people.anonymisedAt)));
    // One summary per office person; the sender splits it at the channel's limit.
    const list = late.map(({ unit }) => `• ${unit.code} – ${unit.name}`).join("\n");
    for (const personId of new Set(office.map((o) => o.personId))) {
      rows.push({
        ...base,
        personId,
        kind: "reminder-office",
        dedupeKey: `reminder-office:${campaign.id}:${stamp}:${reminder.offset}:${personId}`,
        message: {
          key: remindedKind(campaign.kind)!.keys.office,
          vars: { campaign: campaign.title, deadline: formatDate(campaign.deadlineAt, timeZone), count: late.length, units: list },
        },
      });
    }
  }
  return rows;
}

/** Staff of these units who have not registered and were not nudged in the last 24 hours. */
export async function silentStaff(db: DbOrTx, campaignId: number, unitIds: number[], now: Date) {
  if (unitIds.length === 0) return [];
  const answered = db
    .select({ id: registrations.personId })
    .from(registrations)
    .where(and(eq(registrations.campaignId, campaignId), ne(registrations.status, "withdrawn")));
  const nudged = db
    .select({ id: outbox.personId })
    .from(outbox)
    .where(and(eq(outbox.kind, "nudge"), gt(outbox.createdAt, new Date(now.getTime() - NUDGE_INTERVAL_MS))));
  const rows = await db
    .select({ personId: people.id, unitId: people.unitId, provinceId: people.provinceId, role: roles.role })
    .from(people)
    .innerJoin(roles, and(eq(roles.personId, people.id), eq(roles.role, "staff")))
    .where(and(inArray(people.unitId, unitIds), isNull(people.anonymisedAt), notInArray(people.id, answered)));
  const recent = new Set((await nudged).map((r) => r.id));
  const byPerson = new Map(rows.filter((r) => !recent.has(r.personId)).map((r) => [r.personId, r]));
  return [...byPerson.values()];
}

/** Nudge rows for staff who have not answered; at most one per person per 24 h. */
export function nudgeRows(
  campaign: Campaign,
  staff: Array<{ personId: number; unitId: number | null }>,
  unitNames: Map<number, string>,
  now: Date,
  timeZone: string,
): OutboxRow[] {
  return staff.map((s) => ({
    provinceId: campaign.provinceId,
    personId: s.personId,
    unitId: s.unitId,
    campaignId: campaign.id,
    kind: "nudge",
    notBefore: now,
    // The 24-hour rule reads this: it must be the planner's clock, not the database's.
    createdAt: now,
    dedupeKey: `nudge:${campaign.id}:${s.personId}:${now.toISOString()}`,
    message: {
      key: "nudge-staff",
      vars: { campaign: campaign.title, unit: unitNames.get(s.unitId ?? -1) ?? "", deadline: formatDate(campaign.deadlineAt, timeZone) },
    },
  }));
}

async function autoNudgeRows(db: DbOrTx, campaign: Campaign, now: Date, timeZone: string): Promise<OutboxRow[]> {
  const switchedOn = await db
    .select({ unitId: unitSubmissions.unitId, name: units.name })
    .from(unitSubmissions)
    .innerJoin(units, eq(units.id, unitSubmissions.unitId))
    .where(and(eq(unitSubmissions.campaignId, campaign.id), eq(unitSubmissions.autoNudge, true), ne(unitSubmissions.status, "submitted")));
  const staff = await silentStaff(
    db,
    campaign.id,
    switchedOn.map((u) => u.unitId),
    now,
  );
  return nudgeRows(campaign, staff, new Map(switchedOn.map((u) => [u.unitId, u.name])), now, timeZone);
}

export async function insertOutbox(db: DbOrTx, all: OutboxRow[]): Promise<number> {
  // Reminders and nudges only reach people who accept "messages" (issue 16): silence is not a refusal.
  const optedOut = await declinedMessages(
    db,
    all.filter((r) => MESSAGE_KINDS.has(r.kind)).map((r) => r.personId),
  );
  const rows = optedOut.size ? all.filter((r) => !(MESSAGE_KINDS.has(r.kind) && optedOut.has(r.personId))) : all;
  let inserted = 0;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const done = await db
      .insert(outbox)
      .values(rows.slice(i, i + INSERT_CHUNK))
      .onConflictDoNothing()
      .returning({ id: outbox.id });
    inserted += done.length;
  }
  return inserted;
}

/** The campaign's reminder policy: its settings over its kind's default days. */
export const campaignPolicy = (campaign: Pick<Campaign, "kind" | "settings">) =>
  policyFrom(campaign.settings, { offsets: remindedKind(campaign.kind)?.offsets ?? [] });

/** The weekly digest: one message per Văn phòng person; its picture and figures are made at send time. */
async function digestRows(db: DbOrTx, campaign: Campaign, due: PlannedReminder, now: Date, timeZone: string): Promise<OutboxRow[]> {
  // The figures as they stand now, so the text reads right even where the picture cannot be made.
  const late = await lateUnits(db, campaign);
  const vars = {
    campaign: campaign.title,
    deadline: formatDate(campaign.deadlineAt, timeZone),
    days: daysLeft(campaign.deadlineAt, now, timeZone),
    count: late.length,
    units: late
      .slice(0, 30)
      .map(({ unit }) => `• ${unit.code} – ${unit.name}`)
      .join("\n"),
  };
  const office = await db
    .select({ personId: roles.personId })
    .from(roles)
    .innerJoin(people, eq(people.id, roles.personId))
    .where(and(eq(roles.provinceId, campaign.provinceId), eq(roles.role, "office"), isNull(people.anonymisedAt)));
  return [...new Set(office.map((o) => o.personId))].map((personId) => ({
    provinceId: campaign.provinceId,
    personId,
    campaignId: campaign.id,
    deadlineAt: campaign.deadlineAt,
    reminderOffset: due.offset,
    kind: "digest",
    notBefore: now,
    createdAt: now,
    dedupeKey: `digest:${campaign.id}:${campaign.deadlineAt.toISOString()}:${due.offset}:${personId}`,
    message: { key: "digest-text", vars },
  }));
}

/** Reminders of one campaign due at `now`: deadline ones, and the D-5 staff nudge. */
export function duePlans(campaign: Campaign, now: Date, timeZone: string) {
  const kind = remindedKind(campaign.kind);
  if (!kind) return [];
  const policy = campaignPolicy(campaign);
  if (!policy.enabled) return [];
  const deadline = dueReminders(planReminders(campaign.deadlineAt, policy, timeZone), now, timeZone, policy).map((r) => ({
    ...r,
    kind: "deadline" as const,
  }));
  const nudge = kind.staffNudge
    ? dueReminders(planReminders(campaign.deadlineAt, { ...policy, offsets: [AUTO_NUDGE_OFFSET] }, timeZone), now, timeZone, policy).map(
        (r) => ({ ...r, kind: "nudge" as const }),
      )
    : [];
  // On by default; `settings.digest: false` turns it off.
  const digestOn = kind.weeklyDigest && (campaign.settings as { digest?: unknown }).digest !== false;
  const digest = digestOn
    ? dueReminders(
        planReminders(
          campaign.deadlineAt,
          { ...policy, offsets: digestOffsets(campaign.deadlineAt, timeZone), weekdays: [1, 2, 3, 4, 5, 6, 7] },
          timeZone,
        ),
        now,
        timeZone,
        policy,
      ).map((r) => ({ ...r, kind: "digest" as const }))
    : [];
  return [...deadline, ...nudge, ...digest];
}

/**
 * One planner tick: for each due reminder not yet planned, claim its plan row and queue its
 * messages in the same transaction. The plan row's unique key makes this once per reminder
 * however many instances tick, and a crash before commit leaves it for the next tick.
 */
export async function planDueReminders(db: Db, now: Date, timeZone: string): Promise<PlanResult[]> {
  const open = await db
    .select()
    .from(campaigns)
    .where(
      and(isNull(campaigns.closedAt), inArray(campaigns.kind, Object.keys(REMINDED_KINDS) as CampaignKind[]), lte(campaigns.opensAt, now)),
    );
  const results: PlanResult[] = [];
  for (const campaign of open) {
    for (const due of duePlans(campaign, now, timeZone)) {
      const queued = await db.transaction(async (tx) => {
        const [plan] = await tx
          .insert(reminderPlans)
          .values({
            provinceId: campaign.provinceId,
            campaignId: campaign.id,
            deadlineAt: campaign.deadlineAt,
            reminderOffset: due.offset,
            kind: due.kind,
            plannedAt: now,
          })
          .onConflictDoNothing()
          .returning({ id: reminderPlans.id });
        if (!plan) return null;
        const rows =
          due.kind === "deadline"
            ? await deadlineRows(tx, campaign, due, now, timeZone)
            : due.kind === "nudge"
              ? await autoNudgeRows(tx, campaign, now, timeZone)
              : await digestRows(tx, campaign, due, now, timeZone);
        const n = await insertOutbox(tx, rows);
        await tx.update(reminderPlans).set({ queued: n }).where(eq(reminderPlans.id, plan.id));
        return n;
      });
      if (queued !== null) results.push({ campaignId: campaign.id, offset: due.offset, kind: due.kind, queued });
    }
  }
  return results;
}
