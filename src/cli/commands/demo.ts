import { z } from "zod";
import { loadDemo } from "../../services/demo.js";
import { defineCommand } from "../command.js";

export const demoCommands = [
  defineCommand({
    name: "demo load",
    summary: "cli-demo-load",
    schema: z.object({}),
    async run(ctx) {
      const { db } = await ctx.database();
      const r = await loadDemo(db, ctx.now(), ctx.config.TIMEZONE, (key, vars) => ctx.t(key, vars));
      ctx.out(
        ctx.t("cli-demo-loaded", {
          province: r.provinceCode,
          units: r.units.created,
          people: r.people.created,
          campaigns: r.campaignsCreated,
        }),
      );
    },
  }),
];
