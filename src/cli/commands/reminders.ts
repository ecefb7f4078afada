import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { z } from "zod";
import { campaigns, outbox, reminderPlans } from "../../db/schema.js";
import { createLeadership } from "../../delivery/leader.js";
import { createOutboxSender } from "../../delivery/outbox-sender.js";
import { featureMessageKinds } from "../../features/message-kinds.js";
import { formatDateTime } from "../../domain/calendar.js";
import { MAX_LATENESS_MS, planReminders } from "../../domain/reminders.js";
import { fileServices } from "../../files/index.js";
import { createTranslator } from "../../i18n.js";
import { campaignPolicy, lateUnits, planDueReminders } from "../../reminders/planner.js";
import { getCampaign } from "../../services/campaigns.js";
import { resolveProvince } from "../../services/provinces.js";
import { positiveInt, provinceOpt } from "../args.js";
import { defineCommand } from "../command.js";

const isoTime = z
  .string()
  .optional()
  .transform((s, ctx) => {
    if (s === undefined) return undefined;
    const d = /^\d{4}-\d{2}-\d{2}T/.test(s) ? new Date(s) : new Date(NaN);
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: "custom", message: "cli-reminders-bad-now" });
      return z.NEVER;
    }
    return d;
  });

export const reminderCommands = [
  defineCommand({
    name: "reminders preview",
    summary: "cli-reminders-preview",
    options: { campaign: { type: "string" }, province: { type: "string" } },
    schema: z.object({ campaign: positiveInt, province: provinceOpt }),
    async run(ctx, args) {
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const campaign = await getCampaign(db, province.id, args.campaign);
      const [row] = await db.select().from(campaigns).where(eq(campaigns.id, campaign.id));
      const late = await lateUnits(db, row!);
      if (row!.closedAt || late.length === 0) {
        ctx.out(ctx.t("cli-reminders-plan-none"));
        return;
      }
      const tz = ctx.config.TIMEZONE;
      const done = new Set(
        (
          await db
            .select({ offset: reminderPlans.reminderOffset })
            .from(reminderPlans)
            .where(
              and(
                eq(reminderPlans.campaignId, campaign.id),
                eq(reminderPlans.deadlineAt, row!.deadlineAt),
                eq(reminderPlans.kind, "deadline"),
              ),
            )
        ).map((r) => r.offset),
      );
      ctx.out(ctx.t("cli-reminders-late-units", { count: late.length }));
      const people = new Set(late.flatMap((u) => u.recipients)).size;
      for (const r of planReminders(row!.deadlineAt, campaignPolicy(row!), tz)) {
        const state = done.has(r.offset) ? "done" : ctx.now().getTime() - r.at.getTime() > MAX_LATENESS_MS ? "missed" : "planned";
        const sign = r.offset > 0 ? `+${r.offset}` : r.offset === 0 ? "" : String(r.offset);
        ctx.out(
          ctx.t("cli-reminders-plan-line", {
            at: formatDateTime(r.at, tz),
            offset: sign,
            state: ctx.t(`cli-reminders-state-${state}`),
            units: late.length,
            people,
          }),
        );
      }
    },
  }),
  defineCommand({
    name: "reminders run-due",
    summary: "cli-reminders-run-due",
    options: { now: { type: "string" } },
    schema: z.object({ now: isoTime }),
    async run(ctx, args) {
      const database = await ctx.database();
      const at = args.now ?? ctx.now();
      const planned = await planDueReminders(database.db, at, ctx.config.TIMEZONE);
      if (planned.length === 0) ctx.out(ctx.t("cli-reminders-nothing-due"));
      const titles = new Map(
        (await database.db.select({ id: campaigns.id, title: campaigns.title }).from(campaigns)).map((c) => [c.id, c.title]),
      );
      for (const p of planned)
        ctx.out(
          ctx.t("cli-reminders-queued", {
            campaign: titles.get(p.campaignId) ?? String(p.campaignId),
            offset: p.offset > 0 ? `+${p.offset}` : p.offset === 0 ? "" : String(p.offset),
            count: p.queued,
          }),
        );
      const translator = createTranslator(ctx.config.DEFAULT_LOCALE);
      const files = fileServices(ctx.config, ctx.logger);
      const { channelSenders } = await import("../../delivery/senders.js");
      const senders = channelSenders(ctx.config, { logger: ctx.logger, translator, files: files.store, links: files.links });
      // Without a messenger configured the rows stay queued for the running bot to send.
      if (Object.keys(senders).length > 0) {
        // Only the sender lock's holder sends: with the bot running, it sends what was queued here.
        const leadership = createLeadership(database, ctx.logger);
        try {
          const report = await createOutboxSender({
            db: database.db,
            senders,
            translator,
            logger: ctx.logger,
            now: () => at,
            timeZone: ctx.config.TIMEZONE,
            leadership,
            kinds: featureMessageKinds(database.db, ctx.config.TIMEZONE),
          }).drainReport();
          ctx.out(ctx.t("cli-reminders-sent", { count: report.sent }));
          const [left] = await database.db
            .select({ n: sql<number>`count(*)::int` })
            .from(outbox)
            .where(eq(outbox.status, "queued"));
          ctx.out(ctx.t("rel-reminders-run-summary", { skipped: report.dropped, queued: Number(left?.n ?? 0) }));
        } finally {
          await leadership.release();
        }
      }
    },
  }),
  defineCommand({
    name: "reminders status",
    summary: "cli-reminders-status",
    schema: z.object({}),
    async run(ctx) {
      const { db } = await ctx.database();
      const counts = Object.fromEntries(
        (
          await db
            .select({ status: outbox.status, n: sql<number>`count(*)::int` })
            .from(outbox)
            .groupBy(outbox.status)
        ).map((r) => [r.status, r.n]),
      );
      ctx.out(
        ctx.t("cli-reminders-counts", {
          queued: counts.queued ?? 0,
          sending: counts.sending ?? 0,
          sent: counts.sent ?? 0,
          failed: counts.failed ?? 0,
          skipped: counts.skipped ?? 0,
        }),
      );
      const errors = await db
        .select({ id: outbox.id, kind: outbox.kind, person: outbox.personId, error: outbox.lastError })
        .from(outbox)
        .where(isNotNull(outbox.lastError))
        .orderBy(desc(outbox.id))
        .limit(10);
      // The sender records its own reasons in English words; they are shown in the CLI's language.
      const kindLabel = (kind: string) => {
        const label = ctx.t(`truth-outbox-kind-${kind}`);
        return label.startsWith("truth-outbox-kind-") ? kind : label;
      };
      const reason = (error: string) => (KNOWN_REASONS[error] ? ctx.t(`truth-outbox-reason-${KNOWN_REASONS[error]}`) : error);
      for (const e of errors)
        ctx.out(ctx.t("cli-reminders-error-line", { id: e.id, kind: kindLabel(e.kind), person: e.person, error: reason(e.error ?? "") }));
    },
  }),
];

/** The outbox sender's fixed reasons (outbox.last_error), by locale key suffix. */
const KNOWN_REASONS: Record<string, string> = {
  "no reachable identity": "no-messenger",
  "unreachable: blocked the bot": "blocked",
  "more than 12 hours late": "late",
  "campaign closed": "campaign-closed",
  "deadline moved": "deadline-moved",
  "unit submitted": "unit-submitted",
  "already registered": "registered",
};
