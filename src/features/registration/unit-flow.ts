import { unitNameOf, unitsByIds } from "../../services/units.js";
import { UserError } from "../../core/errors.js";
import { formatDate, formatDateTime } from "../../domain/calendar.js";
import { compareVietnameseNames } from "../../domain/text.js";
import { evaluateCollectiveTitle } from "../../domain/rules/index.js";
import { titlesFor, type CollectiveTitleCode } from "../../domain/titles.js";
import { assertUnitEditable } from "./guards.js";
import { listCollectives, removeCollective, saveCollective, unitCollectiveStats } from "./collectives.js";
import { listTargets, removeTarget, saveTarget } from "./targets.js";
import { mayReview, reviewRegistration, unitMembers, unitRegistrations } from "./registrations.js";
import { openCampaignsOfKind, openRegistrationCampaign } from "./campaigns.js";
import { submissionOf, submitUnit } from "./submission.js";
import { unitWarnings } from "./warnings.js";
import { ruleSetFor } from "../../services/rules.js";
import { managedUnits } from "../../flows/engine/actor.js";
import { pageOfOptions, textAnswer, turnedPage } from "../../flows/engine/input.js";
import { defineFlow, type FlowContext, type Message, type Option, type StepResult } from "../../flows/engine/types.js";
import { campaignOf, campaignRef, reasonLines, serviceCtx, titleLabel, type CampaignData } from "./context.js";

interface UnitData extends CampaignData {
  targetId?: number | null;
  content?: string;
  measure?: string;
  group?: string | null;
  collectiveTitle?: string;
  registrationId?: number;
  page?: number;
}

type Ctx = FlowContext<UnitData>;
const PAGE = 8;
const menu = (say?: Message[]): StepResult => ({ next: "menu", say });
const back = (ctx: Ctx): Option => ({ value: "back", label: ctx.t("common-back") });

/** Managers act only on units their role covers; the chosen unit is re-checked on every step. */
const mustManage = (ctx: Ctx) => {
  if (!managedUnits(ctx.actor).includes(ctx.data.unitId)) throw new UserError("flow-not-allowed");
};

const unitName = (ctx: Ctx, unitId: number) => unitNameOf(ctx.tx, unitId);

async function isSubmitted(ctx: Ctx) {
  return (await submissionOf(ctx.tx, ctx.data.campaignId, ctx.data.unitId))?.status === "submitted";
}

async function editable(ctx: Ctx) {
  await assertUnitEditable(ctx.tx, campaignRef(ctx), ctx.data.unitId, ctx.now, ctx.timeZone);
}

// Bullets, not numbers: on Zalo and the console the menu under a list is numbered, and "2" must
// mean one thing (issue 17).
const numbered = (lines: string[]) => lines.map((l) => `• ${l}`).join("\n");

function enterUnitCampaign(ctx: Ctx, campaignId: number): StepResult {
  ctx.data.campaignId = campaignId;
  const managed = managedUnits(ctx.actor);
  if (managed.length > 1) return { next: "pick-unit" };
  ctx.data.unitId = managed[0]!;
  return { next: "menu" };
}

/** The focal person's (or leader's) work on the unit's registration. */
export const unitRegistrationFlow = defineFlow<UnitData>({
  name: "unit",
  allowed: (actor) => managedUnits(actor).length > 0,
  // A target or collective title is stored at its last question; the ones before hold typed text.
  unsaved: (_d, step) => ["target-measure", "target-planned", "collective-title", "collective-award"].includes(step),
  guard: (ctx) => {
    if (ctx.data.unitId !== undefined) mustManage(ctx);
  },
  async start(ctx) {
    if ((await openCampaignsOfKind(ctx.tx, ctx.actor!.provinceId, "registration", ctx.now)).length > 1) return { next: "pick-campaign" };
    const campaign = await openRegistrationCampaign(ctx.tx, ctx.actor!.provinceId, ctx.now);
    if (!campaign) return { done: true, say: [{ key: "register-no-campaign" }] };
    return enterUnitCampaign(ctx, campaign.id);
  },
  steps: {
    "pick-campaign": {
      id: "pick-campaign",
      input: "choice",
      prompt: () => ({ key: "truth-pick-campaign" }),
      async options(ctx) {
        const all = await openCampaignsOfKind(ctx.tx, ctx.actor!.provinceId, "registration", ctx.now);
        const unitId = managedUnits(ctx.actor)[0]!;
        const out: Option[] = [];
        for (const c of all) {
          const n = (await unitRegistrations(ctx.tx, c.id, unitId)).length;
          out.push({ value: String(c.id), label: `${c.title}${ctx.t("truth-campaign-unit-count", { count: n })}` });
        }
        return out;
      },
      async onAnswer(ctx, value) {
        const campaign = (await openCampaignsOfKind(ctx.tx, ctx.actor!.provinceId, "registration", ctx.now)).find(
          (c) => c.id === Number(value),
        );
        if (!campaign) throw new UserError("campaign-closed");
        return enterUnitCampaign(ctx, campaign.id);
      },
    },
    "pick-unit": {
      id: "pick-unit",
      input: "choice",
      prompt: () => ({ key: "unit-pick" }),
      async options(ctx) {
        const rows = await unitsByIds(ctx.tx, managedUnits(ctx.actor));
        return rows.map((u) => ({ value: String(u.id), label: u.name }));
      },
      async onAnswer(ctx, value) {
        ctx.data.unitId = Number(value);
        return { next: "menu" };
      },
    },
    menu: {
      id: "menu",
      input: "choice",
      async prompt(ctx) {
        const campaign = await campaignOf(ctx);
        const sub = await submissionOf(ctx.tx, campaign.id, ctx.data.unitId);
        const regs = await unitRegistrations(ctx.tx, campaign.id, ctx.data.unitId);
        const members = await unitMembers(ctx.tx, ctx.data.unitId);
        return {
          key: "unit-menu",
          vars: {
            unit: await unitName(ctx, ctx.data.unitId),
            campaign: campaign.title,
            deadline: formatDate(campaign.deadlineAt, ctx.timeZone),
            registered: regs.length,
            members: members.length,
            targets: (await listTargets(ctx.tx, campaign.id, ctx.data.unitId)).length,
            collectives: (await listCollectives(ctx.tx, campaign.id, ctx.data.unitId)).length,
            status:
              sub?.status === "submitted"
                ? ctx.t("unit-status-submitted", { at: formatDateTime(sub.submittedAt!, ctx.timeZone) })
                : ctx.t("unit-status-draft"),
          },
        };
      },
      async options(ctx) {
        const locked = await isSubmitted(ctx);
        const all: Option[] = [
          { value: "self", label: ctx.t("unit-menu-self") },
          { value: "targets", label: ctx.t("unit-menu-targets") },
          { value: "collectives", label: ctx.t("unit-menu-collectives") },
          { value: "staff", label: ctx.t("unit-menu-staff") },
          { value: "warnings", label: ctx.t("unit-menu-warnings") },
          { value: "submit", label: ctx.t("unit-menu-submit") },
          { value: "close", label: ctx.t("common-close") },
        ];
        // After submission only looking is possible; the Văn phòng reopens a unit to change it.
        return locked ? all.filter((o) => ["staff", "warnings", "close"].includes(o.value)) : all;
      },
      async onAnswer(ctx, value) {
        switch (value) {
          case "self":
            return { start: "register-self", data: { campaignId: ctx.data.campaignId } };
          case "targets":
          case "collectives":
            await editable(ctx);
            return { next: value };
          case "staff":
            ctx.data.page = 0;
            return { next: "staff" };
          case "warnings": {
            const rules = await ruleSetFor(ctx.tx, ctx.actor!.provinceId, ctx.now, ctx.timeZone);
            const warnings = await unitWarnings(ctx.tx, ctx.data.campaignId, ctx.data.unitId, rules);
            if (warnings.length === 0) return menu([{ key: "unit-no-warnings" }]);
            return menu([
              {
                key: "unit-warnings",
                vars: {
                  lines: reasonLines(
                    ctx,
                    warnings.map((w) => w.reason),
                  ),
                },
              },
            ]);
          }
          case "submit":
            await editable(ctx);
            return { next: "submit" };
          default:
            return { done: true };
        }
      },
    },

    /* ---- Targets ---- */
    targets: {
      id: "targets",
      input: "choice",
      async prompt(ctx) {
        const list = await listTargets(ctx.tx, ctx.data.campaignId, ctx.data.unitId);
        if (list.length === 0) return { key: "unit-targets-empty" };
        return { key: "unit-targets", vars: { lines: numbered(list.map((t) => `${t.content} — ${t.planned} ${t.measure}`)) } };
      },
      async options(ctx) {
        const any = (await listTargets(ctx.tx, ctx.data.campaignId, ctx.data.unitId)).length > 0;
        return [
          { value: "add", label: ctx.t("common-add") },
          ...(any
            ? [
                { value: "edit", label: ctx.t("common-edit") },
                { value: "remove", label: ctx.t("common-remove") },
              ]
            : []),
          back(ctx),
        ];
      },
      async onAnswer(ctx, value) {
        if (value === "add") {
          ctx.data.targetId = null;
          return { next: "target-content" };
        }
        if (value === "edit" || value === "remove") return { next: `target-${value}` };
        return menu();
      },
    },
    "target-edit": {
      id: "target-edit",
      input: "choice",
      prompt: () => ({ key: "unit-target-pick" }),
      options: async (ctx) => [
        ...(await listTargets(ctx.tx, ctx.data.campaignId, ctx.data.unitId)).map((t) => ({
          value: String(t.id),
          label: t.content.slice(0, 60),
        })),
        back(ctx),
      ],
      async onAnswer(ctx, value) {
        if (value === "back") return { next: "targets" };
        ctx.data.targetId = Number(value);
        return { next: "target-content" };
      },
    },
    "target-remove": {
      id: "target-remove",
      input: "choice",
      prompt: () => ({ key: "unit-target-pick-remove" }),
      options: async (ctx) => [
        ...(await listTargets(ctx.tx, ctx.data.campaignId, ctx.data.unitId)).map((t) => ({
          value: String(t.id),
          label: t.content.slice(0, 60),
        })),
        back(ctx),
      ],
      async onAnswer(ctx, value) {
        if (value === "back") return { next: "targets" };
        await removeTarget(ctx.tx, await serviceCtx(ctx), Number(value));
        return { next: "targets", say: [{ key: "common-removed" }] };
      },
    },
    "target-content": {
      id: "target-content",
      input: "text",
      schema: textAnswer({ max: 500, min: 3 }),
      prompt: () => ({ key: "unit-ask-target-content" }),
      async onAnswer(ctx, value) {
        ctx.data.content = value;
        return { next: "target-measure" };
      },
    },
    "target-measure": {
      id: "target-measure",
      input: "text",
      schema: textAnswer({ max: 50, symbols: true }),
      prompt: () => ({ key: "unit-ask-target-measure" }),
      async onAnswer(ctx, value) {
        ctx.data.measure = value;
        return { next: "target-planned" };
      },
    },
    "target-planned": {
      id: "target-planned",
      input: "text",
      schema: textAnswer({ max: 50 }),
      prompt: () => ({ key: "unit-ask-target-planned" }),
      async onAnswer(ctx, value) {
        await saveTarget(
          ctx.tx,
          await serviceCtx(ctx),
          { content: ctx.data.content!, measure: ctx.data.measure!, planned: value },
          ctx.data.targetId ?? undefined,
        );
        return { next: "targets", say: [{ key: "common-saved" }] };
      },
    },

    /* ---- Collective titles ---- */
    collectives: {
      id: "collectives",
      input: "choice",
      async prompt(ctx) {
        const list = await listCollectives(ctx.tx, ctx.data.campaignId, ctx.data.unitId);
        if (list.length === 0) return { key: "unit-collectives-empty" };
        const lines = list.map(
          (c) =>
            `${c.groupName ?? ctx.t("unit-whole-unit")}: ${titleLabel(ctx, c.titleCode)}${c.awardCode ? ` + ${titleLabel(ctx, c.awardCode)}` : ""}`,
        );
        return { key: "unit-collectives", vars: { lines: numbered(lines) } };
      },
      async options(ctx) {
        const any = (await listCollectives(ctx.tx, ctx.data.campaignId, ctx.data.unitId)).length > 0;
        return [
          { value: "add", label: ctx.t("common-add") },
          ...(any ? [{ value: "remove", label: ctx.t("common-remove") }] : []),
          back(ctx),
        ];
      },
      onAnswer: async (_ctx, value) =>
        value === "add" ? { next: "collective-group" } : value === "remove" ? { next: "collective-remove" } : menu(),
    },
    "collective-remove": {
      id: "collective-remove",
      input: "choice",
      prompt: () => ({ key: "unit-collective-pick-remove" }),
      options: async (ctx) => [
        ...(await listCollectives(ctx.tx, ctx.data.campaignId, ctx.data.unitId)).map((c) => ({
          value: String(c.id),
          label: `${c.groupName ?? ctx.t("unit-whole-unit")}: ${titleLabel(ctx, c.titleCode)}`.slice(0, 60),
        })),
        back(ctx),
      ],
      async onAnswer(ctx, value) {
        if (value === "back") return { next: "collectives" };
        await removeCollective(ctx.tx, await serviceCtx(ctx), Number(value));
        return { next: "collectives", say: [{ key: "common-removed" }] };
      },
    },
    "collective-group": {
      id: "collective-group",
      input: "text",
      schema: textAnswer({ max: 120 }),
      prompt: () => ({ key: "unit-ask-collective-group" }),
      options: (ctx) => [{ value: "whole", label: ctx.t("unit-whole-unit") }],
      async onOption(ctx) {
        ctx.data.group = null;
        return { next: "collective-title" };
      },
      async onAnswer(ctx, value) {
        ctx.data.group = value;
        return { next: "collective-title" };
      },
    },
    "collective-title": {
      id: "collective-title",
      input: "choice",
      prompt: () => ({ key: "unit-ask-collective-title" }),
      options: (ctx) => titlesFor("collective", "title").map((t) => ({ value: t.code, label: titleLabel(ctx, t.code) })),
      async onAnswer(ctx, value) {
        ctx.data.collectiveTitle = value;
        return { next: "collective-award" };
      },
    },
    "collective-award": {
      id: "collective-award",
      input: "choice",
      prompt: () => ({ key: "register-ask-award" }),
      options: (ctx) => [
        { value: "none", label: ctx.t("register-no-award") },
        ...titlesFor("collective", "award").map((a) => ({ value: a.code, label: titleLabel(ctx, a.code) })),
      ],
      async onAnswer(ctx, value) {
        const title = ctx.data.collectiveTitle!;
        await saveCollective(ctx.tx, await serviceCtx(ctx), {
          groupName: ctx.data.group ?? null,
          titleCode: title,
          awardCode: value === "none" ? null : value,
        });
        const rules = await ruleSetFor(ctx.tx, ctx.actor!.provinceId, ctx.now, ctx.timeZone);
        const stats = await unitCollectiveStats(ctx.tx, ctx.data.campaignId, ctx.data.unitId);
        const evaluation = evaluateCollectiveTitle(title as CollectiveTitleCode, stats, rules);
        const say = [
          { key: "common-saved" },
          ...(evaluation.reasons.length ? [{ key: "unit-warnings", vars: { lines: reasonLines(ctx, evaluation.reasons) } }] : []),
        ];
        return { next: "collectives", say };
      },
    },

    /* ---- Staff registrations ---- */
    staff: {
      id: "staff",
      input: "choice",
      async prompt(ctx) {
        const regs = await unitRegistrations(ctx.tx, ctx.data.campaignId, ctx.data.unitId);
        const registered = new Set(regs.map((r) => r.personId));
        const missing = (await unitMembers(ctx.tx, ctx.data.unitId))
          .filter((m) => !registered.has(m.id))
          .map((m) => m.fullName)
          .sort(compareVietnameseNames);
        const shown = missing.slice(0, 30).join(", ") + (missing.length > 30 ? ctx.t("unit-and-more", { count: missing.length - 30 }) : "");
        return {
          key: "unit-staff",
          vars: {
            registered: regs.length,
            pending: regs.filter((r) => r.status === "pending").length,
            approved: regs.filter((r) => r.status === "approved").length,
            returned: regs.filter((r) => r.status === "returned").length,
            missingCount: missing.length,
            missing: shown || "—",
          },
        };
      },
      async options(ctx) {
        const regs = (await unitRegistrations(ctx.tx, ctx.data.campaignId, ctx.data.unitId)).sort((a, b) =>
          compareVietnameseNames(a.fullName, b.fullName),
        );
        const page = ctx.data.page ?? 0;
        const mark = { pending: "•", approved: "✓", returned: "↩", withdrawn: "" } as const;
        return [
          ...pageOfOptions(ctx.t, regs, page, PAGE, (r) => ({
            value: `r${r.registrationId}`,
            label: `${mark[r.status]} ${r.fullName} — ${titleLabel(ctx, r.titleCode)}`,
          })),
          back(ctx),
        ];
      },
      async onAnswer(ctx, value) {
        if (value === "back") return menu();
        const turned = turnedPage(value, ctx.data.page);
        if (turned !== null) {
          ctx.data.page = turned;
          return { next: "staff" };
        }
        ctx.data.registrationId = Number(value.slice(1));
        return { next: "staff-review" };
      },
    },
    "staff-review": {
      id: "staff-review",
      input: "choice",
      async prompt(ctx) {
        const r = (await unitRegistrations(ctx.tx, ctx.data.campaignId, ctx.data.unitId)).find(
          (x) => x.registrationId === ctx.data.registrationId,
        );
        if (!r) return { key: "button-stale" };
        return {
          key: "unit-staff-review",
          vars: {
            name: r.fullName,
            title: titleLabel(ctx, r.titleCode),
            award: titleLabel(ctx, r.awardCode),
            initiative: r.initiativeTitle ?? ctx.t("register-none"),
            status: ctx.t(`registration-status-${r.status}`),
          },
        };
      },
      async options(ctx) {
        const locked = await isSubmitted(ctx);
        const r = (await unitRegistrations(ctx.tx, ctx.data.campaignId, ctx.data.unitId)).find(
          (x) => x.registrationId === ctx.data.registrationId,
        );
        // One's own registration is the leader's to review: no buttons that would only be refused.
        const own = r !== undefined && !mayReview(ctx.actor!, { personId: r.personId, unitId: ctx.data.unitId });
        return locked || own
          ? [back(ctx)]
          : [{ value: "approve", label: ctx.t("unit-approve") }, { value: "return", label: ctx.t("unit-return") }, back(ctx)];
      },
      async onAnswer(ctx, value) {
        if (value === "back") return { next: "staff" };
        if (value === "return") return { next: "staff-return-reason" };
        await reviewRegistration(ctx.tx, await serviceCtx(ctx), ctx.data.registrationId!, { approve: true });
        return { next: "staff", say: [{ key: "unit-approved" }] };
      },
    },
    "staff-return-reason": {
      id: "staff-return-reason",
      input: "text",
      schema: textAnswer({ max: 500, min: 3 }),
      prompt: () => ({ key: "unit-ask-return-reason" }),
      async onAnswer(ctx, value) {
        await reviewRegistration(ctx.tx, await serviceCtx(ctx), ctx.data.registrationId!, { approve: false, reason: value });
        return { next: "staff", say: [{ key: "unit-returned" }] };
      },
    },

    /* ---- Submission ---- */
    submit: {
      id: "submit",
      input: "confirm",
      async prompt(ctx): Promise<Message> {
        const rules = await ruleSetFor(ctx.tx, ctx.actor!.provinceId, ctx.now, ctx.timeZone);
        const regs = await unitRegistrations(ctx.tx, ctx.data.campaignId, ctx.data.unitId);
        const pending = regs.filter((r) => r.status === "pending");
        if (pending.length > 0) {
          // Submission waits until every registration is approved or returned: list who is waiting.
          const own = pending.some((r) => !mayReview(ctx.actor!, { personId: r.personId, unitId: ctx.data.unitId }));
          return {
            key: "truth-submit-pending-list",
            vars: {
              count: pending.length,
              list: pending.map((r) => `• ${r.fullName} — ${titleLabel(ctx, r.titleCode)}`).join("\n"),
              own: own ? `\n${ctx.t("truth-submit-own-waits")}` : "",
            },
          };
        }
        return {
          key: "unit-submit-confirm",
          vars: {
            registered: regs.length,
            members: (await unitMembers(ctx.tx, ctx.data.unitId)).length,
            pending: regs.filter((r) => r.status === "pending").length,
            targets: (await listTargets(ctx.tx, ctx.data.campaignId, ctx.data.unitId)).length,
            collectives: (await listCollectives(ctx.tx, ctx.data.campaignId, ctx.data.unitId)).length,
            warnings: (await unitWarnings(ctx.tx, ctx.data.campaignId, ctx.data.unitId, rules)).length,
          },
        };
      },
      async options(ctx) {
        const pending = (await unitRegistrations(ctx.tx, ctx.data.campaignId, ctx.data.unitId)).filter((r) => r.status === "pending");
        const approvable = pending.filter((r) => mayReview(ctx.actor!, { personId: r.personId, unitId: ctx.data.unitId }));
        if (pending.length > 0)
          return [
            ...(approvable.length > 0 ? [{ value: "approve-all", label: ctx.t("truth-approve-all") }] : []),
            { value: "staff", label: ctx.t("truth-review-one-by-one") },
            back(ctx),
          ];
        return [{ value: "submit", label: ctx.t("unit-submit-yes") }, back(ctx)];
      },
      async onAnswer(ctx, value) {
        if (value === "approve-all") {
          const pending = (await unitRegistrations(ctx.tx, ctx.data.campaignId, ctx.data.unitId)).filter((r) => r.status === "pending");
          const approvable = pending.filter((r) => mayReview(ctx.actor!, { personId: r.personId, unitId: ctx.data.unitId }));
          const sctx = await serviceCtx(ctx);
          for (const r of approvable) await reviewRegistration(ctx.tx, sctx, r.registrationId, { approve: true });
          return { next: "submit", say: [{ key: "truth-approved-all", vars: { count: approvable.length } }] };
        }
        if (value === "staff") {
          ctx.data.page = 0;
          return { next: "staff" };
        }
        if (value !== "submit") return menu();
        const { officeNotified } = await submitUnit(ctx.tx, await serviceCtx(ctx));
        // Say the Văn phòng was told only when someone there can get the message.
        return {
          done: true,
          say: [
            {
              key: officeNotified > 0 ? "unit-submitted" : "truth-unit-submitted-office-unreachable",
              vars: { at: formatDateTime(ctx.now, ctx.timeZone) },
            },
          ],
        };
      },
    },
  },
});

/** `/register`: the unit's work for focal persons and leaders, one's own registration for everybody else. */
export const registerEntryFlow = defineFlow<Record<string, never>>({
  name: "register",
  allowed: (actor) => actor !== null,
  start: async (ctx) => ({ start: managedUnits(ctx.actor).length > 0 ? "unit" : "register-self" }),
  steps: {},
});
