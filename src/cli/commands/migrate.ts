import { z } from "zod";
import { defineCommand } from "../command.js";

export const migrateCommands = [
  defineCommand({
    name: "migrate",
    summary: "cli-migrate",
    schema: z.object({ positionals: z.array(z.string()).max(0) }),
    async run(ctx) {
      const database = await ctx.database();
      ctx.out(ctx.t("cli-migrate-done", { engine: database.kind }));
    },
  }),
];
