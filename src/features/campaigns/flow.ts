import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { campaigns, unitSubmissions, units, type CampaignKind } from "../../db/schema.js";
import {
  endOfLocalDay,
  formatDate,
  localDateOf,
  parseVnDate,
  schoolYearOf,
  startOfLocalDay,
  type LocalDate,
} from "../../domain/calendar.js";
import { UserError } from "../../core/errors.js";
import { isOffice } from "../../core/roles.js";
import { textAnswer } from "../../flows/engine/input.js";
import { defineFlow, type FlowContext, type Message, type Option, type StepResult } from "../../flows/engine/types.js";
import { campaignStatus, closeCampaign, createCampaign, getCampaign, listCampaigns, setDeadline } from "../../services/campaigns.js";
import { unitManagers } from "../onboarding/service.js";
import { reopenUnit } from "../registration/submission.js";
import { checkNewCampaign, checkNewDeadline } from "./rules.js";

const KINDS: CampaignKind[] = ["registration", "nomination", "initiative", "review", "dossier"];

interface Data {
  action?: "open" | "deadline" | "close" | "reopen";
  kind?: CampaignKind;
  title?: string;
  year?: string;
  opens?: string;
  deadline?: string;
  campaignId?: number;
  unitId?: number;
  reason?: string;
}

const toLocal = (iso: string): LocalDate => parseVnDate(iso.split("-").reverse().join("/"))!;
const vn = (iso: string) => iso.split("-").reverse().join("/");
const actorOf = (ctx: FlowContext<Data>) => ctx.actor!;

async function campaignLines(ctx: FlowContext<Data>): Promise<string> {
  const rows = await listCampaigns(ctx.tx, ctx.actor!.provinceId);
  if (rows.length === 0) return ctx.t("office-campaign-none");
  return rows
    .map(({ campaign: c, schoolYear }) =>
      ctx.t("office-campaign-line", {
        id: c.id,
        title: c.title,
        kind: ctx.t(`campaign-kind-${c.kind}`),
        year: schoolYear,
        opens: formatDate(c.opensAt, ctx.timeZone),
        deadline: formatDate(c.deadlineAt, ctx.timeZone),
        status: ctx.t(`campaign-status-${campaignStatus(c, ctx.now)}`),
      }),
    )
    .join("\n");
}

async function openCampaigns(ctx: FlowContext<Data>): Promise<Option[]> {
  const rows = await listCampaigns(ctx.tx, ctx.actor!.provinceId);
  return rows
    .filter((r) => !r.campaign.closedAt)
    .map((r) => ({ value: String(r.campaign.id), label: `#${r.campaign.id} ${r.campaign.title}` }));
}

/** Units that have submitted in an open registration campaign: the ones that can be reopened. */
async function submittedUnits(ctx: FlowContext<Data>) {
  return ctx.tx
    .select({ campaignId: campaigns.id, campaignTitle: campaigns.title, unitId: units.id, unitName: units.name })
    .from(unitSubmissions)
    .innerJoin(campaigns, eq(campaigns.id, unitSubmissions.campaignId))
    .innerJoin(units, eq(units.id, unitSubmissions.unitId))
    .where(and(eq(campaigns.provinceId, ctx.actor!.provinceId), eq(unitSubmissions.status, "submitted"), isNull(campaigns.closedAt)))
    .orderBy(asc(units.name));
}

const again = (step: string, key: string, vars?: Message["vars"]): StepResult => ({ next: step, say: [{ key, vars }] });

/** `/dotthidua` (`/campaign`): the Văn phòng opens, moves and closes campaigns, and reopens units, in the chat. */
export const campaignsFlow = defineFlow<Data>({
  name: "campaigns",
  allowed: isOffice,
  async start() {
    return { next: "menu" };
  },
  steps: {
    menu: {
      id: "menu",
      input: "choice",
      async prompt(ctx) {
        return { key: "office-campaign-menu", vars: { lines: await campaignLines(ctx) } };
      },
      async options(ctx) {
        const open = await openCampaigns(ctx);
        return [
          { value: "open", label: ctx.t("office-campaign-open") },
          ...(open.length
            ? [
                { value: "deadline", label: ctx.t("office-campaign-move") },
                { value: "close", label: ctx.t("office-campaign-close") },
              ]
            : []),
          { value: "reopen", label: ctx.t("office-campaign-reopen") },
          { value: "quit", label: ctx.t("common-close") },
        ];
      },
      async onAnswer(ctx, value) {
        if (value === "quit") return { done: true };
        ctx.data.action = value as Data["action"];
        if (value === "open") return { next: "kind" };
        if (value === "reopen") {
          if ((await submittedUnits(ctx)).length === 0) return { done: true, say: [{ key: "office-reopen-none" }] };
          return { next: "unit" };
        }
        return { next: "pick" };
      },
    },
    kind: {
      id: "kind",
      input: "choice",
      prompt: () => ({ key: "office-campaign-ask-kind" }),
      options: (ctx) => KINDS.map((k) => ({ value: k, label: ctx.t(`campaign-kind-${k}`) })),
      async onAnswer(ctx, value) {
        ctx.data.kind = value as CampaignKind;
        return { next: "title" };
      },
    },
    title: {
      id: "title",
      input: "text",
      schema: textAnswer({ max: 200, min: 3 }),
      prompt: () => ({ key: "office-campaign-ask-title" }),
      async onAnswer(ctx, value) {
        ctx.data.title = value.normalize("NFC");
        return { next: "year" };
      },
    },
    year: {
      id: "year",
      input: "text",
      schema: z
        .string()
        .trim()
        .regex(/^\d{4}\s*-\s*\d{4}$/, "office-campaign-year-format"),
      prompt: () => ({ key: "office-campaign-ask-year" }),
      options: (ctx) => {
        const label = schoolYearOf(localDateOf(ctx.now, ctx.timeZone)).label;
        return [{ value: label, label }];
      },
      async onOption(ctx, value) {
        ctx.data.year = value;
        return { next: "opens" };
      },
      async onAnswer(ctx, value) {
        const [a, b] = value.split("-").map((s) => Number(s.trim()));
        if (b !== a! + 1) return again("year", "office-campaign-year-format");
        ctx.data.year = `${a}-${b}`;
        return { next: "opens" };
      },
    },
    opens: {
      id: "opens",
      input: "date",
      schema: z.string(),
      prompt: () => ({ key: "office-campaign-ask-opens" }),
      async onAnswer(ctx, value) {
        ctx.data.opens = value;
        return { next: "deadline" };
      },
    },
    pick: {
      id: "pick",
      input: "choice",
      prompt: (ctx) => ({ key: ctx.data.action === "close" ? "office-campaign-ask-close" : "office-campaign-ask-move" }),
      options: openCampaigns,
      async onAnswer(ctx, value) {
        ctx.data.campaignId = Number(value);
        return { next: ctx.data.action === "close" ? "confirm" : "deadline" };
      },
    },
    deadline: {
      id: "deadline",
      input: "date",
      schema: z.string(),
      prompt: () => ({ key: "office-campaign-ask-deadline" }),
      async onAnswer(ctx, value) {
        const deadlineAt = endOfLocalDay(toLocal(value), ctx.timeZone);
        const refusal =
          ctx.data.action === "open"
            ? checkNewCampaign(startOfLocalDay(toLocal(ctx.data.opens!), ctx.timeZone), deadlineAt, ctx.now)
            : checkNewDeadline((await getCampaign(ctx.tx, ctx.actor!.provinceId, ctx.data.campaignId!)).opensAt, deadlineAt, ctx.now);
        if (refusal) return again("deadline", refusal);
        ctx.data.deadline = value;
        return { next: "confirm" };
      },
    },
    unit: {
      id: "unit",
      input: "choice",
      prompt: () => ({ key: "office-reopen-ask-unit" }),
      async options(ctx) {
        return (await submittedUnits(ctx)).map((u) => ({
          value: `${u.campaignId}:${u.unitId}`,
          label: `${u.unitName} (${u.campaignTitle})`,
        }));
      },
      async onAnswer(ctx, value) {
        const [c, u] = value.split(":").map(Number);
        ctx.data.campaignId = c;
        ctx.data.unitId = u;
        return { next: "reason" };
      },
    },
    reason: {
      id: "reason",
      input: "text",
      schema: textAnswer({ max: 500, min: 3 }),
      prompt: () => ({ key: "office-reopen-ask-reason" }),
      async onAnswer(ctx, value) {
        ctx.data.reason = value.normalize("NFC");
        return { next: "confirm" };
      },
    },
    confirm: {
      id: "confirm",
      input: "confirm",
      async prompt(ctx): Promise<Message> {
        const d = ctx.data;
        if (d.action === "open") {
          return {
            key: "office-campaign-confirm-open",
            vars: {
              kind: ctx.t(`campaign-kind-${d.kind}`),
              title: d.title!,
              year: d.year!,
              opens: vn(d.opens!),
              deadline: vn(d.deadline!),
            },
          };
        }
        if (d.action === "reopen") {
          const [u] = await ctx.tx.select({ name: units.name }).from(units).where(eq(units.id, d.unitId!));
          return { key: "office-reopen-confirm", vars: { unit: u?.name ?? "", reason: d.reason! } };
        }
        const c = await getCampaign(ctx.tx, ctx.actor!.provinceId, d.campaignId!);
        if (d.action === "close") return { key: "office-campaign-confirm-close", vars: { title: c.title } };
        return {
          key: "office-campaign-confirm-move",
          vars: { title: c.title, from: formatDate(c.deadlineAt, ctx.timeZone), to: vn(d.deadline!) },
        };
      },
      options: (ctx) => [
        { value: "yes", label: ctx.t("office-confirm-yes") },
        { value: "no", label: ctx.t("office-confirm-no") },
      ],
      async onAnswer(ctx, value) {
        if (value !== "yes") return { done: true, say: [{ key: "office-nothing-changed" }] };
        const d = ctx.data;
        const provinceId = ctx.actor!.provinceId;
        if (d.action === "open") {
          const opensAt = startOfLocalDay(toLocal(d.opens!), ctx.timeZone);
          const deadlineAt = endOfLocalDay(toLocal(d.deadline!), ctx.timeZone);
          // Checked again at the moment of the change: time has passed since the date was typed.
          const refusal = checkNewCampaign(opensAt, deadlineAt, ctx.now);
          if (refusal) return { done: true, say: [{ key: refusal }] };
          let c;
          try {
            c = await createCampaign(
              ctx.tx,
              { provinceId, kind: d.kind!, title: d.title!, schoolYear: d.year!, opensAt, deadlineAt },
              actorOf(ctx),
            );
          } catch (e) {
            // The service's own refusal names CLI commands; in the chat, name the chat action.
            if (e instanceof UserError && e.key === "truth-campaign-duplicate")
              return { done: true, say: [{ key: "office-campaign-duplicate", vars: e.vars }] };
            throw e;
          }
          return {
            done: true,
            say: [{ key: "office-campaign-opened", vars: { id: c.id, title: c.title, deadline: formatDate(c.deadlineAt, ctx.timeZone) } }],
          };
        }
        if (d.action === "close") {
          const c = await closeCampaign(ctx.tx, provinceId, d.campaignId!, ctx.now, actorOf(ctx));
          return { done: true, say: [{ key: "office-campaign-closed", vars: { title: c.title } }] };
        }
        if (d.action === "deadline") {
          const before = await getCampaign(ctx.tx, provinceId, d.campaignId!);
          const deadlineAt = endOfLocalDay(toLocal(d.deadline!), ctx.timeZone);
          const refusal = checkNewDeadline(before.opensAt, deadlineAt, ctx.now);
          if (refusal) return { done: true, say: [{ key: refusal }] };
          // The reminder plans are keyed by the deadline: the new date gets its own reminders.
          const c = await setDeadline(ctx.tx, provinceId, d.campaignId!, deadlineAt, actorOf(ctx));
          return {
            done: true,
            say: [{ key: "office-campaign-moved", vars: { title: c.title, deadline: formatDate(c.deadlineAt, ctx.timeZone) } }],
          };
        }
        // Reopen: the same service as the CLI and the web workspace.
        const campaign = await getCampaign(ctx.tx, provinceId, d.campaignId!);
        const [unit] = await ctx.tx.select({ name: units.name }).from(units).where(eq(units.id, d.unitId!));
        const done = await reopenUnit(ctx.tx, provinceId, campaign.id, d.unitId!, ctx.now, actorOf(ctx), d.reason);
        if (!done) return { done: true, say: [{ key: "office-reopen-not-submitted", vars: { unit: unit?.name ?? "" } }] };
        for (const personId of await unitManagers(ctx.tx, d.unitId!)) {
          ctx.notify({
            personId,
            provinceId,
            dedupeKey: `office-reopen:${campaign.id}:${d.unitId}:${ctx.now.getTime()}:${personId}`,
            message: { key: "web-notify-reopened", vars: { unit: unit!.name, campaign: campaign.title, reason: d.reason! } },
          });
        }
        return { done: true, say: [{ key: "office-reopened", vars: { unit: unit!.name } }] };
      },
    },
  },
});
