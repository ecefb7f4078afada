import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { channelIdentities, roles, unitSubmissions, units } from "../../db/schema.js";
import { quietUntil, reminderPolicySchema } from "../../domain/reminders.js";
import { compareVietnameseNames } from "../../domain/text.js";
import { unitMemberProgress } from "../progress/service.js";
import { insertOutbox, nudgeRows, silentStaff } from "../../reminders/planner.js";
import { writeAudit } from "../../services/audit.js";
import type { Campaign } from "../registration/campaigns.js";

export interface RemindStatus {
  /** Everyone of the unit who has not answered, counted as /progress counts them. */
  unanswered: number;
  /** Staff among them: who a nudge is for. */
  silent: number;
  /** Of `silent`, nudged in the last 24 hours. */
  recent: number;
  /** Who a nudge would go to now: not nudged in 24 hours, and reachable by the bot. */
  available: Array<{ personId: number; unitId: number | null }>;
  /** Not answered but not staff (focal person, leader): never nudged, named so the count adds up. */
  notNudged: string[];
  /** Staff not nudged in 24 hours whom the bot cannot message (no messenger, or blocked): to be told in person. */
  unreachable: string[];
  autoNudge: boolean;
  submitted: boolean;
}

/** Who of the unit has not answered, who of them a nudge reaches, and who must be told in person. */
export async function remindStatus(db: DbOrTx, campaign: Campaign, unitId: number, now: Date): Promise<RemindStatus> {
  const members = (await unitMemberProgress(db, campaign.id, unitId)).filter((m) => m.registration === null);
  const ids = members.map((m) => m.personId);
  const staffIds = ids.length
    ? new Set(
        (
          await db
            .select({ id: roles.personId })
            .from(roles)
            .where(and(eq(roles.role, "staff"), inArray(roles.personId, ids)))
        ).map((r) => r.id),
      )
    : new Set<number>();
  const notNudged = await silentStaff(db, campaign.id, [unitId], now);
  const reachable = await reachablePeople(
    db,
    notNudged.map((a) => a.personId),
  );
  // A nudge to someone the bot cannot message would only be skipped by the sender, and would
  // count as "reminded": they are named instead.
  const available = notNudged.filter((a) => reachable.has(a.personId));
  const name = new Map(members.map((m) => [m.personId, m.name]));
  const silent = members.filter((m) => staffIds.has(m.personId)).length;
  const [sub] = await db
    .select({ autoNudge: unitSubmissions.autoNudge, status: unitSubmissions.status })
    .from(unitSubmissions)
    .where(and(eq(unitSubmissions.campaignId, campaign.id), eq(unitSubmissions.unitId, unitId)));
  return {
    unanswered: members.length,
    silent,
    recent: Math.max(0, silent - notNudged.length),
    available,
    notNudged: members.filter((m) => !staffIds.has(m.personId)).map((m) => m.name),
    unreachable: notNudged
      .filter((a) => !reachable.has(a.personId))
      .map((a) => name.get(a.personId) ?? "")
      .filter(Boolean)
      .sort(compareVietnameseNames),
    autoNudge: sub?.autoNudge ?? false,
    submitted: sub?.status === "submitted",
  };
}

/** People with at least one messenger the bot can still write to. */
async function reachablePeople(db: DbOrTx, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: channelIdentities.personId })
    .from(channelIdentities)
    .where(and(inArray(channelIdentities.personId, ids), isNull(channelIdentities.unreachableAt)));
  return new Set(rows.map((r) => r.id));
}

export interface NudgeOutcome {
  /** Nudges queued, each to someone the bot can message. */
  queued: number;
  /** Names of those it cannot: the focal person tells them in person. */
  unreachable: string[];
  /** When the messages leave: null at once, else the end of the quiet hours (07:00). */
  sendsAt: Date | null;
}

/** Queues one nudge per silent staff member not nudged in the last 24 h, and says what will come of it. */
export async function nudgeNow(
  db: DbOrTx,
  campaign: Campaign,
  unitId: number,
  now: Date,
  timeZone: string,
  actorId: number,
): Promise<NudgeOutcome> {
  const status = await remindStatus(db, campaign, unitId, now);
  const staff = status.available;
  const [unit] = await db.select({ name: units.name }).from(units).where(eq(units.id, unitId));
  const count = await insertOutbox(db, nudgeRows(campaign, staff, new Map([[unitId, unit?.name ?? ""]]), now, timeZone));
  await writeAudit(db, {
    provinceId: campaign.provinceId,
    actor: { personId: actorId },
    action: "nudge",
    entity: "unit",
    entityId: unitId,
    after: { campaignId: campaign.id, count },
  });
  // The sender holds reminders during the quiet hours (21:00–07:00), whatever the campaign says.
  return { queued: count, unreachable: status.unreachable, sendsAt: quietUntil(now, timeZone, reminderPolicySchema.parse({})) };
}

/** The focal person's switch for the automatic D-5 staff reminder. */
export async function setAutoNudge(db: DbOrTx, campaign: Campaign, unitId: number, on: boolean, actorId: number): Promise<void> {
  await db
    .insert(unitSubmissions)
    .values({ provinceId: campaign.provinceId, campaignId: campaign.id, unitId, autoNudge: on })
    .onConflictDoUpdate({ target: [unitSubmissions.campaignId, unitSubmissions.unitId], set: { autoNudge: on } });
  await writeAudit(db, {
    provinceId: campaign.provinceId,
    actor: { personId: actorId },
    action: on ? "auto-nudge-on" : "auto-nudge-off",
    entity: "unit",
    entityId: unitId,
    after: { campaignId: campaign.id },
  });
}
