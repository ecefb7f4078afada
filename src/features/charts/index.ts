import { eq } from "drizzle-orm";
import { units } from "../../db/schema.js";
import type { FlowContext, Outbound, StepResult } from "../../flows/engine/types.js";
import { loadCampaign } from "../progress/service.js";
import { provinceChart, staffChart } from "./progress-chart.js";

export { provinceChart, staffChart } from "./progress-chart.js";

interface ChartScope {
  campaignId?: number;
  scope?: "province" | "unit";
  unitId?: number;
}

/**
 * The picture that goes with /tiendo: the province for the Văn phòng, the unit's staff for a
 * focal person (or the Văn phòng looking at one unit). A chart that fails to render leaves the
 * text report as it was.
 */
export async function progressChartOutbound(ctx: FlowContext<ChartScope>): Promise<Outbound[]> {
  if (ctx.data.campaignId === undefined || !ctx.actor) return [];
  try {
    const campaign = await loadCampaign(ctx.tx, ctx.actor.provinceId, ctx.data.campaignId);
    let chart;
    if (ctx.data.unitId === undefined) {
      if (ctx.data.scope !== "province") return [];
      chart = await provinceChart(ctx.tx, campaign, ctx.actor.provinceId, ctx.t, ctx.now, ctx.timeZone);
    } else {
      const [unit] = await ctx.tx.select({ name: units.name }).from(units).where(eq(units.id, ctx.data.unitId));
      chart = await staffChart(ctx.tx, campaign, ctx.data.unitId, unit?.name ?? "", ctx.t, ctx.now, ctx.timeZone);
    }
    return [{ type: "photo", fileName: chart.fileName, content: chart.png, caption: ctx.t("chart-caption") }];
  } catch (e) {
    if ((e as Error).name === "UserError") return [];
    throw e;
  }
}

/** Adds the chart to a result that shows the report's first page. */
export async function withChart(ctx: FlowContext<ChartScope>, result: StepResult): Promise<StepResult> {
  if (!("next" in result) || result.next !== "page") return result;
  return { ...result, send: [...(result.send ?? []), ...(await progressChartOutbound(ctx))] };
}
