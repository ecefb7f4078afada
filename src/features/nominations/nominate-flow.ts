import { z } from "zod";
import { unitNameOf } from "../../services/units.js";
import { childUnitIds, membersOf, personById, provincePeople, unitKindCodeOf } from "./queries.js";
import {
  countProblem,
  countRuleFor,
  criteriaFor,
  NOMINATES_FOR_SCHOOLS_UNDER,
  periodYears,
  SUMMARY_MAX,
  type NomineeKind,
} from "../../domain/nominations.js";
import { foldVietnamese } from "../../domain/text.js";
import { titleLabelKey, type TitleCode } from "../../domain/titles.js";
import { UserError } from "../../core/errors.js";
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES } from "./evidence.js";
import { recognisedInitiatives } from "../initiatives/service.js";
import {
  getNomination,
  openNominationCampaign,
  saveNomination,
  submitNominations,
  unitNominations,
  type NominationCampaign,
} from "./service.js";
import { guardManagedUnit, isManager, isOffice, managedUnits } from "../../flows/engine/actor.js";
import { textAnswer } from "../../flows/engine/input.js";
import { defineFlow, type FlowContext, type InboundFile, type Option, type StepResult } from "../../flows/engine/types.js";
import { officeReviewSteps } from "./review.js";
import type { NominateData } from "./nominate-data.js";

export type { NominateData };
import { assessmentLines, assessNomination, yearLine } from "../truth/nomination-check.js";

type Ctx = FlowContext<NominateData>;

async function campaignOf(ctx: Ctx): Promise<NominationCampaign> {
  const c = await openNominationCampaign(ctx.tx, ctx.actor!.provinceId, ctx.now);
  if (!c || c.id !== ctx.data.campaignId) throw new UserError("nomination-no-campaign");
  return c;
}

const RATINGS = ["HTXSNV", "HTTNV", "HTNV"] as const;
const YEAR_TITLES: Record<NomineeKind, string[]> = { individual: ["CSTDCS", "LDTT"], collective: ["TTLDXS", "TTLDTT"] };

const evidenceSchema = z
  .custom<InboundFile>()
  .refine((f) => !f.size || f.size <= EVIDENCE_MAX_BYTES, { error: "evidence-too-large" })
  .refine((f) => f.kind === "photo" || (f.mime !== undefined && EVIDENCE_TYPES.includes(f.mime)), {
    error: "evidence-wrong-type",
  }) as unknown as z.ZodType<InboundFile, InboundFile>;

/** The unit, and for a commune or Phòng the schools under it: whose people it may nominate. */
async function nominableUnits(ctx: Ctx): Promise<number[]> {
  return ctx.memo(`nominable:${ctx.data.unitId}`, async () => {
    const unitId = ctx.data.unitId!;
    if (!NOMINATES_FOR_SCHOOLS_UNDER.includes(await unitKindCode(ctx))) return [unitId];
    return [unitId, ...(await childUnitIds(ctx.tx, unitId))];
  });
}

const unitName = (ctx: Ctx): Promise<string> => unitNameOf(ctx.tx, ctx.data.unitId!);

/** The review text: what will be saved, and every warning the data can give (the Văn phòng sees the same). */
async function reviewVars(ctx: Ctx) {
  const d = ctx.data;
  const a = await assessNomination(ctx.tx, {
    kind: d.kind!,
    personId: d.personId ?? null,
    unitId: d.unitId!,
    campaignId: d.campaignId!,
    years: d.years ?? [],
    initiativeId: d.initiativeId ?? null,
  });
  const met = (d.criteria ?? []).filter((c) => c.met).length;
  const lines = assessmentLines(ctx.t, a);
  return {
    kind: ctx.t(`nomination-kind-${d.kind}`),
    name: d.nomineeName!,
    field: d.field!,
    summary: d.summary!.length > 300 ? `${d.summary!.slice(0, 300)}…` : d.summary!,
    years: (d.years ?? []).map((y) => yearLine(ctx.t, y)).join("\n"),
    initiative: a.initiativeTitle ?? d.initiativeText ?? ctx.t("register-none"),
    criteria: `${met}/${(d.criteria ?? []).length}`,
    evidence: (d.evidence ?? []).length,
    warnings: lines.length ? lines.join("\n") : ctx.t("nomination-no-warnings"),
  };
}

const nextAfterYears = (ctx: Ctx): StepResult => (ctx.data.kind === "individual" ? { next: "initiative" } : startCriteria(ctx));

function startCriteria(ctx: Ctx): StepResult {
  ctx.data.criteria = [];
  ctx.data.criterionIndex = 0;
  return { next: "criterion" };
}

function answerCriterion(ctx: Ctx, met: boolean, note?: string): StepResult {
  const codes = criteriaFor(ctx.data.kind!);
  const i = ctx.data.criterionIndex ?? 0;
  ctx.data.criteria = [...(ctx.data.criteria ?? []).slice(0, i), { code: codes[i]!, met, ...(note ? { note } : {}) }];
  ctx.data.criterionIndex = i + 1;
  return i + 1 < codes.length ? { next: "criterion" } : { next: "evidence" };
}

/**
 * /nominate (/dienhinh). A focal person or leader builds the unit's list of điển hình tiên tiến
 * and submits it; the Văn phòng reviews submitted ones (accept, or return with a reason).
 */
export const nominateFlow = defineFlow<NominateData>({
  name: "nominate",
  allowed: (actor) => isManager(actor) || isOffice(actor),
  guard: (ctx) => guardManagedUnit(ctx.actor, ctx.data.unitId),
  // A nomination is stored only at its review ("Lưu"); the steps before hold typed answers.
  unsaved: (_d, step) => !["menu", "kind", "review-list", "review-one", "return-reason"].includes(step),
  async start(ctx) {
    const campaign = await openNominationCampaign(ctx.tx, ctx.actor!.provinceId, ctx.now);
    if (!campaign) return { done: true, say: [{ key: "nomination-no-campaign" }] };
    ctx.data.campaignId = campaign.id;
    if (!isManager(ctx.actor)) return { next: "review-list" };
    ctx.data.unitId = managedUnits(ctx.actor)[0]!;
    return { next: "menu" };
  },
  steps: {
    menu: {
      id: "menu",
      input: "choice",
      async prompt(ctx) {
        const campaign = await campaignOf(ctx);
        const list = await unitNominations(ctx.tx, campaign.id, ctx.data.unitId!);
        const unit = await unitName(ctx);
        const kindCode = await unitKindCode(ctx);
        const rule = countRuleFor(campaign.settings, kindCode);
        // Bullets: the menu below is numbered on Zalo and the console.
        const lines = list.map(
          (n) =>
            `• ${n.nomineeName} (${ctx.t(`nomination-kind-${n.kind}`)}) — ${ctx.t(`nomination-status-${n.status}`)}${n.returnReason ? `: ${n.returnReason}` : ""}`,
        );
        return {
          key: "nomination-menu",
          vars: {
            unit,
            campaign: campaign.title,
            count: list.length,
            min: rule.min,
            list: lines.join("\n") || ctx.t("nomination-none-yet"),
          },
        };
      },
      async options(ctx) {
        const list = await unitNominations(ctx.tx, ctx.data.campaignId!, ctx.data.unitId!);
        const editable = list.filter((n) => n.status === "draft" || n.status === "returned");
        return [
          { value: "new", label: ctx.t("nomination-new") },
          ...editable.map((n) => ({ value: `edit:${n.id}`, label: ctx.t("nomination-edit", { name: n.nomineeName }) })),
          ...(editable.length > 0 ? [{ value: "submit", label: ctx.t("nomination-submit") }] : []),
          { value: "close", label: ctx.t("common-close") },
        ];
      },
      async onAnswer(ctx, value) {
        if (value === "close") return { done: true };
        if (value === "submit") {
          const campaign = await campaignOf(ctx);
          const listed = (await unitNominations(ctx.tx, campaign.id, ctx.data.unitId!)).length;
          const problem = countProblem(listed, countRuleFor(campaign.settings, await unitKindCode(ctx)));
          const count = await submitNominations(ctx.tx, {
            actor: ctx.actor!,
            campaign,
            unitId: ctx.data.unitId!,
            now: ctx.now,
            notify: ctx.notify,
          });
          return {
            done: true,
            say: [{ key: "nomination-submitted", vars: { count } }, ...(problem ? [{ key: problem.key, vars: problem.params }] : [])],
          };
        }
        if (value.startsWith("edit:")) {
          const n = await getNomination(ctx.tx, Number(value.slice(5)));
          if (!n || n.unitId !== ctx.data.unitId) throw new UserError("flow-not-allowed");
          ctx.data.editId = n.id;
          ctx.data.kind = n.kind;
        } else delete ctx.data.editId;
        ctx.data.evidence = [];
        return value === "new" ? { next: "kind" } : { next: "nominee" };
      },
    },
    kind: {
      id: "kind",
      input: "choice",
      prompt: () => ({ key: "nomination-ask-kind" }),
      options: (ctx) => [
        { value: "individual", label: ctx.t("nomination-kind-individual") },
        { value: "collective", label: ctx.t("nomination-kind-collective") },
      ],
      async onAnswer(ctx, value) {
        ctx.data.kind = value as NomineeKind;
        return { next: "nominee" };
      },
    },
    nominee: {
      id: "nominee",
      input: "text",
      schema: textAnswer({ max: 150 }),
      prompt: (ctx) => ({ key: ctx.data.kind === "individual" ? "nomination-ask-person" : "nomination-ask-collective" }),
      async options(ctx): Promise<Option[]> {
        if (ctx.data.kind === "collective") return [{ value: "unit", label: await unitName(ctx) }];
        const members = await membersOf(ctx.tx, await nominableUnits(ctx), 40);
        return members.map((m) => ({ value: String(m.id), label: m.name }));
      },
      async onOption(ctx, value) {
        if (value === "unit") {
          ctx.data.personId = null;
          ctx.data.nomineeName = await unitName(ctx);
        } else {
          const p = await personById(ctx.tx, Number(value));
          if (!p || p.unitId === null || !(await nominableUnits(ctx)).includes(p.unitId))
            throw new UserError("nomination-nominee-other-unit");
          ctx.data.personId = p.id;
          ctx.data.nomineeName = p.name;
        }
        return { next: "field" };
      },
      async onAnswer(ctx, value) {
        if (ctx.data.kind === "individual") {
          // A name typed that belongs to someone of another unit is that unit's to nominate.
          const same = await provincePeople(ctx.tx, ctx.actor!.provinceId);
          const match = same.filter((p) => foldVietnamese(p.name) === foldVietnamese(value));
          const allowed = await nominableUnits(ctx);
          if (match.length > 0 && !match.some((p) => p.unitId !== null && allowed.includes(p.unitId)))
            throw new UserError("nomination-nominee-other-unit");
          const mine =
            match.find((p) => p.unitId === ctx.data.unitId) ?? match.find((p) => p.unitId !== null && allowed.includes(p.unitId));
          ctx.data.personId = mine?.id ?? null;
        } else ctx.data.personId = null;
        ctx.data.nomineeName = value;
        return { next: "field" };
      },
    },
    field: {
      id: "field",
      input: "text",
      schema: textAnswer({ max: 150 }),
      prompt: () => ({ key: "nomination-ask-field" }),
      async onAnswer(ctx, value) {
        ctx.data.field = value;
        return { next: "summary" };
      },
    },
    summary: {
      id: "summary",
      input: "text",
      schema: textAnswer({ max: 20_000, min: 20 }),
      prompt: () => ({ key: "nomination-ask-summary", vars: { max: SUMMARY_MAX } }),
      async onAnswer(ctx, value) {
        if (value.length > SUMMARY_MAX) throw new UserError("nomination-summary-too-long", { count: value.length, max: SUMMARY_MAX });
        ctx.data.summary = value;
        const campaign = await campaignOf(ctx);
        ctx.data.years = periodYears(campaign.schoolYear, campaign.settings).map((schoolYear) => ({
          schoolYear,
          rating: null,
          titles: [],
        }));
        ctx.data.yearIndex = 0;
        return { next: "year-rating" };
      },
    },
    "year-rating": {
      id: "year-rating",
      input: "choice",
      prompt: (ctx) => ({ key: "nomination-ask-rating", vars: { year: ctx.data.years![ctx.data.yearIndex!]!.schoolYear } }),
      options: (ctx) => RATINGS.map((r) => ({ value: r, label: ctx.t(`rating-${r}`) })),
      async onAnswer(ctx, value) {
        ctx.data.years![ctx.data.yearIndex!]!.rating = value as (typeof RATINGS)[number];
        return { next: "year-titles" };
      },
    },
    "year-titles": {
      id: "year-titles",
      input: "choice",
      prompt: (ctx) => ({ key: "nomination-ask-titles", vars: { year: ctx.data.years![ctx.data.yearIndex!]!.schoolYear } }),
      options: (ctx) => [
        ...YEAR_TITLES[ctx.data.kind!].map((code) => ({ value: code, label: ctx.t(titleLabelKey(code as TitleCode)) })),
        { value: "none", label: ctx.t("nomination-no-title") },
      ],
      async onAnswer(ctx, value) {
        const i = ctx.data.yearIndex!;
        ctx.data.years![i]!.titles = value === "none" ? [] : value === "CSTDCS" ? ["LDTT", "CSTDCS"] : [value];
        ctx.data.yearIndex = i + 1;
        return i + 1 < ctx.data.years!.length ? { next: "year-rating" } : nextAfterYears(ctx);
      },
    },
    initiative: {
      id: "initiative",
      input: "text",
      schema: textAnswer({ max: 300, min: 5 }),
      prompt: () => ({ key: "nomination-ask-initiative" }),
      async options(ctx) {
        const mine = ctx.data.personId ? await recognisedInitiatives(ctx.tx, ctx.data.personId) : [];
        return [...mine.map((i) => ({ value: String(i.id), label: i.title })), { value: "none", label: ctx.t("nomination-no-initiative") }];
      },
      async onOption(ctx, value) {
        ctx.data.initiativeId = value === "none" ? null : Number(value);
        ctx.data.initiativeText = null;
        return startCriteria(ctx);
      },
      async onAnswer(ctx, value) {
        ctx.data.initiativeId = null;
        ctx.data.initiativeText = value;
        return startCriteria(ctx);
      },
    },
    criterion: {
      id: "criterion",
      input: "text",
      schema: textAnswer({ max: 500 }),
      prompt: (ctx) => {
        const codes = criteriaFor(ctx.data.kind!);
        const i = ctx.data.criterionIndex ?? 0;
        return { key: "nomination-ask-criterion", vars: { n: i + 1, total: codes.length, criterion: ctx.t(`criterion-${codes[i]}`) } };
      },
      options: (ctx) => [
        { value: "yes", label: ctx.t("common-yes") },
        { value: "no", label: ctx.t("common-no") },
      ],
      onOption: async (ctx, value) => answerCriterion(ctx, value === "yes"),
      // A typed answer is a "yes" with the evidence in words.
      onAnswer: async (ctx, value) => answerCriterion(ctx, true, value),
    },
    evidence: {
      id: "evidence",
      input: "file",
      schema: evidenceSchema,
      prompt: (ctx) => ({ key: "nomination-ask-evidence", vars: { count: (ctx.data.evidence ?? []).length } }),
      options: (ctx) => [{ value: "done", label: ctx.t("nomination-evidence-done") }],
      onOption: async () => ({ next: "review" }),
      async onAnswer(ctx, file) {
        ctx.data.evidence = [...(ctx.data.evidence ?? []), file];
        return { next: "evidence", say: [{ key: "nomination-evidence-received", vars: { count: ctx.data.evidence.length } }] };
      },
    },
    review: {
      id: "review",
      input: "choice",
      prompt: async (ctx) => ({ key: "nomination-review", vars: await reviewVars(ctx) }),
      options: (ctx) => [
        { value: "save", label: ctx.t("nomination-save") },
        { value: "restart", label: ctx.t("register-restart") },
        { value: "discard", label: ctx.t("nomination-discard") },
      ],
      async onAnswer(ctx, value) {
        if (value === "discard") return { done: true, say: [{ key: "nomination-discarded" }] };
        if (value === "restart") return { next: ctx.data.editId ? "nominee" : "kind" };
        const d = ctx.data;
        const campaign = await campaignOf(ctx);
        const saved = await saveNomination(
          ctx.tx,
          { actor: ctx.actor!, campaign, unitId: d.unitId!, now: ctx.now },
          {
            kind: d.kind!,
            personId: d.personId ?? null,
            nomineeName: d.nomineeName!,
            field: d.field!,
            summary: d.summary!,
            years: d.years ?? [],
            initiativeId: d.initiativeId ?? null,
            initiativeText: d.initiativeText ?? null,
            criteria: d.criteria ?? [],
          },
          (d.evidence ?? []).map((f) => ({ ...f, channel: ctx.user.channel })),
          d.editId,
        );
        return { next: "menu", say: [{ key: "nomination-saved", vars: { name: saved.nomineeName } }] };
      },
    },
    ...officeReviewSteps,
  },
});

const unitKindCode = (ctx: Ctx): Promise<string> => unitKindCodeOf(ctx.tx, ctx.data.unitId!);
