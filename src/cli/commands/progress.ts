import { z } from "zod";
import { loadCampaign } from "../../features/progress/service.js";
import { provinceReport, unitReport } from "../../features/progress/report.js";
import { resolveProvince } from "../../services/provinces.js";
import { getUnitByCode } from "../../services/units.js";
import { positiveInt, provinceOpt, unitCode } from "../args.js";
import { defineCommand } from "../command.js";

export const progressCommands = [
  defineCommand({
    name: "progress",
    summary: "cli-progress",
    options: { campaign: { type: "string" }, unit: { type: "string" }, province: { type: "string" } },
    schema: z.object({ campaign: positiveInt, unit: unitCode.optional(), province: provinceOpt }),
    async run(ctx, args) {
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const campaign = await loadCampaign(db, province.id, args.campaign);
      const rctx = { db, t: ctx.t, now: ctx.now(), timeZone: ctx.config.TIMEZONE };
      const lines = args.unit
        ? await unitReport(rctx, campaign, province.id, (await getUnitByCode(db, province.id, args.unit)).id)
        : await provinceReport(rctx, campaign, province.id);
      for (const line of lines) ctx.out(line);
    },
  }),
];
