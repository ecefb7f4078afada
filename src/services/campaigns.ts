import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { campaigns, schoolYears, type CampaignKind } from "../db/schema.js";
import { isoDate, schoolYearOf, type LocalDate } from "../domain/calendar.js";
import { UserError } from "../core/errors.js";
import { writeAudit } from "./audit.js";
import { type ActorRef } from "../core/actor.js";

export type Campaign = typeof campaigns.$inferSelect;

export type SchoolYear = typeof schoolYears.$inferSelect;

export async function ensureSchoolYear(db: DbOrTx, provinceId: number, label: string): Promise<SchoolYear> {
  const [existing] = await db
    .select()
    .from(schoolYears)
    .where(and(eq(schoolYears.provinceId, provinceId), eq(schoolYears.label, label)));
  if (existing) return existing;
  const first = Number(label.slice(0, 4));
  const year = schoolYearOf({ year: first, month: 9, day: 1 });
  const [row] = await db
    .insert(schoolYears)
    .values({ provinceId, label, startsOn: isoDate(year.startsOn), endsOn: isoDate(year.endsOn) })
    .onConflictDoNothing()
    .returning();
  return row ?? (await ensureSchoolYear(db, provinceId, label));
}

export interface NewCampaign {
  provinceId: number;
  kind: CampaignKind;
  title: string;
  schoolYear: string;
  opensAt: Date;
  deadlineAt: Date;
  settings?: Record<string, unknown>;
}

export async function createCampaign(db: DbOrTx, input: NewCampaign, actor: ActorRef): Promise<Campaign> {
  if (input.deadlineAt < input.opensAt) throw new UserError("campaign-deadline-before-open");
  const year = await ensureSchoolYear(db, input.provinceId, input.schoolYear);
  // A second open campaign of the same kind and year would silently take the first one's place.
  const [open] = await db
    .select({ id: campaigns.id, title: campaigns.title })
    .from(campaigns)
    .where(
      and(
        eq(campaigns.provinceId, input.provinceId),
        eq(campaigns.kind, input.kind),
        eq(campaigns.schoolYearId, year.id),
        isNull(campaigns.closedAt),
      ),
    );
  if (open) throw new UserError("truth-campaign-duplicate", { id: open.id, title: open.title, year: input.schoolYear });
  const [row] = await db
    .insert(campaigns)
    .values({
      provinceId: input.provinceId,
      schoolYearId: year.id,
      kind: input.kind,
      title: input.title,
      opensAt: input.opensAt,
      deadlineAt: input.deadlineAt,
      settings: input.settings ?? {},
    })
    .returning();
  await writeAudit(db, { provinceId: input.provinceId, actor, action: "create", entity: "campaign", entityId: row!.id, after: row });
  return row!;
}

export async function listCampaigns(db: DbOrTx, provinceId: number) {
  return db
    .select({ campaign: campaigns, schoolYear: schoolYears.label })
    .from(campaigns)
    .innerJoin(schoolYears, eq(schoolYears.id, campaigns.schoolYearId))
    .where(eq(campaigns.provinceId, provinceId))
    .orderBy(asc(campaigns.id));
}

export async function getCampaign(db: DbOrTx, provinceId: number, id: number): Promise<Campaign> {
  const [row] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.provinceId, provinceId), eq(campaigns.id, id)));
  if (!row) throw new UserError("campaign-unknown", { id });
  return row;
}

export async function closeCampaign(db: DbOrTx, provinceId: number, id: number, now: Date, actor: ActorRef): Promise<Campaign> {
  const before = await getCampaign(db, provinceId, id);
  if (before.closedAt) throw new UserError("campaign-already-closed", { id });
  const [after] = await db.update(campaigns).set({ closedAt: now }).where(eq(campaigns.id, id)).returning();
  await writeAudit(db, { provinceId, actor, action: "close", entity: "campaign", entityId: id, before, after });
  return after!;
}

export async function setDeadline(db: DbOrTx, provinceId: number, id: number, deadlineAt: Date, actor: ActorRef): Promise<Campaign> {
  const before = await getCampaign(db, provinceId, id);
  if (deadlineAt < before.opensAt) throw new UserError("campaign-deadline-before-open");
  const [after] = await db.update(campaigns).set({ deadlineAt }).where(eq(campaigns.id, id)).returning();
  await writeAudit(db, { provinceId, actor, action: "set-deadline", entity: "campaign", entityId: id, before, after });
  return after!;
}

export type CampaignStatus = "scheduled" | "open" | "overdue" | "closed";

export function campaignStatus(c: Pick<Campaign, "opensAt" | "deadlineAt" | "closedAt">, now: Date): CampaignStatus {
  if (c.closedAt) return "closed";
  if (now < c.opensAt) return "scheduled";
  return now > c.deadlineAt ? "overdue" : "open";
}

export type { LocalDate };
