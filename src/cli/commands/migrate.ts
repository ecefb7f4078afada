import { z } from "zod";
import { defineCommand } from "../command.js";

export const migrateCommands = [
  defineCommand({
    name: "migrate",
    summary: "cli-migrate",
    schema: z.object({ positionals: z.array(z.string()).max(0) }),
    async run(ctx) {
      const database = await ctx.database();
      // An empty or older database was just brought up to date: say so, not "already up to date".
      const applied = ctx.migrationsApplied ?? 0;
      ctx.out(
        applied > 0
          ? ctx.t("truth-migrate-applied", { engine: database.kind, count: applied })
          : ctx.t("cli-migrate-done", { engine: database.kind }),
      );
    },
  }),
];
