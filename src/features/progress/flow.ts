import { provinceUnits, unitsByIds } from "../../services/units.js";
import { foldVietnamese } from "../../domain/text.js";
import { UserError } from "../../core/errors.js";
import { loadCampaign, registrationCampaigns } from "./service.js";
import { paginate, provinceReport, unitReport } from "./report.js";
import { openCampaignsOfKind, openRegistrationCampaign } from "../registration/campaigns.js";
import { isOffice, managedUnits } from "../../flows/engine/actor.js";
import { textAnswer, turnedPage } from "../../flows/engine/input.js";
import { withChart } from "../charts/index.js";
import { defineFlow, type Actor, type FlowContext, type Message, type Option, type StepResult } from "../../flows/engine/types.js";

/**
 * Characters of report per page. Zalo, the smallest channel, takes 2,000 per message; the page
 * line and the numbered options come on top, so a page stays well inside it on every channel.
 */
export const PAGE_BUDGET = 1500;

export interface ScopeData {
  campaignId?: number;
  /** "province" only for the Văn phòng; checked again before every step. */
  scope?: "province" | "unit";
  /** The unit looked at: a focal person's own, or one the Văn phòng opened; absent for the province. */
  unitId?: number;
  args?: string;
}

interface Data extends ScopeData {
  page?: number;
}

type Ctx = FlowContext<Data>;

export const mayWatch = (actor: Actor | null) => isOffice(actor) || managedUnits(actor).length > 0;

/** Re-checked before every step: the Văn phòng sees the province, others only a unit they manage. */
export function guardScope(ctx: FlowContext<ScopeData>) {
  if (ctx.data.scope === "province" && !isOffice(ctx.actor)) throw new UserError("flow-not-allowed");
  if (ctx.data.unitId !== undefined && !isOffice(ctx.actor) && !managedUnits(ctx.actor).includes(ctx.data.unitId))
    throw new UserError("flow-not-allowed");
}

/**
 * Picks the campaign (the one named in the command, the only one, or the open one) and, for a
 * focal person, the unit; returns the step to continue with.
 */
export async function chooseScope(ctx: FlowContext<ScopeData>, then: string, noCampaignKey: string): Promise<StepResult> {
  const provinceId = ctx.actor!.provinceId;
  const list = await registrationCampaigns(ctx.tx, provinceId);
  if (list.length === 0) return { done: true, say: [{ key: noCampaignKey }] };
  const asked = Number(ctx.data.args?.trim().replace(/^#/, ""));
  delete ctx.data.args;
  const named = list.some((c) => c.id === asked);
  if (named) ctx.data.campaignId = asked;
  else if (list.length === 1) ctx.data.campaignId = list[0]!.id;
  else ctx.data.campaignId = (await openRegistrationCampaign(ctx.tx, provinceId, ctx.now))?.id ?? list[0]!.id;

  if (isOffice(ctx.actor)) {
    ctx.data.scope = "province";
    return list.length > 1 && !named ? { next: "pick-campaign" } : { next: then };
  }
  ctx.data.scope = "unit";
  const managed = managedUnits(ctx.actor);
  if (managed.length > 1) return { next: "pick-unit" };
  ctx.data.unitId = managed[0]!;
  // Two school years open at once: the focal person chooses, as on /dangky.
  if (!named && (await openCampaignsOfKind(ctx.tx, provinceId, "registration", ctx.now)).length > 1) return { next: "pick-campaign" };
  return { next: then };
}

/** The campaign and unit pickers, shared by /progress and /export. */
export function scopeSteps<D extends ScopeData>(then: (ctx: FlowContext<D>) => StepResult) {
  return {
    "pick-campaign": {
      id: "pick-campaign",
      input: "choice" as const,
      prompt: () => ({ key: "progress-pick-campaign" }),
      async options(ctx: FlowContext<D>): Promise<Option[]> {
        return (await registrationCampaigns(ctx.tx, ctx.actor!.provinceId)).map((c) => ({ value: String(c.id), label: c.title }));
      },
      async onAnswer(ctx: FlowContext<D>, value: string): Promise<StepResult> {
        ctx.data.campaignId = Number(value);
        return then(ctx);
      },
    },
    "pick-unit": {
      id: "pick-unit",
      input: "choice" as const,
      prompt: () => ({ key: "progress-pick-unit" }),
      async options(ctx: FlowContext<D>): Promise<Option[]> {
        const managed = managedUnits(ctx.actor);
        if (managed.length === 0) return [];
        const rows = await unitsByIds(ctx.tx, managed);
        return rows.map((u) => ({ value: String(u.id), label: u.name }));
      },
      async onAnswer(ctx: FlowContext<D>, value: string): Promise<StepResult> {
        ctx.data.unitId = Number(value);
        return then(ctx);
      },
    },
  };
}

async function pages(ctx: Ctx): Promise<string[]> {
  const campaign = await loadCampaign(ctx.tx, ctx.actor!.provinceId, ctx.data.campaignId!);
  const rctx = { db: ctx.tx, t: ctx.t, now: ctx.now, timeZone: ctx.timeZone };
  // The Văn phòng may open one unit from the province view; a focal person always sees their unit.
  const lines =
    ctx.data.unitId === undefined
      ? await provinceReport(rctx, campaign, ctx.actor!.provinceId)
      : await unitReport(rctx, campaign, ctx.actor!.provinceId, ctx.data.unitId);
  return paginate(lines, PAGE_BUDGET);
}

/** A unit of the actor's province by its code, or by its exact name typed with or without marks. */
export async function findUnit(ctx: FlowContext<ScopeData>, typed: string) {
  const rows = await provinceUnits(ctx.tx, ctx.actor!.provinceId);
  const folded = foldVietnamese(typed);
  return (
    rows.find((u) => u.code.toUpperCase() === typed.trim().toUpperCase()) ?? rows.find((u) => foldVietnamese(u.name) === folded) ?? null
  );
}

const showPage = (ctx: FlowContext<Data>): StepResult => {
  ctx.data.page = 0;
  return { next: "page" };
};

/** After a pick (campaign, unit), the first page comes with its chart. */
const chartedPickSteps = () => {
  const steps = scopeSteps<Data>(showPage);
  for (const step of Object.values(steps)) {
    const answer = step.onAnswer;
    step.onAnswer = async (ctx, value) => withChart(ctx, await answer(ctx, value));
  }
  return steps;
};

/** /progress (/tiendo): always recomputed, so "Cập nhật" shows what changed since. */
export const progressFlow = defineFlow<Data>({
  name: "progress",
  allowed: mayWatch,
  guard: guardScope,
  async start(ctx) {
    const typed = ctx.data.args?.trim();
    const result = await chooseScope(ctx, "page", "progress-no-campaign");
    ctx.data.page = 0;
    // "/tiendo THPT01": the Văn phòng goes straight to that unit.
    if (typed && !("done" in result) && !/^#?\d+$/u.test(typed) && isOffice(ctx.actor)) {
      const unit = await findUnit(ctx, typed);
      if (!unit) return { done: true, say: [{ key: "progress-unit-unknown", vars: { code: typed } }] };
      ctx.data.unitId = unit.id;
    }
    return withChart(ctx, result);
  },
  steps: {
    ...chartedPickSteps(),
    page: {
      id: "page",
      input: "choice",
      async prompt(ctx): Promise<Message> {
        const all = await pages(ctx);
        // The report may have shrunk since the last page was shown.
        const page = Math.min(ctx.data.page ?? 0, all.length - 1);
        ctx.data.page = page;
        if (all.length === 1) return { key: "progress-single", vars: { body: all[0]! } };
        return { key: "progress-page", vars: { body: all[page]!, page: page + 1, pages: all.length } };
      },
      async options(ctx) {
        const count = (await pages(ctx)).length;
        const page = ctx.data.page ?? 0;
        const office = ctx.data.scope === "province";
        return [
          ...(page > 0 ? [{ value: "prev", label: ctx.t("common-prev") }] : []),
          ...(page < count - 1 ? [{ value: "next", label: ctx.t("common-next") }] : []),
          ...(office && ctx.data.unitId === undefined ? [{ value: "unit", label: ctx.t("progress-open-unit") }] : []),
          ...(office && ctx.data.unitId !== undefined ? [{ value: "roles", label: ctx.t("roles-open") }] : []),
          ...(office && ctx.data.unitId !== undefined ? [{ value: "province", label: ctx.t("progress-back-province") }] : []),
          { value: "refresh", label: ctx.t("progress-refresh") },
          { value: "close", label: ctx.t("common-close") },
        ];
      },
      async onAnswer(ctx, value) {
        const turned = turnedPage(value, ctx.data.page);
        if (turned !== null) ctx.data.page = turned;
        else if (value === "unit") return { next: "unit-code" };
        // The unit's people and their roles: the Văn phòng grants and revokes there (features/roles).
        else if (value === "roles" && isOffice(ctx.actor) && ctx.data.unitId !== undefined)
          return { start: "unit-roles", data: { unitId: ctx.data.unitId } };
        else if (value === "province") {
          delete ctx.data.unitId;
          ctx.data.page = 0;
        } else if (value === "refresh") return withChart(ctx, { next: "page" });
        else return { done: true };
        return { next: "page" };
      },
    },
    "unit-code": {
      id: "unit-code",
      input: "text",
      schema: textAnswer({ max: 60 }),
      prompt: () => ({ key: "progress-ask-unit" }),
      options: (ctx) => [{ value: "back", label: ctx.t("common-back") }],
      onOption: async () => ({ next: "page" }),
      async onAnswer(ctx, value) {
        if (!isOffice(ctx.actor)) throw new UserError("flow-not-allowed");
        const unit = await findUnit(ctx, value);
        if (!unit) throw new UserError("progress-unit-unknown", { code: value });
        ctx.data.unitId = unit.id;
        ctx.data.page = 0;
        return { next: "page" };
      },
    },
  },
});
