import { z } from "zod";
import { endOfLocalDay, formatDate, localDateOf, schoolYearOf, startOfLocalDay } from "../../domain/calendar.js";
import { UserError } from "../../core/errors.js";
import { campaignStatus, closeCampaign, createCampaign, getCampaign, listCampaigns, setDeadline } from "../../services/campaigns.js";
import { openRegistrationCampaign } from "../../features/registration/campaigns.js";
import { reopenUnit } from "../../features/registration/submission.js";
import { getUnitByCode } from "../../services/units.js";
import { resolveProvince } from "../../services/provinces.js";
import { campaignKind, nonEmpty, positiveInt, provinceOpt, schoolYear, unitCode, vnDate } from "../args.js";
import { defineCommand, type CliContext } from "../command.js";
import { CLI_ACTOR } from "../../core/actor.js";

const tzOf = (ctx: CliContext) => ctx.config.TIMEZONE;

export const campaignCommands = [
  defineCommand({
    name: "campaign reopen",
    summary: "cli-campaign-reopen",
    options: { unit: { type: "string" }, campaign: { type: "string" }, province: { type: "string" } },
    schema: z.object({ unit: unitCode, campaign: positiveInt.optional(), province: provinceOpt }),
    async run(ctx, args) {
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const unit = await getUnitByCode(db, province.id, args.unit);
      const campaign = args.campaign
        ? await getCampaign(db, province.id, args.campaign)
        : await openRegistrationCampaign(db, province.id, ctx.now());
      if (!campaign) throw new UserError("register-no-campaign");
      const done = await reopenUnit(db, province.id, campaign.id, unit.id, ctx.now(), CLI_ACTOR);
      ctx.out(ctx.t(done ? "cli-campaign-reopened" : "cli-campaign-not-submitted", { unit: unit.name, id: campaign.id }));
      return done ? 0 : 1;
    },
  }),
  defineCommand({
    name: "campaign create",
    summary: "cli-campaign-create",
    options: {
      kind: { type: "string" },
      title: { type: "string" },
      opens: { type: "string" },
      deadline: { type: "string" },
      year: { type: "string" },
      province: { type: "string" },
    },
    schema: z.object({
      kind: campaignKind,
      title: nonEmpty,
      opens: vnDate.optional(),
      deadline: vnDate,
      year: schoolYear.optional(),
      province: provinceOpt,
    }),
    async run(ctx, args) {
      const tz = tzOf(ctx);
      const deadlineAt = endOfLocalDay(args.deadline, tz);
      // A campaign already past its deadline could take no answer at all.
      if (deadlineAt < ctx.now()) throw new UserError("truth-cli-deadline-past", { date: formatDate(deadlineAt, tz) });
      const opensAt = args.opens ? startOfLocalDay(args.opens, tz) : ctx.now();
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const year = args.year ?? schoolYearOf(localDateOf(opensAt, tz)).label;
      const c = await createCampaign(
        db,
        { provinceId: province.id, kind: args.kind, title: args.title.normalize("NFC"), schoolYear: year, opensAt, deadlineAt },
        CLI_ACTOR,
      );
      ctx.out(ctx.t("cli-campaign-created", { id: c.id, title: c.title, deadline: formatDate(c.deadlineAt, tz), year }));
    },
  }),
  defineCommand({
    name: "campaign list",
    summary: "cli-campaign-list",
    options: { province: { type: "string" } },
    schema: z.object({ province: provinceOpt }),
    async run(ctx, args) {
      const tz = tzOf(ctx);
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const rows = await listCampaigns(db, province.id);
      if (rows.length === 0) ctx.out(ctx.t("cli-campaign-none"));
      for (const { campaign: c, schoolYear: y } of rows) {
        const status = ctx.t(`campaign-status-${campaignStatus(c, ctx.now())}`);
        ctx.out(
          `#${c.id}\t${ctx.t(`campaign-kind-${c.kind}`)}\t${y}\t${formatDate(c.opensAt, tz)} → ${formatDate(c.deadlineAt, tz)}\t${status}\t${c.title}`,
        );
      }
    },
  }),
  defineCommand({
    name: "campaign close",
    summary: "cli-campaign-close",
    options: { id: { type: "string" }, province: { type: "string" } },
    schema: z.object({ id: positiveInt, province: provinceOpt }),
    async run(ctx, args) {
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const c = await closeCampaign(db, province.id, args.id, ctx.now(), CLI_ACTOR);
      ctx.out(ctx.t("cli-campaign-closed", { id: c.id, title: c.title }));
    },
  }),
  defineCommand({
    name: "campaign deadline",
    summary: "cli-campaign-deadline",
    options: { id: { type: "string" }, deadline: { type: "string" }, province: { type: "string" } },
    schema: z.object({ id: positiveInt, deadline: vnDate, province: provinceOpt }),
    async run(ctx, args) {
      const tz = tzOf(ctx);
      const deadlineAt = endOfLocalDay(args.deadline, tz);
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const c = await setDeadline(db, province.id, args.id, deadlineAt, CLI_ACTOR);
      ctx.out(ctx.t("cli-campaign-deadline-set", { id: c.id, deadline: formatDate(c.deadlineAt, tz) }));
    },
  }),
];
