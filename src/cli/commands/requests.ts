import path from "node:path";
import { z } from "zod";
import { createDiskFileStore } from "../../files/store.js";
import { createTranslator } from "../../i18n.js";
import { formatDateTime } from "../../domain/calendar.js";
import { erasePerson, openDataRequests } from "../../services/personal-data.js";
import { resolveProvince } from "../../services/provinces.js";
import { positiveInt, provinceOpt } from "../args.js";
import { defineCommand } from "../command.js";
import { CLI_ACTOR } from "../../core/actor.js";

/** Personal-data requests made with /me: the Văn phòng lists and carries them out. */
export const requestCommands = [
  defineCommand({
    name: "requests list",
    summary: "cli-requests-list",
    options: { province: { type: "string" } },
    schema: z.object({ province: provinceOpt }),
    async run(ctx, args) {
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const rows = await openDataRequests(db, province.id);
      if (rows.length === 0) ctx.out(ctx.t("cli-requests-none"));
      for (const r of rows)
        ctx.out(ctx.t("cli-requests-line", { id: r.id, person: r.personId, at: formatDateTime(r.createdAt, ctx.config.TIMEZONE) }));
    },
  }),
  defineCommand({
    name: "requests erase",
    summary: "cli-requests-erase",
    options: { id: { type: "string" }, province: { type: "string" } },
    schema: z.object({ id: positiveInt, province: provinceOpt }),
    async run(ctx, args) {
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const { fileKeys, tell } = await db.transaction((tx) =>
        erasePerson(tx, args.id, province.id, ctx.now(), CLI_ACTOR, createTranslator("vi").t("vi", "security-erased-name")),
      );
      // After commit: a rollback must not have lost the files of a person still on record.
      const store = createDiskFileStore(path.resolve(ctx.config.DATA_DIR, "files"));
      for (const key of fileKeys) await store.delete!(key);
      ctx.out(ctx.t("cli-requests-erased", { id: args.id }));
      // The person's notice is queued to the chats she had (erasePerson): the bot's sender delivers it.
      const told = tell.length;
      ctx.out(ctx.t(told > 0 ? "consent-cli-erasure-told" : "consent-cli-erasure-not-told", { count: told }));
    },
  }),
];
