import { unitNameOf } from "../../services/units.js";
import { UserError } from "../../core/errors.js";
import { nudgeNow, remindStatus, setAutoNudge } from "./nudges.js";
import { openRegistrationCampaign, type Campaign } from "../registration/campaigns.js";
import { guardManagedUnit, isManager, managedUnits } from "../../flows/engine/actor.js";
import { defineFlow, type FlowContext, type Message } from "../../flows/engine/types.js";
import { formatDate, formatDateTime } from "../../domain/calendar.js";

interface Data {
  campaignId?: number;
  unitId?: number;
}

async function context(ctx: FlowContext<Data>): Promise<{ campaign: Campaign; unitId: number }> {
  const campaign = await openRegistrationCampaign(ctx.tx, ctx.actor!.provinceId, ctx.now);
  if (!campaign || campaign.id !== ctx.data.campaignId) throw new UserError("remind-no-campaign");
  return { campaign, unitId: ctx.data.unitId! };
}

/** /remind (/nhacnho): a focal person nudges the unit's staff who have not answered. */
export const remindFlow = defineFlow<Data>({
  name: "remind",
  allowed: isManager,
  guard: (ctx) => guardManagedUnit(ctx.actor, ctx.data.unitId),
  async start(ctx) {
    const campaign = await openRegistrationCampaign(ctx.tx, ctx.actor!.provinceId, ctx.now);
    if (!campaign) return { done: true, say: [{ key: "remind-no-campaign" }] };
    ctx.data.campaignId = campaign.id;
    ctx.data.unitId = managedUnits(ctx.actor)[0]!;
    const status = await remindStatus(ctx.tx, campaign, ctx.data.unitId, ctx.now);
    if (status.submitted) return { done: true, say: [{ key: "remind-submitted" }] };
    return { next: "menu" };
  },
  steps: {
    menu: {
      id: "menu",
      input: "choice",
      async prompt(ctx) {
        const { campaign, unitId } = await context(ctx);
        const status = await remindStatus(ctx.tx, campaign, unitId, ctx.now);
        const unit = await unitNameOf(ctx.tx, unitId);
        // The count /progress shows, and the people the bot cannot reach, explained under it.
        const extra = [
          ...(status.notNudged.length > 0
            ? [
                ctx.t("truth-remind-not-staff", {
                  total: status.unanswered,
                  count: status.notNudged.length,
                  names: status.notNudged.join(", "),
                }),
              ]
            : []),
          ...(status.unreachable.length > 0
            ? [ctx.t("truth-remind-unreachable", { count: status.unreachable.length, names: status.unreachable.join(", ") })]
            : []),
        ];
        return {
          key: "truth-remind-menu",
          vars: {
            unit,
            silent: status.silent,
            recent: status.recent,
            auto: ctx.t(status.autoNudge ? "remind-auto-on" : "remind-auto-off"),
            extra: extra.map((l) => `\n${l}`).join(""),
          },
        };
      },
      async options(ctx) {
        const { campaign, unitId } = await context(ctx);
        const status = await remindStatus(ctx.tx, campaign, unitId, ctx.now);
        return [
          ...(status.available.length > 0 ? [{ value: "now", label: ctx.t("remind-now", { count: status.available.length }) }] : []),
          {
            value: status.autoNudge ? "auto-off" : "auto-on",
            label: ctx.t(status.autoNudge ? "remind-turn-auto-off" : "remind-turn-auto-on"),
          },
          { value: "close", label: ctx.t("common-close") },
        ];
      },
      async onAnswer(ctx, value) {
        const { campaign, unitId } = await context(ctx);
        if (value === "now") {
          const out = await nudgeNow(ctx.tx, campaign, unitId, ctx.now, ctx.timeZone, ctx.actor!.personId);
          // Say what will happen and when, and who will not hear from the bot at all.
          const say: Message[] = [];
          if (out.queued === 0) say.push({ key: out.unreachable.length > 0 ? "truth-remind-none-reachable" : "remind-nobody" });
          else if (out.sendsAt)
            say.push({
              key: "truth-remind-queued-morning",
              vars: {
                count: out.queued,
                time: formatDateTime(out.sendsAt, ctx.timeZone).slice(11),
                date: formatDate(out.sendsAt, ctx.timeZone),
              },
            });
          else say.push({ key: "truth-remind-sending", vars: { count: out.queued } });
          if (out.unreachable.length > 0)
            say.push({ key: "truth-remind-unreachable", vars: { count: out.unreachable.length, names: out.unreachable.join(", ") } });
          return { done: true, say };
        }
        if (value === "auto-on" || value === "auto-off") {
          await setAutoNudge(ctx.tx, campaign, unitId, value === "auto-on", ctx.actor!.personId);
          return {
            done: true,
            say: [{ key: "remind-auto-saved", vars: { state: ctx.t(value === "auto-on" ? "remind-auto-on" : "remind-auto-off") } }],
          };
        }
        return { done: true };
      },
    },
  },
});
