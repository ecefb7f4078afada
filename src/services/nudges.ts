import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { people, registrations, roles, unitSubmissions, units } from "../db/schema.js";
import { insertOutbox, nudgeRows, silentStaff } from "../reminders/planner.js";
import { writeAudit } from "./audit.js";
import type { Campaign } from "./registration.js";

/** Staff of the unit who have not answered, and how many of them were nudged in the last 24 h. */
export async function remindStatus(db: DbOrTx, campaign: Campaign, unitId: number, now: Date) {
  const staff = await db
    .select({ personId: people.id })
    .from(people)
    .innerJoin(roles, and(eq(roles.personId, people.id), eq(roles.role, "staff")))
    .where(eq(people.unitId, unitId));
  const ids = [...new Set(staff.map((s) => s.personId))];
  const answered = ids.length
    ? new Set((await db.select({ id: registrations.personId }).from(registrations).where(and(eq(registrations.campaignId, campaign.id), inArray(registrations.personId, ids)))).map((r) => r.id))
    : new Set<number>();
  const available = await silentStaff(db, campaign.id, [unitId], now);
  const silent = ids.filter((id) => !answered.has(id)).length;
  const [sub] = await db.select({ autoNudge: unitSubmissions.autoNudge, status: unitSubmissions.status }).from(unitSubmissions).where(and(eq(unitSubmissions.campaignId, campaign.id), eq(unitSubmissions.unitId, unitId)));
  return { silent, recent: silent - available.length, available, autoNudge: sub?.autoNudge ?? false, submitted: sub?.status === "submitted" };
}

/** Queues one nudge per silent staff member not nudged in the last 24 h; returns how many. */
export async function nudgeNow(db: DbOrTx, campaign: Campaign, unitId: number, now: Date, timeZone: string, actorId: number): Promise<number> {
  const staff = await silentStaff(db, campaign.id, [unitId], now);
  const [unit] = await db.select({ name: units.name }).from(units).where(eq(units.id, unitId));
  const count = await insertOutbox(db, nudgeRows(campaign, staff, new Map([[unitId, unit?.name ?? ""]]), now, timeZone));
  await writeAudit(db, { provinceId: campaign.provinceId, actor: `person:${actorId}`, action: "nudge", entity: "unit", entityId: unitId, after: { campaignId: campaign.id, count } });
  return count;
}

/** The focal person's switch for the automatic D-5 staff reminder. */
export async function setAutoNudge(db: DbOrTx, campaign: Campaign, unitId: number, on: boolean, actorId: number): Promise<void> {
  await db
    .insert(unitSubmissions)
    .values({ provinceId: campaign.provinceId, campaignId: campaign.id, unitId, autoNudge: on })
    .onConflictDoUpdate({ target: [unitSubmissions.campaignId, unitSubmissions.unitId], set: { autoNudge: on } });
  await writeAudit(db, { provinceId: campaign.provinceId, actor: `person:${actorId}`, action: on ? "auto-nudge-on" : "auto-nudge-off", entity: "unit", entityId: unitId, after: { campaignId: campaign.id } });
}
