/**
 * /ketqua (/results): the year-end results of a unit. The focal person starts from what the staff
 * registered ("đạt như đăng ký" in one tap), changes the exceptions, sets the unit's collective
 * title, reads the rule checks and submits; a teacher sees their own result and may ask for a
 * correction before the unit submits.
 */
import { eq, inArray } from "drizzle-orm";
import { units } from "../../db/schema.js";
import { formatDate, formatDateTime } from "../../domain/calendar.js";
import { checkResults } from "../../domain/results.js";
import { RATINGS, type Rating } from "../../domain/rules/index.js";
import { compareVietnameseNames } from "../../domain/text.js";
import { titleLabelKey, titlesFor, type TitleCode } from "../../domain/titles.js";
import { UserError } from "../../core/errors.js";
import { campaignById, type Campaign } from "../registration/campaigns.js";
import { submissionOf } from "../registration/submission.js";
import { ruleSetFor } from "../../services/rules.js";
import { guardManagedUnit, homeUnit, managedUnits } from "../../flows/engine/actor.js";
import { pageOfOptions, textAnswer, turnedPage } from "../../flows/engine/input.js";
import { defineFlow, type FlowContext, type Message, type Option, type StepResult } from "../../flows/engine/types.js";
import {
  applyAsRegistered,
  myResult,
  openResultsCampaign,
  requestCorrection,
  setPersonResult,
  setUnitCollectiveResult,
  submitResults,
  unitCollectiveResult,
  unitResults,
  resultsDocumentData,
  type ResultsCtx,
} from "./service.js";

interface Data {
  campaignId: number;
  unitId: number;
  page?: number;
  personId?: number;
  rating?: Rating;
}
type Ctx = FlowContext<Data>;

const PAGE = 8;
const menu = (say?: Message[]): StepResult => ({ next: "menu", say });
const back = (ctx: Ctx): Option => ({ value: "back", label: ctx.t("common-back") });

function campaignOf(ctx: Ctx): Promise<Campaign> {
  return ctx.memo(`results-campaign:${ctx.data.campaignId}`, async () => {
    const c = await campaignById(ctx.tx, ctx.data.campaignId);
    if (!c) throw new UserError("campaign-closed");
    return c;
  });
}

async function serviceCtx(ctx: Ctx): Promise<ResultsCtx> {
  return {
    campaign: await campaignOf(ctx),
    actor: ctx.actor,
    unitId: ctx.data.unitId,
    now: ctx.now,
    timeZone: ctx.timeZone,
    notify: ctx.notify,
  };
}

// Not memoised: a step's answer writes results that the next prompt of the same update must show.
const rows = async (ctx: Ctx) => unitResults(ctx.tx, await campaignOf(ctx), ctx.data.unitId);
const submitted = async (ctx: Ctx) => (await submissionOf(ctx.tx, ctx.data.campaignId, ctx.data.unitId))?.status === "submitted";
const titleText = (ctx: Ctx, code: string | null) => (code ? ctx.t(titleLabelKey(code as TitleCode)) : ctx.t("results-no-title"));
const ratingText = (ctx: Ctx, r: Rating | null) => (r ? ctx.t(`results-rating-${r}`) : ctx.t("results-not-rated"));

/** The rule checks on the unit's results, as lines; empty when all is well. */
async function checkLines(ctx: Ctx): Promise<string> {
  const campaign = await campaignOf(ctx);
  const all = await rows(ctx);
  const unitTitle = await unitCollectiveResult(ctx.tx, campaign.id, ctx.data.unitId);
  const rs = await ruleSetFor(ctx.tx, campaign.provinceId, ctx.now, ctx.timeZone, campaign.schoolYear);
  const check = checkResults(all, unitTitle, rs);
  const lines: string[] = [];
  if (check.unrated > 0) lines.push(ctx.t("results-check-unrated", { count: check.unrated }));
  for (const id of check.titleAboveRating) {
    const r = all.find((x) => x.personId === id)!;
    lines.push(
      ctx.t("results-check-title-rating", { name: r.fullName, rating: ratingText(ctx, r.rating), title: titleText(ctx, r.titleCode) }),
    );
  }
  for (const reason of check.evaluation.reasons) lines.push(ctx.t(reason.key, reason.params));
  return lines.map((l) => `⚠️ ${l}`).join("\n");
}

export const resultsFlow = defineFlow<Data>({
  name: "results",
  allowed: (actor) => actor !== null,
  guard: (ctx) => {
    if (ctx.data.unitId !== undefined && managedUnits(ctx.actor).length > 0) guardManagedUnit(ctx.actor, ctx.data.unitId);
  },
  async start(ctx) {
    const campaign = await openResultsCampaign(ctx.tx, ctx.actor!.provinceId, ctx.now);
    if (!campaign) return { done: true, say: [{ key: "results-no-campaign" }] };
    ctx.data.campaignId = campaign.id;
    const managed = managedUnits(ctx.actor);
    if (managed.length === 0) {
      const unit = homeUnit(ctx.actor);
      if (unit === null) return { done: true, say: [{ key: "results-no-unit" }] };
      ctx.data.unitId = unit;
      return { next: "mine" };
    }
    if (managed.length > 1) return { next: "pick-unit" };
    ctx.data.unitId = managed[0]!;
    return { next: "menu" };
  },
  steps: {
    "pick-unit": {
      id: "pick-unit",
      input: "choice",
      prompt: () => ({ key: "results-pick-unit" }),
      async options(ctx) {
        const list = await ctx.tx
          .select({ id: units.id, name: units.name })
          .from(units)
          .where(inArray(units.id, managedUnits(ctx.actor)));
        return list.map((u) => ({ value: String(u.id), label: u.name }));
      },
      async onAnswer(ctx, value) {
        if (!managedUnits(ctx.actor).includes(Number(value))) throw new UserError("button-stale");
        ctx.data.unitId = Number(value);
        return { next: "menu" };
      },
    },
    menu: {
      id: "menu",
      input: "choice",
      async prompt(ctx) {
        const campaign = await campaignOf(ctx);
        const all = await rows(ctx);
        const sub = await submissionOf(ctx.tx, campaign.id, ctx.data.unitId);
        const [u] = await ctx.tx.select({ name: units.name }).from(units).where(eq(units.id, ctx.data.unitId));
        const unitTitle = await unitCollectiveResult(ctx.tx, campaign.id, ctx.data.unitId);
        return {
          key: "results-menu",
          vars: {
            unit: u?.name ?? "",
            campaign: campaign.title,
            deadline: formatDate(campaign.deadlineAt, ctx.timeZone),
            members: all.length,
            entered: all.filter((r) => r.rating !== null).length,
            corrections: all.filter((r) => r.correctionRequest !== null).length,
            unitTitle: titleText(ctx, unitTitle),
            status:
              sub?.status === "submitted"
                ? ctx.t("results-status-submitted", { at: formatDateTime(sub.submittedAt!, ctx.timeZone) })
                : ctx.t("results-status-draft"),
          },
        };
      },
      async options(ctx) {
        const all: Option[] = [
          { value: "as-registered", label: ctx.t("results-menu-as-registered") },
          { value: "people", label: ctx.t("results-menu-people") },
          { value: "collective", label: ctx.t("results-menu-collective") },
          { value: "check", label: ctx.t("results-menu-check") },
          { value: "submit", label: ctx.t("results-menu-submit") },
          { value: "docs", label: ctx.t("results-menu-docs") },
          { value: "close", label: ctx.t("common-close") },
        ];
        // After submission only looking is possible, as with registration.
        return (await submitted(ctx)) ? all.filter((o) => ["people", "check", "docs", "close"].includes(o.value)) : all;
      },
      async onAnswer(ctx, value) {
        switch (value) {
          case "as-registered": {
            const filled = await applyAsRegistered(ctx.tx, await serviceCtx(ctx));
            const left = (await unitResults(ctx.tx, await campaignOf(ctx), ctx.data.unitId)).filter((r) => r.rating === null).length;
            return menu([{ key: "results-as-registered-done", vars: { filled, left } }]);
          }
          case "people":
            ctx.data.page = 0;
            return { next: "people" };
          case "collective":
          case "check":
          case "submit":
            return { next: value };
          case "docs": {
            const campaign = await campaignOf(ctx);
            const data = await resultsDocumentData(ctx.tx, campaign, ctx.data.unitId, ctx.now, ctx.timeZone);
            const mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            // The docx library is loaded by the step that writes Word files, not at every start.
            const { minutesDocName, minutesDocument, proposalDocName, proposalDocument, toDocx } = await import("./documents.js");
            return {
              done: true,
              send: [
                {
                  type: "document",
                  fileName: proposalDocName(data.unitName, data.schoolYear),
                  mime,
                  content: await toDocx(proposalDocument(data)),
                  caption: ctx.t("results-doc-proposal"),
                },
                {
                  type: "document",
                  fileName: minutesDocName(data.unitName, data.schoolYear),
                  mime,
                  content: await toDocx(minutesDocument(data)),
                  caption: ctx.t("results-doc-minutes"),
                },
              ],
            };
          }
          default:
            return { done: true };
        }
      },
    },
    people: {
      id: "people",
      input: "choice",
      async prompt(ctx) {
        const all = await rows(ctx);
        return { key: "results-people", vars: { members: all.length, unrated: all.filter((r) => r.rating === null).length } };
      },
      async options(ctx) {
        const all = [...(await rows(ctx))].sort((a, b) => compareVietnameseNames(a.fullName, b.fullName));
        const page = ctx.data.page ?? 0;
        const mark = (r: (typeof all)[number]) => (r.correctionRequest ? "✎" : r.rating ? "✓" : "•");
        return [
          ...pageOfOptions(ctx.t, all, page, PAGE, (r) => ({
            value: `p${r.personId}`,
            label: `${mark(r)} ${r.fullName} — ${r.rating ? `${r.rating} · ${titleText(ctx, r.titleCode)}` : ctx.t("results-not-rated")}`,
          })),
          back(ctx),
        ];
      },
      async onAnswer(ctx, value) {
        if (value === "back") return menu();
        const turned = turnedPage(value, ctx.data.page);
        if (turned !== null) {
          ctx.data.page = turned;
          return { next: "people" };
        }
        if (await submitted(ctx)) throw new UserError("unit-locked");
        ctx.data.personId = Number(value.slice(1));
        return { next: "person" };
      },
    },
    person: {
      id: "person",
      input: "choice",
      async prompt(ctx) {
        const r = (await rows(ctx)).find((x) => x.personId === ctx.data.personId);
        if (!r) throw new UserError("button-stale");
        return {
          key: "results-person",
          vars: {
            name: r.fullName,
            registered: r.registeredTitle ? titleText(ctx, r.registeredTitle) : ctx.t("results-not-registered"),
            rating: ratingText(ctx, r.rating),
            title: r.rating ? titleText(ctx, r.titleCode) : "—",
            request: r.correctionRequest ?? "—",
          },
        };
      },
      options: (ctx) => [...RATINGS.map((r) => ({ value: r, label: ctx.t(`results-rating-${r}`) })), back(ctx)],
      async onAnswer(ctx, value) {
        if (value === "back") return { next: "people" };
        ctx.data.rating = value as Rating;
        return { next: "person-title" };
      },
    },
    "person-title": {
      id: "person-title",
      input: "choice",
      prompt: (ctx) => ({ key: "results-ask-title", vars: { rating: ratingText(ctx, ctx.data.rating ?? null) } }),
      options: (ctx) => [
        ...titlesFor("individual", "title").map((t) => ({ value: t.code, label: ctx.t(titleLabelKey(t.code)) })),
        { value: "none", label: ctx.t("results-no-title") },
        back(ctx),
      ],
      async onAnswer(ctx, value) {
        if (value === "back") return { next: "person" };
        const r = (await rows(ctx)).find((x) => x.personId === ctx.data.personId);
        await setPersonResult(ctx.tx, await serviceCtx(ctx), ctx.data.personId!, ctx.data.rating!, value === "none" ? null : value);
        return {
          next: "people",
          say: [
            {
              key: "results-person-saved",
              vars: {
                name: r?.fullName ?? "",
                rating: ratingText(ctx, ctx.data.rating!),
                title: titleText(ctx, value === "none" ? null : value),
              },
            },
          ],
        };
      },
    },
    collective: {
      id: "collective",
      input: "choice",
      prompt: () => ({ key: "results-ask-collective" }),
      options: (ctx) => [
        ...titlesFor("collective", "title")
          .filter((t) => t.code === "TTLDTT" || t.code === "TTLDXS")
          .map((t) => ({ value: t.code, label: ctx.t(titleLabelKey(t.code)) })),
        { value: "none", label: ctx.t("results-no-title") },
        back(ctx),
      ],
      async onAnswer(ctx, value) {
        if (value === "back") return menu();
        await setUnitCollectiveResult(ctx.tx, await serviceCtx(ctx), value === "none" ? null : value);
        const lines = await checkLines(ctx);
        return menu([{ key: "common-saved" }, ...(lines ? [{ key: "results-check", vars: { lines } }] : [])]);
      },
    },
    check: {
      id: "check",
      input: "choice",
      async prompt(ctx) {
        const lines = await checkLines(ctx);
        return lines ? { key: "results-check", vars: { lines } } : { key: "results-check-ok" };
      },
      options: (ctx) => [back(ctx)],
      onAnswer: async () => menu(),
    },
    submit: {
      id: "submit",
      input: "confirm",
      async prompt(ctx) {
        const lines = await checkLines(ctx);
        const all = await rows(ctx);
        return { key: "results-submit-confirm", vars: { members: all.length, lines: lines || ctx.t("results-check-none") } };
      },
      options: (ctx) => [
        { value: "yes", label: ctx.t("results-submit-yes") },
        { value: "no", label: ctx.t("common-back") },
      ],
      async onAnswer(ctx, value) {
        if (value !== "yes") return menu();
        const { people } = await submitResults(ctx.tx, await serviceCtx(ctx));
        return { done: true, say: [{ key: "results-submitted", vars: { people, at: formatDateTime(ctx.now, ctx.timeZone) } }] };
      },
    },
    mine: {
      id: "mine",
      input: "choice",
      async prompt(ctx): Promise<Message> {
        const campaign = await campaignOf(ctx);
        const r = await myResult(ctx.tx, campaign.id, ctx.actor!.personId);
        const status = (await submitted(ctx)) ? "submitted" : "draft";
        if (!r || r.rating === null)
          return { key: "results-mine-none", vars: { campaign: campaign.title, status, request: r?.correctionRequest ?? "—" } };
        return {
          key: "results-mine",
          vars: {
            campaign: campaign.title,
            rating: ratingText(ctx, r.rating),
            title: titleText(ctx, r.titleCode),
            status,
            request: r.correctionRequest ?? "—",
          },
        };
      },
      async options(ctx) {
        const close = { value: "close", label: ctx.t("common-close") };
        return (await submitted(ctx)) ? [close] : [{ value: "correct", label: ctx.t("results-mine-correct") }, close];
      },
      async onAnswer(_ctx, value) {
        return value === "correct" ? { next: "mine-correct" } : { done: true };
      },
    },
    "mine-correct": {
      id: "mine-correct",
      input: "text",
      schema: textAnswer({ max: 500 }),
      prompt: () => ({ key: "results-mine-ask-correction" }),
      async onAnswer(ctx, value) {
        await requestCorrection(
          ctx.tx,
          { campaign: await campaignOf(ctx), actor: ctx.actor!, now: ctx.now, timeZone: ctx.timeZone, notify: ctx.notify },
          value,
        );
        return { done: true, say: [{ key: "results-correction-sent" }] };
      },
    },
  },
});
