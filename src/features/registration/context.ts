import type { Reason } from "../../domain/rules/index.js";
import { getTitle, titleLabelKey, type TitleCode } from "../../domain/titles.js";
import { UserError } from "../../core/errors.js";
import { campaignById, type Campaign, type CampaignRef } from "./campaigns.js";
import type { FlowContext } from "../../flows/engine/types.js";

export interface CampaignData {
  campaignId: number;
  unitId: number;
}

/** Reloads the campaign every update: its deadline may have moved since the flow started. */
export function campaignOf(ctx: FlowContext<CampaignData>): Promise<Campaign> {
  return ctx.memo(`campaign:${ctx.data.campaignId}`, () => loadCampaign(ctx));
}

async function loadCampaign(ctx: FlowContext<CampaignData>): Promise<Campaign> {
  const campaign = await campaignById(ctx.tx, ctx.data.campaignId);
  if (!campaign) throw new UserError("campaign-closed");
  return campaign;
}

/**
 * The campaign a write goes to. The services read its state (closed, deadline, unit submitted)
 * fresh at the write, so the row itself need not be loaded for it.
 */
export const campaignRef = (ctx: FlowContext<CampaignData>): CampaignRef => ({ id: ctx.data.campaignId });

export const titleLabel = (ctx: FlowContext<unknown>, code: string | null | undefined): string =>
  code ? ctx.t(titleLabelKey(getTitle(code as TitleCode).code)) : ctx.t("register-none");

/** Rule reasons as plain-language lines, one per reason. */
export const reasonLines = (ctx: FlowContext<unknown>, reasons: Reason[]): string =>
  reasons.map((r) => `• ${ctx.t(r.key, r.params)}`).join("\n");

/** Service context for the registration services, from a flow context. */
export async function serviceCtx(ctx: FlowContext<CampaignData>) {
  return {
    campaign: await campaignOf(ctx),
    actor: ctx.actor,
    unitId: ctx.data.unitId,
    now: ctx.now,
    timeZone: ctx.timeZone,
    notify: ctx.notify,
  };
}
