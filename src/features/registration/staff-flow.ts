import { formatDate } from "../../domain/calendar.js";
import { allowedIndividualTitles, type AllowedTitle } from "../../domain/rules/index.js";
import { isIndividualTitleCode, titlesFor } from "../../domain/titles.js";
import { personNameSchema } from "../../services/import/people-import.js";
import { updateProfile } from "../../services/personal-data.js";
import { assertUnitEditable } from "./guards.js";
import { myRegistration, saveRegistration, withdrawRegistration } from "./registrations.js";
import { openCampaignsOfKind, openRegistrationFor, type Campaign, type Registration } from "./campaigns.js";
import { UserError } from "../../core/errors.js";
import { individualFacts, ruleSetFor } from "../../services/rules.js";
import { homeUnit } from "../../flows/engine/actor.js";
import { textAnswer } from "../../flows/engine/input.js";
import { defineFlow, type FlowContext, type Option, type StepResult } from "../../flows/engine/types.js";
import { campaignOf, campaignRef, reasonLines, titleLabel, type CampaignData } from "./context.js";

export interface StaffData extends CampaignData {
  /** The campaign's school year, fixed when the flow starts (older conversations lack it). */
  schoolYear?: string;
  title?: string;
  award?: string | null;
  initiativeTitle?: string | null;
  initiativeSubject?: string | null;
  /** The titles offered by the title question, kept from showing it until it is answered. */
  titleChoices?: AllowedTitle[];
}

type Ctx = FlowContext<StaffData>;

/**
 * The titles this person may choose, with warnings. Worked out when the question is shown and kept
 * with the conversation until it is answered: the button pressed refers to the list that was shown,
 * and the answer needs no second look at the rules and the person's record.
 */
async function titleOptions(ctx: Ctx): Promise<AllowedTitle[]> {
  return (ctx.data.titleChoices ??= await allowedTitles(ctx));
}

async function allowedTitles(ctx: Ctx) {
  // Independent reads, sent together: one round trip.
  const [rules, facts] = await Promise.all([
    ruleSetFor(ctx.tx, ctx.actor!.provinceId, ctx.now, ctx.timeZone),
    individualFacts(ctx.tx, ctx.actor!.personId, schoolYearOf(ctx)),
  ]);
  return allowedIndividualTitles(facts, rules);
}

const schoolYearOf = async (ctx: Ctx): Promise<string> => ctx.data.schoolYear ?? (await campaignOf(ctx)).schoolYear;

/** The registration as the person sees it on opening the flow (read once per update, or given). */
const registrationShown = (ctx: Ctx, known?: Registration | null) =>
  ctx.memo("my-registration", async () => (known !== undefined ? known : myRegistration(ctx.tx, ctx.data.campaignId, ctx.actor!.personId)));

/**
 * Name, position and unit as the person is asked to confirm them: the actor's, loaded with the
 * update; a correction made earlier in the same update is written into it.
 */
const identityShown = (ctx: Ctx) =>
  ctx.memo("identity", async () => {
    const { fullName, position, unitName } = ctx.actor!;
    return { fullName, position, unitName };
  });

const awardOptions = (ctx: Ctx): Option[] => [
  { value: "none", label: ctx.t("register-no-award") },
  ...titlesFor("individual", "award").map((a) => ({ value: a.code, label: titleLabel(ctx, a.code) })),
];

const yesNo = (ctx: Ctx): Option[] => [
  { value: "yes", label: ctx.t("common-yes") },
  { value: "no", label: ctx.t("common-no") },
];

const toReview = (): StepResult => ({ next: "review" });

/** Opens the person's registration in this campaign: what they registered, or the first question. */
async function enterCampaign(ctx: Ctx, campaign: Campaign, registration: Registration | null): Promise<StepResult> {
  ctx.data.campaignId = campaign.id;
  ctx.data.schoolYear = campaign.schoolYear;
  ctx.data.unitId = homeUnit(ctx.actor)!;
  const existing = await registrationShown(ctx, registration);
  if (existing && existing.status !== "withdrawn") return { next: "existing" };
  await assertUnitEditable(ctx.tx, campaign, ctx.data.unitId, ctx.now, ctx.timeZone);
  return {
    next: "identity",
    say: [{ key: "register-intro", vars: { campaign: campaign.title, deadline: formatDate(campaign.deadlineAt, ctx.timeZone) } }],
  };
}

/** Teacher or staff member: register a title, an award form and a planned sáng kiến. */
export const staffRegistrationFlow = defineFlow<StaffData>({
  name: "register-self",
  allowed: (actor) => homeUnit(actor) !== null,
  // The registration is stored at "Lưu đăng ký"; from the title on, answers wait in the conversation.
  unsaved: (d, step) => d.title !== undefined && ["award", "initiative", "initiative-title", "initiative-subject", "review"].includes(step),
  async start(ctx) {
    const all = await openCampaignsOfKind(ctx.tx, ctx.actor!.provinceId, "registration", ctx.now);
    // Opened from the unit's menu, the campaign is already chosen.
    const given = all.find((c) => c.id === ctx.data.campaignId);
    if (given) return enterCampaign(ctx, given, await myRegistration(ctx.tx, given.id, ctx.actor!.personId));
    if (all.length > 1) return { next: "pick-campaign" };
    const open = await openRegistrationFor(ctx.tx, ctx.actor!.provinceId, ctx.actor!.personId, ctx.now);
    if (!open) return { done: true, say: [{ key: "register-no-campaign" }] };
    return enterCampaign(ctx, open.campaign, open.registration);
  },
  steps: {
    "pick-campaign": {
      id: "pick-campaign",
      input: "choice",
      prompt: () => ({ key: "truth-pick-campaign" }),
      async options(ctx) {
        const all = await openCampaignsOfKind(ctx.tx, ctx.actor!.provinceId, "registration", ctx.now);
        const out: Option[] = [];
        for (const c of all) {
          const r = await myRegistration(ctx.tx, c.id, ctx.actor!.personId);
          const mine = r && r.status !== "withdrawn" ? ctx.t("truth-campaign-mine", { title: titleLabel(ctx, r.titleCode) }) : "";
          out.push({ value: String(c.id), label: `${c.title}${mine}` });
        }
        return out;
      },
      async onAnswer(ctx, value) {
        const campaign = (await openCampaignsOfKind(ctx.tx, ctx.actor!.provinceId, "registration", ctx.now)).find(
          (c) => c.id === Number(value),
        );
        if (!campaign) throw new UserError("campaign-closed");
        return enterCampaign(ctx, campaign, await myRegistration(ctx.tx, campaign.id, ctx.actor!.personId));
      },
    },
    existing: {
      id: "existing",
      input: "choice",
      async prompt(ctx) {
        const r = (await registrationShown(ctx))!;
        return {
          key: "register-existing",
          vars: {
            title: titleLabel(ctx, r.titleCode),
            award: titleLabel(ctx, r.awardCode),
            initiative: r.initiativeTitle ?? ctx.t("register-none"),
            status:
              r.status === "returned" && r.returnReason
                ? ctx.t("registration-status-returned-reason", { reason: r.returnReason })
                : ctx.t(`registration-status-${r.status}`),
          },
        };
      },
      options: (ctx) => [
        { value: "edit", label: ctx.t("register-edit") },
        { value: "withdraw", label: ctx.t("register-withdraw") },
        { value: "keep", label: ctx.t("register-keep") },
      ],
      async onAnswer(ctx, value) {
        if (value === "keep") return { done: true };
        if (value === "withdraw") {
          await withdrawRegistration(ctx.tx, { campaign: campaignRef(ctx), actor: ctx.actor!, now: ctx.now, timeZone: ctx.timeZone });
          return { done: true, say: [{ key: "register-withdrawn" }] };
        }
        await assertUnitEditable(ctx.tx, campaignRef(ctx), ctx.data.unitId, ctx.now, ctx.timeZone);
        return { next: "identity" };
      },
    },
    identity: {
      id: "identity",
      input: "choice",
      async prompt(ctx) {
        const p = await identityShown(ctx);
        return { key: "register-confirm-identity", vars: { name: p.fullName, position: p.position || "—", unit: p.unitName ?? "—" } };
      },
      options: (ctx) => [
        { value: "ok", label: ctx.t("register-identity-ok") },
        { value: "name", label: ctx.t("me-edit-name") },
        { value: "position", label: ctx.t("me-edit-position") },
      ],
      onAnswer: async (_ctx, value) => ({ next: value === "ok" ? "title" : value === "name" ? "edit-name" : "edit-position" }),
    },
    "edit-name": {
      id: "edit-name",
      input: "text",
      schema: textAnswer({ max: 100 }).pipe(personNameSchema),
      prompt: () => ({ key: "me-ask-name" }),
      async onAnswer(ctx, value) {
        await updateProfile(ctx.tx, ctx.actor!.personId, { fullName: value }, ctx.now);
        (await identityShown(ctx)).fullName = value;
        return { next: "identity" };
      },
    },
    "edit-position": {
      id: "edit-position",
      input: "text",
      schema: textAnswer({ max: 120 }),
      prompt: () => ({ key: "me-ask-position" }),
      async onAnswer(ctx, value) {
        await updateProfile(ctx.tx, ctx.actor!.personId, { position: value }, ctx.now);
        (await identityShown(ctx)).position = value;
        return { next: "identity" };
      },
    },
    title: {
      id: "title",
      input: "choice",
      prompt: async (ctx) => ({ key: "register-ask-title", vars: { year: await schoolYearOf(ctx) } }),
      options: async (ctx) =>
        (await titleOptions(ctx)).map((t) => ({
          value: t.code,
          label: t.evaluation.status === "warn" ? `${titleLabel(ctx, t.code)} ⚠️` : titleLabel(ctx, t.code),
        })),
      async onAnswer(ctx, value) {
        const chosen = (await titleOptions(ctx)).find((t) => t.code === value);
        if (!chosen || !isIndividualTitleCode(value)) return { next: "title", say: [{ key: "button-stale" }] };
        ctx.data.title = value;
        delete ctx.data.titleChoices; // asked again later (review, "start over"): worked out afresh
        const say = chosen.evaluation.reasons.length
          ? [
              {
                key: "register-title-warnings",
                vars: { title: titleLabel(ctx, value), reasons: reasonLines(ctx, chosen.evaluation.reasons) },
              },
            ]
          : [];
        return { next: "award", say };
      },
    },
    award: {
      id: "award",
      input: "choice",
      prompt: () => ({ key: "register-ask-award" }),
      options: awardOptions,
      async onAnswer(ctx, value) {
        ctx.data.award = value === "none" ? null : value;
        return { next: "initiative" };
      },
    },
    initiative: {
      id: "initiative",
      input: "confirm",
      prompt: () => ({ key: "register-ask-initiative" }),
      options: yesNo,
      async onAnswer(ctx, value) {
        if (value === "yes") return { next: "initiative-title" };
        ctx.data.initiativeTitle = null;
        ctx.data.initiativeSubject = null;
        return toReview();
      },
    },
    "initiative-title": {
      id: "initiative-title",
      input: "text",
      schema: textAnswer({ max: 300, min: 5 }),
      prompt: () => ({ key: "register-ask-initiative-title" }),
      async onAnswer(ctx, value) {
        ctx.data.initiativeTitle = value;
        return { next: "initiative-subject" };
      },
    },
    "initiative-subject": {
      id: "initiative-subject",
      input: "text",
      schema: textAnswer({ max: 100 }),
      prompt: () => ({ key: "register-ask-initiative-subject" }),
      async onAnswer(ctx, value) {
        ctx.data.initiativeSubject = value;
        return toReview();
      },
    },
    review: {
      id: "review",
      input: "confirm",
      prompt: (ctx) => ({
        key: "register-review",
        vars: {
          title: titleLabel(ctx, ctx.data.title),
          award: titleLabel(ctx, ctx.data.award),
          initiative: ctx.data.initiativeTitle ? `${ctx.data.initiativeTitle} (${ctx.data.initiativeSubject})` : ctx.t("register-none"),
        },
      }),
      options: (ctx) => [
        { value: "save", label: ctx.t("register-save") },
        { value: "restart", label: ctx.t("register-restart") },
      ],
      async onAnswer(ctx, value) {
        if (value === "restart") return { next: "title" };
        await saveRegistration(
          ctx.tx,
          { campaign: campaignRef(ctx), actor: ctx.actor!, unitId: ctx.data.unitId, now: ctx.now, timeZone: ctx.timeZone },
          {
            titleCode: ctx.data.title!,
            awardCode: ctx.data.award ?? null,
            initiativeTitle: ctx.data.initiativeTitle ?? null,
            initiativeSubject: ctx.data.initiativeSubject ?? null,
          },
        );
        return { done: true, say: [{ key: "register-saved", vars: { title: titleLabel(ctx, ctx.data.title) } }] };
      },
    },
  },
});
