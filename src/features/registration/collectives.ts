import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { campaigns, collectiveRegistrations, personYears, schoolYears } from "../../db/schema.js";
import { shiftSchoolYear, type CollectiveStats } from "../../domain/rules/index.js";
import { getTitle, isCollectiveTitleCode, isIndividualTitleCode } from "../../domain/titles.js";
import { UserError } from "../../core/errors.js";
import type { Actor } from "../../core/actor.js";
import { writeAudit } from "../../services/audit.js";
import type { Campaign } from "./campaigns.js";
import { assertManages, assertUnitEditable } from "./guards.js";
import { unitMembers, unitRegistrations } from "./registrations.js";

export async function listCollectives(db: DbOrTx, campaignId: number, unitId: number) {
  return db
    .select()
    .from(collectiveRegistrations)
    .where(and(eq(collectiveRegistrations.campaignId, campaignId), eq(collectiveRegistrations.unitId, unitId)))
    .orderBy(asc(collectiveRegistrations.id));
}

export async function saveCollective(
  db: DbOrTx,
  ctx: { campaign: Campaign; actor: Actor | null; unitId: number; now: Date; timeZone: string },
  input: { groupName: string | null; titleCode: string; awardCode: string | null },
): Promise<void> {
  assertManages(ctx.actor, ctx.unitId);
  if (!isCollectiveTitleCode(input.titleCode)) throw new UserError("button-stale");
  await assertUnitEditable(db, ctx.campaign, ctx.unitId, ctx.now, ctx.timeZone);
  const [row] = await db
    .insert(collectiveRegistrations)
    .values({ provinceId: ctx.actor.provinceId, campaignId: ctx.campaign.id, unitId: ctx.unitId, ...input })
    .returning();
  await writeAudit(db, {
    provinceId: row!.provinceId,
    actor: ctx.actor,
    action: "create",
    entity: "collective_registration",
    entityId: row!.id,
    after: row,
  });
}

export async function removeCollective(
  db: DbOrTx,
  ctx: { campaign: Campaign; actor: Actor | null; unitId: number; now: Date; timeZone: string },
  id: number,
) {
  assertManages(ctx.actor, ctx.unitId);
  await assertUnitEditable(db, ctx.campaign, ctx.unitId, ctx.now, ctx.timeZone);
  const [before] = await db
    .delete(collectiveRegistrations)
    .where(and(eq(collectiveRegistrations.id, id), eq(collectiveRegistrations.unitId, ctx.unitId)))
    .returning();
  if (!before) throw new UserError("button-stale");
  await writeAudit(db, {
    provinceId: before.provinceId,
    actor: ctx.actor,
    action: "delete",
    entity: "collective_registration",
    entityId: id,
    before,
  });
}

/**
 * The unit's figures as the collective rules read them. A CSTĐCS is also counted as LĐTT: the
 * higher title is chosen among those who reach the lower one.
 */
export async function unitCollectiveStats(db: DbOrTx, campaignId: number, unitId: number): Promise<CollectiveStats> {
  const memberRows = await unitMembers(db, unitId);
  const members = memberRows.length;
  const regs = await unitRegistrations(db, campaignId, unitId);
  const rank = (code: string) => (isIndividualTitleCode(code) ? getTitle(code).rank : 0);
  const stats: CollectiveStats = {
    members,
    ldttRegistered: regs.filter((r) => rank(r.titleCode) >= getTitle("LDTT").rank).length,
    cstdcsRegistered: regs.filter((r) => rank(r.titleCode) >= getTitle("CSTDCS").rank).length,
  };
  // This year's ratings come at its end; last year's recorded ratings hint at the 100% ≥ HTNV
  // criterion (warn only), and when some are missing the warning says how many (issue 23).
  const [c] = await db
    .select({ label: schoolYears.label })
    .from(campaigns)
    .innerJoin(schoolYears, eq(schoolYears.id, campaigns.schoolYearId))
    .where(eq(campaigns.id, campaignId));
  if (c && members > 0) {
    const year = shiftSchoolYear(c.label, -1);
    const rated = (
      await db
        .select({ rating: personYears.rating })
        .from(personYears)
        .where(
          and(
            inArray(
              personYears.personId,
              memberRows.map((m) => m.id),
            ),
            eq(personYears.schoolYear, year),
          ),
        )
    ).filter((r) => r.rating !== null);
    Object.assign(stats, { ratingsProven: false, ratingsYear: year });
    if (rated.length === members) stats.atLeastHtnv = rated.filter((r) => r.rating !== "KHTNV").length;
    else stats.unrated = members - rated.length;
  }
  return stats;
}
