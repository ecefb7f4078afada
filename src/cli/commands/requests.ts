import path from "node:path";
import { z } from "zod";
import { createDiskFileStore } from "../../files/store.js";
import { fileServices } from "../../files/index.js";
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
      for (const r of rows) ctx.out(ctx.t("cli-requests-line", { id: r.id, person: r.personId, at: formatDateTime(r.createdAt, ctx.config.TIMEZONE) }));
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
      const { fileKeys, tell } = await db.transaction((tx) => erasePerson(tx, args.id, province.id, ctx.now(), CLI_ACTOR, createTranslator("vi").t("vi", "security-erased-name")));
      // After commit: a rollback must not have lost the files of a person still on record.
      const store = createDiskFileStore(path.resolve(ctx.config.DATA_DIR, "files"));
      for (const key of fileKeys) await store.delete!(key);
      ctx.out(ctx.t("cli-requests-erased", { id: args.id }));
      // The person is told on the chats captured before erasure (nothing left on record can reach them).
      const translator = createTranslator("vi");
      const { channelSenders } = await import("../../delivery/senders.js");
      const files = fileServices(ctx.config, ctx.logger);
      const senders = channelSenders(ctx.config, { logger: ctx.logger, translator, files: files.store, links: files.links });
      let told = 0;
      for (const to of tell) {
        const sender = senders[to.channel];
        if (!sender) continue;
        const locale = to.locale === "en" ? "en" : "vi";
        try {
          await sender.send(to.externalId, [{ type: "text", text: translator.t(locale, "consent-erasure-done") }]);
          told++;
        } catch (err) {
          ctx.logger.warn({ channel: to.channel, err: (err as Error).name }, "erasure notice not delivered");
        }
      }
      ctx.out(ctx.t(told > 0 ? "consent-cli-erasure-told" : "consent-cli-erasure-not-told", { count: told }));
    },
  }),
];
