import { z } from "zod";
import { ensureProvince, listProvinces } from "../../services/provinces.js";
import { nonEmpty } from "../args.js";
import { defineCommand } from "../command.js";
import { CLI_ACTOR } from "../../core/actor.js";

export const provinceCommands = [
  defineCommand({
    name: "province create",
    summary: "cli-province-create",
    options: { code: { type: "string" }, name: { type: "string" } },
    schema: z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{2,20}$/, { error: "cli-expect-province-code" }), name: nonEmpty }),
    async run(ctx, args) {
      const { db } = await ctx.database();
      const p = await ensureProvince(db, args.code, args.name.normalize("NFC"), CLI_ACTOR);
      ctx.out(ctx.t("cli-province-created", { code: p.code, name: p.name }));
    },
  }),
  defineCommand({
    name: "province list",
    summary: "cli-province-list",
    schema: z.object({}),
    async run(ctx) {
      const { db } = await ctx.database();
      for (const p of await listProvinces(db)) ctx.out(`${p.code}\t${p.name}`);
    },
  }),
];
