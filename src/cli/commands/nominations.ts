import { z } from "zod";
import { insertOutboxNotifications } from "../../services/notifications.js";
import { reviewNomination, submittedNominations } from "../../features/nominations/service.js";
import { resolveProvince } from "../../services/provinces.js";
import { nonEmpty, positiveInt, provinceOpt } from "../args.js";
import { defineCommand, type CliContext } from "../command.js";
import type { Notification } from "../../core/index.js";
import { CLI_ACTOR } from "../../core/actor.js";

/** Reviews from the CLI tell the unit just as chat reviews do, through the outbox. */
async function review(
  ctx: CliContext,
  args: { id: number; province?: string | undefined },
  decision: { accept: true } | { accept: false; reason: string },
) {
  const { db } = await ctx.database();
  const province = await resolveProvince(db, args.province);
  await db.transaction(async (tx) => {
    const notes: Notification[] = [];
    const n = await reviewNomination(
      tx,
      { actor: CLI_ACTOR, provinceId: province.id, now: ctx.now(), notify: (x) => notes.push(x) },
      args.id,
      decision,
    );
    await insertOutboxNotifications(tx, notes);
    ctx.out(ctx.t("cli-nominations-done", { id: n.id, status: ctx.t(`nomination-status-${n.status}`) }));
  });
}

export const nominationCommands = [
  defineCommand({
    name: "nominations list",
    summary: "cli-nominations-list",
    options: { campaign: { type: "string" }, province: { type: "string" } },
    schema: z.object({ campaign: positiveInt.optional(), province: provinceOpt }),
    async run(ctx, args) {
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const rows = await submittedNominations(db, province.id, args.campaign);
      if (rows.length === 0) ctx.out(ctx.t("cli-nominations-none"));
      for (const r of rows)
        ctx.out(
          ctx.t("cli-nominations-line", {
            id: r.n.id,
            unit: r.unitCode,
            name: r.n.nomineeName,
            kind: ctx.t(`nomination-kind-${r.n.kind}`),
            status: ctx.t(`nomination-status-${r.n.status}`),
          }),
        );
    },
  }),
  defineCommand({
    name: "nominations accept",
    summary: "cli-nominations-accept",
    options: { id: { type: "string" }, province: { type: "string" } },
    schema: z.object({ id: positiveInt, province: provinceOpt }),
    run: (ctx, args) => review(ctx, args, { accept: true }),
  }),
  defineCommand({
    name: "nominations return",
    summary: "cli-nominations-return",
    options: { id: { type: "string" }, reason: { type: "string" }, province: { type: "string" } },
    schema: z.object({ id: positiveInt, reason: nonEmpty, province: provinceOpt }),
    run: (ctx, args) => review(ctx, args, { accept: false, reason: args.reason }),
  }),
];
