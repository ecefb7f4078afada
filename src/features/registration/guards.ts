import { and, eq, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared.js";
import type { DbOrTx } from "../../db/client.js";
import { campaigns, unitSubmissions } from "../../db/schema.js";
import { formatDateTime } from "../../domain/calendar.js";
import { NotAllowed, UserError } from "../../core/errors.js";
import type { Actor } from "../../core/actor.js";
import { managesUnit } from "../../core/roles.js";
import type { CampaignRef } from "./campaigns.js";

/**
 * Whether the unit's registration may still change. Checked again at every write, not only when a
 * flow starts: the deadline can pass or the unit be submitted while someone is mid-flow.
 */
export async function assertUnitEditable(db: DbOrTx, campaign: CampaignRef, unitId: number, now: Date, timeZone: string): Promise<void> {
  const [fresh] = await selectEditable(db, { campaignId: campaign.id, unitId });
  if (!fresh || fresh.closedAt) throw new UserError("campaign-closed");
  if (now > fresh.deadlineAt) throw new UserError("campaign-deadline-passed", { deadline: formatDateTime(fresh.deadlineAt, timeZone) });
  if (fresh.submission === "submitted") throw new UserError("unit-locked");
}

/** The campaign's state and the unit's submission, in one round trip: checked at every write. */
const selectEditable = prepared<
  { campaignId: number; unitId: number },
  Array<{ closedAt: Date | null; deadlineAt: Date; submission: string | null }>
>("unit-editable", (db) =>
  db
    .select({ closedAt: campaigns.closedAt, deadlineAt: campaigns.deadlineAt, submission: unitSubmissions.status })
    .from(campaigns)
    .leftJoin(unitSubmissions, and(eq(unitSubmissions.campaignId, campaigns.id), eq(unitSubmissions.unitId, sql.placeholder("unitId"))))
    .where(eq(campaigns.id, sql.placeholder("campaignId"))),
);

export function assertManages(actor: Actor | null, unitId: number): asserts actor is Actor {
  if (!actor || !managesUnit(actor, unitId)) throw new NotAllowed();
}
