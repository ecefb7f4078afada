import { eq } from "drizzle-orm";
import { campaigns, schoolYears } from "../../db/schema.js";
import type { Reason } from "../../domain/rules/index.js";
import { getTitle, titleLabelKey, type TitleCode } from "../../domain/titles.js";
import { UserError } from "../../errors.js";
import type { Campaign } from "../../services/registration.js";
import type { FlowContext } from "../engine/types.js";

export interface CampaignData {
  campaignId: number;
  unitId: number;
}

/** Reloads the campaign every step: its deadline may have moved since the flow started. */
export async function campaignOf(ctx: FlowContext<CampaignData>): Promise<Campaign> {
  const [row] = await ctx.tx
    .select({ c: campaigns, schoolYear: schoolYears.label })
    .from(campaigns)
    .innerJoin(schoolYears, eq(schoolYears.id, campaigns.schoolYearId))
    .where(eq(campaigns.id, ctx.data.campaignId));
  if (!row) throw new UserError("campaign-closed");
  return { ...row.c, schoolYear: row.schoolYear };
}

export const titleLabel = (ctx: FlowContext<unknown>, code: string | null | undefined): string =>
  code ? ctx.t(titleLabelKey(getTitle(code as TitleCode).code)) : ctx.t("register-none");

/** Rule reasons as plain-language lines, one per reason. */
export const reasonLines = (ctx: FlowContext<unknown>, reasons: Reason[]): string => reasons.map((r) => `• ${ctx.t(r.key, r.params)}`).join("\n");

/** Service context for the registration services, from a flow context. */
export async function serviceCtx(ctx: FlowContext<CampaignData>) {
  return { campaign: await campaignOf(ctx), actor: ctx.actor, unitId: ctx.data.unitId, now: ctx.now, timeZone: ctx.timeZone, notify: ctx.notify };
}
