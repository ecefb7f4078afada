import type { Db } from "../../db/client.js";
import type { MessageKinds } from "../../delivery/message-kinds.js";
import { MAX_LATENESS_MS } from "../../domain/reminders.js";
import { daysLeft } from "../../domain/reminders.js";
import { formatDate } from "../../domain/calendar.js";
import { campaignUnits, loadCampaign } from "../progress/service.js";
import { provinceChart } from "./progress-chart.js";

/** Units named in the digest's text; the rest are counted. */
const LIST_LIMIT = 30;

/**
 * The Văn phòng's weekly digest in the last two weeks before a deadline (planned with the
 * reminders): the /tiendo chart and the units that have not submitted, made when it is sent so
 * the figures are the day's.
 */
export function digestKinds(db: Db, timeZone: string, now: () => Date = () => new Date()): MessageKinds {
  return {
    digest: {
      holdAtNight: () => true,
      dropAfterMs: MAX_LATENESS_MS,
      async render(row, ctx) {
        const at = now();
        const campaign = await loadCampaign(db, row.provinceId, row.campaignId!);
        const chart = await provinceChart(db, campaign, row.provinceId, ctx.t, at, timeZone);
        const late = (await campaignUnits(db, campaign.id, { provinceId: row.provinceId, unitIds: null })).filter(
          (u) => u.state !== "submitted",
        );
        const lines = late.slice(0, LIST_LIMIT).map((u) => `• ${u.code} – ${u.name}`);
        if (late.length > LIST_LIMIT) lines.push(ctx.t("announce-list-more", { count: late.length - LIST_LIMIT }));
        const text = ctx.t("digest-text", {
          campaign: campaign.title,
          deadline: formatDate(campaign.deadlineAt, timeZone),
          days: daysLeft(campaign.deadlineAt, at, timeZone),
          count: late.length,
          units: lines.join("\n"),
        });
        return [
          { type: "photo", fileName: chart.fileName, content: chart.png, caption: ctx.t("chart-caption") },
          { type: "text", text },
        ];
      },
    },
  };
}
