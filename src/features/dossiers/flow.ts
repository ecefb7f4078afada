/**
 * /hoso (/dossier): award dossiers. A candidate fills the báo cáo thành tích section by section,
 * with what the system knows shown first; the focal person reviews each report, downloads the
 * unit's dossier and sends it, the leader confirms; the Văn phòng sees every unit's dossier,
 * returns one with a reason or accepts it. No table is read here: service.ts and files.ts do it.
 */
import { formatDate, formatDateTime } from "../../domain/calendar.js";
import { dossierEditable, REPORT_SECTIONS, type ReportSection } from "../../domain/dossiers.js";
import { titleLabelKey, type TitleCode } from "../../domain/titles.js";
import { UserError } from "../../core/errors.js";
import { guardManagedUnit, homeUnit, isOffice, managedUnits } from "../../flows/engine/actor.js";
import { pageOfOptions, textAnswer, turnedPage } from "../../flows/engine/input.js";
import { defineFlow, type FlowContext, type Message, type Option, type StepResult } from "../../flows/engine/types.js";
import { dossierFiles } from "./files.js";
import { personPrefill, unitPrefill, withAddition, type Prefill } from "./prefill.js";
import {
  currentDossierCampaigns,
  dossierCampaignsById,
  findProposal,
  missingSections,
  officeDecide,
  personFacts,
  proposals,
  provinceDossiers,
  requestSend,
  confirmSend,
  reviewReport,
  saveAnswer,
  submitReport,
  unitDossier,
  unitDossierState,
  unitFacts,
  unitNames,
  type DossierCampaigns,
  type DossierCtx,
  type Proposal,
} from "./service.js";

interface Data {
  campaignId: number;
  resultsId: number;
  mode: "office" | "unit" | "mine";
  unitId?: number;
  /** The report being written or reviewed: its candidate (null: the unit itself) and title. */
  personId?: number | null;
  titleCode?: string;
  section?: ReportSection;
  page?: number;
}
type Ctx = FlowContext<Data>;

const PAGE = 8;
const ZIP = "application/zip";
const back = (ctx: Ctx): Option => ({ value: "back", label: ctx.t("common-back") });

const campaignsOf = (ctx: Ctx): Promise<DossierCampaigns> =>
  ctx.memo(`dossier:${ctx.data.campaignId}:${ctx.data.resultsId}`, () =>
    dossierCampaignsById(ctx.tx, ctx.data.campaignId, ctx.data.resultsId),
  );
const serviceCtx = async (ctx: Ctx): Promise<DossierCtx> => ({
  c: await campaignsOf(ctx),
  actor: ctx.actor!,
  now: ctx.now,
  timeZone: ctx.timeZone,
  notify: ctx.notify,
});
const titleText = (ctx: Ctx, code: string) => ctx.t(titleLabelKey(code as TitleCode));
const current = async (ctx: Ctx): Promise<Proposal> =>
  findProposal(ctx.tx, await campaignsOf(ctx), ctx.data.unitId!, ctx.data.personId ?? null, ctx.data.titleCode!);
const reportStatus = (ctx: Ctx, p: Proposal) => ctx.t(`dossier-report-status-${p.report?.status ?? "none"}`);
const proposalLabel = (ctx: Ctx, p: Proposal) =>
  `${p.report?.status === "approved" ? "✓" : p.report?.status === "submitted" ? "✉" : p.report?.status === "returned" ? "↩" : "•"} ${p.name} — ${titleText(ctx, p.titleCode)}`;
const pick = (p: Proposal) => `r${p.personId ?? "u"}:${p.titleCode}`;

async function prefillOf(ctx: Ctx, p: Proposal): Promise<Prefill> {
  const c = await campaignsOf(ctx);
  return ctx.memo(`dossier-prefill:${p.personId}:${p.unitId}`, async () =>
    p.personId === null
      ? unitPrefill(await unitFacts(ctx.tx, c.results, p.unitId), c.results.schoolYear)
      : personPrefill(await personFacts(ctx.tx, p.personId, c.results.id), c.results.schoolYear),
  );
}

function choose(ctx: Ctx, p: Proposal) {
  ctx.data.unitId = p.unitId;
  ctx.data.personId = p.personId;
  ctx.data.titleCode = p.titleCode;
}

async function byPick(list: Proposal[], value: string): Promise<Proposal> {
  const p = list.find((x) => pick(x) === value);
  if (!p) throw new UserError("button-stale");
  return p;
}

/** After a section is saved: the next one of the form, or the report's overview after the last. */
function nextSection(ctx: Ctx, say: Message[]): StepResult {
  const i = REPORT_SECTIONS.indexOf(ctx.data.section!);
  if (i < REPORT_SECTIONS.length - 1) {
    ctx.data.section = REPORT_SECTIONS[i + 1];
    return { next: "section", say };
  }
  return { next: "report", say };
}

const startOf = (ctx: Ctx): StepResult => ({
  next: ctx.data.mode === "office" ? "office-list" : ctx.data.mode === "unit" ? "unit-menu" : "mine",
});

export const dossierFlow = defineFlow<Data>({
  name: "dossier",
  allowed: (actor) => actor !== null,
  guard: (ctx) => {
    if (ctx.data.mode === "office" && !isOffice(ctx.actor)) throw new UserError("flow-not-allowed");
    if (ctx.data.mode === "unit") guardManagedUnit(ctx.actor, ctx.data.unitId);
  },
  async start(ctx) {
    const c = await currentDossierCampaigns(ctx.tx, ctx.actor!.provinceId, ctx.now);
    if (!c) return { done: true, say: [{ key: "dossier-no-campaign" }] };
    ctx.data.campaignId = c.campaign.id;
    ctx.data.resultsId = c.results.id;
    if (isOffice(ctx.actor)) {
      ctx.data.mode = "office";
      ctx.data.page = 0;
      return { next: "office-list" };
    }
    const managed = managedUnits(ctx.actor);
    if (managed.length > 0) {
      ctx.data.mode = "unit";
      ctx.data.unitId = managed[0]!;
      return { next: managed.length > 1 ? "pick-unit" : "unit-menu" };
    }
    ctx.data.mode = "mine";
    if (homeUnit(ctx.actor) === null) return { done: true, say: [{ key: "dossier-none-for-you" }] };
    const mine = (await proposals(ctx.tx, c, [homeUnit(ctx.actor)!])).filter((p) => p.personId === ctx.actor!.personId);
    if (mine.length === 0) return { done: true, say: [{ key: "dossier-none-for-you" }] };
    if (mine.length === 1) {
      choose(ctx, mine[0]!);
      return { next: "report" };
    }
    return { next: "mine" };
  },
  steps: {
    "pick-unit": {
      id: "pick-unit",
      input: "choice",
      prompt: () => ({ key: "dossier-pick-unit" }),
      async options(ctx) {
        return (await unitNames(ctx.tx, managedUnits(ctx.actor))).map((u) => ({ value: String(u.id), label: u.name }));
      },
      async onAnswer(ctx, value) {
        if (!managedUnits(ctx.actor).includes(Number(value))) throw new UserError("button-stale");
        ctx.data.unitId = Number(value);
        return { next: "unit-menu" };
      },
    },
    mine: {
      id: "mine",
      input: "choice",
      prompt: () => ({ key: "dossier-mine" }),
      async options(ctx) {
        const unit = homeUnit(ctx.actor);
        const mine =
          unit === null ? [] : (await proposals(ctx.tx, await campaignsOf(ctx), [unit])).filter((p) => p.personId === ctx.actor!.personId);
        return [...mine.map((p) => ({ value: pick(p), label: proposalLabel(ctx, p) })), { value: "close", label: ctx.t("common-close") }];
      },
      async onAnswer(ctx, value) {
        if (value === "close") return { done: true };
        const unit = homeUnit(ctx.actor);
        const mine =
          unit === null ? [] : (await proposals(ctx.tx, await campaignsOf(ctx), [unit])).filter((p) => p.personId === ctx.actor!.personId);
        choose(ctx, await byPick(mine, value));
        return { next: "report" };
      },
    },
    report: {
      id: "report",
      input: "choice",
      async prompt(ctx) {
        const p = await current(ctx);
        const c = await campaignsOf(ctx);
        const lines = REPORT_SECTIONS.map((s) => `${p.report?.answers[s] ? "✓" : "•"} ${ctx.t(`dossier-section-${s}`)}`).join("\n");
        return {
          key: "dossier-report",
          vars: {
            name: p.name,
            title: titleText(ctx, p.titleCode),
            year: c.results.schoolYear,
            deadline: formatDate(c.campaign.deadlineAt, ctx.timeZone),
            status: reportStatus(ctx, p),
            reason: p.report?.returnReason ?? "—",
            sections: lines,
          },
        };
      },
      async options(ctx) {
        const p = await current(ctx);
        const editable = dossierEditable(await unitDossierState(ctx.tx, await campaignsOf(ctx), p.unitId));
        const out: Option[] = editable
          ? REPORT_SECTIONS.map((s) => ({ value: `s:${s}`, label: `✎ ${ctx.t(`dossier-section-${s}`)}` }))
          : [];
        if (editable && missingSections(p).length === 0 && (p.report?.status === "draft" || p.report?.status === "returned"))
          out.push({ value: "submit", label: ctx.t(p.personId === null ? "dossier-report-finish" : "dossier-report-submit") });
        out.push(ctx.data.mode === "unit" ? back(ctx) : { value: "close", label: ctx.t("common-close") });
        return out;
      },
      async onAnswer(ctx, value) {
        if (value === "close") return { done: true };
        if (value === "back") return { next: "unit-reports" };
        if (value === "submit") return { next: "submit" };
        const s = value.slice(2) as ReportSection;
        if (!REPORT_SECTIONS.includes(s)) throw new UserError("button-stale");
        ctx.data.section = s;
        return { next: "section" };
      },
    },
    section: {
      id: "section",
      input: "text",
      schema: textAnswer({ max: 2000 }),
      async prompt(ctx) {
        const p = await current(ctx);
        const known = (await prefillOf(ctx, p))[ctx.data.section!];
        const scope = p.personId === null ? "collective" : "individual";
        return {
          key: "dossier-ask-section",
          vars: {
            section: ctx.t(`dossier-section-${ctx.data.section}`),
            hint: ctx.t(`dossier-hint-${scope}-${ctx.data.section}`),
            known: known ?? ctx.t("dossier-known-none"),
            answer: p.report?.answers[ctx.data.section!] ?? ctx.t("dossier-answer-none"),
          },
        };
      },
      async options(ctx) {
        const p = await current(ctx);
        const known = (await prefillOf(ctx, p))[ctx.data.section!];
        return [...(known ? [{ value: "use", label: ctx.t("dossier-use-known") }] : []), back(ctx)];
      },
      async onOption(ctx, value) {
        if (value === "back") return { next: "report" };
        const p = await current(ctx);
        const known = (await prefillOf(ctx, p))[ctx.data.section!];
        if (!known) throw new UserError("button-stale");
        await saveAnswer(ctx.tx, await serviceCtx(ctx), p, ctx.data.section!, known);
        return nextSection(ctx, [{ key: "dossier-section-saved", vars: { section: ctx.t(`dossier-section-${ctx.data.section}`) } }]);
      },
      async onAnswer(ctx, value) {
        const p = await current(ctx);
        const known = (await prefillOf(ctx, p))[ctx.data.section!];
        await saveAnswer(ctx.tx, await serviceCtx(ctx), p, ctx.data.section!, withAddition(known, value));
        return nextSection(ctx, [{ key: "dossier-section-saved", vars: { section: ctx.t(`dossier-section-${ctx.data.section}`) } }]);
      },
    },
    submit: {
      id: "submit",
      input: "confirm",
      prompt: async (ctx) => ({ key: (await current(ctx)).personId === null ? "dossier-finish-confirm" : "dossier-submit-confirm" }),
      options: (ctx) => [
        { value: "yes", label: ctx.t("dossier-yes-send") },
        { value: "no", label: ctx.t("common-back") },
      ],
      async onAnswer(ctx, value) {
        if (value !== "yes") return { next: "report" };
        const p = await current(ctx);
        await submitReport(ctx.tx, await serviceCtx(ctx), p);
        return { next: "report", say: [{ key: p.personId === null ? "dossier-finished" : "dossier-submitted" }] };
      },
    },

    /* ---------- The focal person and the leader ---------- */
    "unit-menu": {
      id: "unit-menu",
      input: "choice",
      async prompt(ctx) {
        const c = await campaignsOf(ctx);
        const list = await proposals(ctx.tx, c, [ctx.data.unitId!]);
        const row = await unitDossier(ctx.tx, c.campaign.id, ctx.data.unitId!);
        const state = await unitDossierState(ctx.tx, c, ctx.data.unitId!, list);
        const [u] = await unitNames(ctx.tx, [ctx.data.unitId!]);
        return {
          key: "dossier-unit-menu",
          vars: {
            unit: u?.name ?? "",
            campaign: c.campaign.title,
            deadline: formatDate(c.campaign.deadlineAt, ctx.timeZone),
            proposals: list.length,
            approved: list.filter((p) => p.report?.status === "approved").length,
            waiting: list.filter((p) => p.report?.status === "submitted").length,
            state: ctx.t(`dossier-state-${state}`),
            notes: [
              ...(row?.status === "returned" ? [ctx.t("dossier-unit-returned-line", { reason: row.returnReason ?? "" })] : []),
              ...(row?.sendRequestedAt && state !== "sent" && state !== "accepted" ? [ctx.t("dossier-unit-awaiting-line")] : []),
            ]
              .map((l) => `\n${l}`)
              .join(""),
          },
        };
      },
      async options(ctx) {
        const c = await campaignsOf(ctx);
        const unitId = ctx.data.unitId!;
        const list = await proposals(ctx.tx, c, [unitId]);
        const state = await unitDossierState(ctx.tx, c, unitId, list);
        const row = await unitDossier(ctx.tx, c.campaign.id, unitId);
        const leader = ctx.actor!.roles.some((r) => r.role === "unit_leader" && r.unitId === unitId);
        const out: Option[] = [{ value: "reports", label: ctx.t("dossier-menu-reports") }];
        if (list.some((p) => p.personId === ctx.actor!.personId)) out.push({ value: "mine", label: ctx.t("dossier-menu-mine") });
        out.push({ value: "docs", label: ctx.t("dossier-menu-docs") });
        if (dossierEditable(state)) {
          if (leader && row?.sendRequestedAt) out.push({ value: "confirm-send", label: ctx.t("dossier-menu-confirm-send") });
          else if (!row?.sendRequestedAt || state === "returned") out.push({ value: "send", label: ctx.t("dossier-menu-send") });
        }
        out.push({ value: "close", label: ctx.t("common-close") });
        return out;
      },
      async onAnswer(ctx, value) {
        switch (value) {
          case "reports":
            ctx.data.page = 0;
            return { next: "unit-reports" };
          case "mine": {
            const mine = (await proposals(ctx.tx, await campaignsOf(ctx), [ctx.data.unitId!])).find(
              (p) => p.personId === ctx.actor!.personId,
            );
            if (!mine) throw new UserError("button-stale");
            choose(ctx, mine);
            return { next: "report" };
          }
          case "docs":
            return docs(ctx, ctx.data.unitId!);
          case "send":
          case "confirm-send":
            return { next: value };
          default:
            return { done: true };
        }
      },
    },
    "unit-reports": {
      id: "unit-reports",
      input: "choice",
      async prompt(ctx) {
        const list = await proposals(ctx.tx, await campaignsOf(ctx), [ctx.data.unitId!]);
        return { key: list.length ? "dossier-unit-reports" : "dossier-unit-reports-none", vars: { count: list.length } };
      },
      async options(ctx) {
        const list = await proposals(ctx.tx, await campaignsOf(ctx), [ctx.data.unitId!]);
        return [
          ...pageOfOptions(ctx.t, list, ctx.data.page ?? 0, PAGE, (p) => ({ value: pick(p), label: proposalLabel(ctx, p) })),
          back(ctx),
        ];
      },
      async onAnswer(ctx, value) {
        if (value === "back") return { next: "unit-menu" };
        const turned = turnedPage(value, ctx.data.page);
        if (turned !== null) {
          ctx.data.page = turned;
          return { next: "unit-reports" };
        }
        choose(ctx, await byPick(await proposals(ctx.tx, await campaignsOf(ctx), [ctx.data.unitId!]), value));
        return { next: "review" };
      },
    },
    review: {
      id: "review",
      input: "choice",
      async prompt(ctx) {
        const p = await current(ctx);
        const text = REPORT_SECTIONS.map((s) => `${ctx.t(`dossier-section-${s}`)}:\n${p.report?.answers[s] ?? "—"}`).join("\n\n");
        return { key: "dossier-review", vars: { name: p.name, title: titleText(ctx, p.titleCode), status: reportStatus(ctx, p), text } };
      },
      async options(ctx) {
        const p = await current(ctx);
        const out: Option[] = [];
        if (p.report?.status === "submitted")
          out.push({ value: "approve", label: ctx.t("dossier-approve") }, { value: "return", label: ctx.t("dossier-return") });
        if (p.personId === null || p.personId === ctx.actor!.personId) out.push({ value: "write", label: ctx.t("dossier-write") });
        out.push(back(ctx));
        return out;
      },
      async onAnswer(ctx, value) {
        if (value === "back") return { next: "unit-reports" };
        if (value === "write") return { next: "report" };
        if (value === "return") return { next: "review-reason" };
        if (value !== "approve") throw new UserError("button-stale");
        const p = await current(ctx);
        await reviewReport(ctx.tx, await serviceCtx(ctx), p, { approve: true });
        return { next: "unit-reports", say: [{ key: "dossier-approved", vars: { name: p.name } }] };
      },
    },
    "review-reason": {
      id: "review-reason",
      input: "text",
      schema: textAnswer({ max: 500 }),
      prompt: () => ({ key: "dossier-ask-return-reason" }),
      options: (ctx) => [back(ctx)],
      onOption: async () => ({ next: "review" }),
      async onAnswer(ctx, value) {
        const p = await current(ctx);
        await reviewReport(ctx.tx, await serviceCtx(ctx), p, { approve: false, reason: value });
        return { next: "unit-reports", say: [{ key: "dossier-returned-to-candidate", vars: { name: p.name } }] };
      },
    },
    send: {
      id: "send",
      input: "confirm",
      async prompt(ctx) {
        const list = await proposals(ctx.tx, await campaignsOf(ctx), [ctx.data.unitId!]);
        return { key: "dossier-send-confirm", vars: { count: list.length } };
      },
      options: (ctx) => [
        { value: "yes", label: ctx.t("dossier-yes-send") },
        { value: "no", label: ctx.t("common-back") },
      ],
      async onAnswer(ctx, value) {
        if (value !== "yes") return { next: "unit-menu" };
        const outcome = await requestSend(ctx.tx, await serviceCtx(ctx), ctx.data.unitId!);
        return {
          next: "unit-menu",
          say: [
            { key: outcome === "sent" ? "dossier-sent" : "dossier-awaiting-leader", vars: { at: formatDateTime(ctx.now, ctx.timeZone) } },
          ],
        };
      },
    },
    "confirm-send": {
      id: "confirm-send",
      input: "confirm",
      prompt: () => ({ key: "dossier-confirm-send-ask" }),
      options: (ctx) => [
        { value: "yes", label: ctx.t("dossier-yes-send") },
        { value: "no", label: ctx.t("common-back") },
      ],
      async onAnswer(ctx, value) {
        if (value !== "yes") return { next: "unit-menu" };
        await confirmSend(ctx.tx, await serviceCtx(ctx), ctx.data.unitId!);
        return { next: "unit-menu", say: [{ key: "dossier-sent", vars: { at: formatDateTime(ctx.now, ctx.timeZone) } }] };
      },
    },

    /* ---------- The Văn phòng ---------- */
    "office-list": {
      id: "office-list",
      input: "choice",
      async prompt(ctx) {
        const c = await campaignsOf(ctx);
        const all = await provinceDossiers(ctx.tx, c);
        const n = (s: string) => all.filter((u) => u.state === s).length;
        return {
          key: "dossier-office-list",
          vars: {
            campaign: c.campaign.title,
            deadline: formatDate(c.campaign.deadlineAt, ctx.timeZone),
            units: all.length,
            notStarted: n("not_started"),
            inProgress: n("in_progress"),
            sent: n("sent"),
            returned: n("returned"),
            accepted: n("accepted"),
          },
        };
      },
      async options(ctx) {
        const all = await provinceDossiers(ctx.tx, await campaignsOf(ctx));
        return [
          ...pageOfOptions(ctx.t, all, ctx.data.page ?? 0, PAGE, (u) => ({
            value: `u${u.unitId}`,
            label: `${u.code} ${u.name} — ${ctx.t(`dossier-state-${u.state}`)}`,
          })),
          { value: "close", label: ctx.t("common-close") },
        ];
      },
      async onAnswer(ctx, value) {
        if (value === "close") return { done: true };
        const turned = turnedPage(value, ctx.data.page);
        if (turned !== null) {
          ctx.data.page = turned;
          return { next: "office-list" };
        }
        const unitId = Number(value.slice(1));
        if (!(await provinceDossiers(ctx.tx, await campaignsOf(ctx))).some((u) => u.unitId === unitId)) throw new UserError("button-stale");
        ctx.data.unitId = unitId;
        return { next: "office-unit" };
      },
    },
    "office-unit": {
      id: "office-unit",
      input: "choice",
      async prompt(ctx) {
        const u = await officeLine(ctx);
        return {
          key: "dossier-office-unit",
          vars: {
            unit: `${u.code} ${u.name}`,
            state: ctx.t(`dossier-state-${u.state}`),
            proposals: u.proposals,
            approved: u.approved,
            sent: u.sentAt ? formatDateTime(u.sentAt, ctx.timeZone) : "—",
            reason: u.returnReason ?? "—",
          },
        };
      },
      async options(ctx) {
        const u = await officeLine(ctx);
        return [
          ...(u.state === "sent"
            ? [
                { value: "accept", label: ctx.t("dossier-office-accept") },
                { value: "return", label: ctx.t("dossier-office-return") },
              ]
            : []),
          ...(u.proposals > 0 ? [{ value: "docs", label: ctx.t("dossier-menu-docs") }] : []),
          back(ctx),
        ];
      },
      async onAnswer(ctx, value) {
        if (value === "back") return { next: "office-list" };
        if (value === "docs") return docs(ctx, ctx.data.unitId!);
        if (value === "accept") return { next: "office-accept" };
        if (value === "return") return { next: "office-reason" };
        throw new UserError("button-stale");
      },
    },
    "office-accept": {
      id: "office-accept",
      input: "confirm",
      prompt: async (ctx) => ({ key: "dossier-office-accept-confirm", vars: { unit: (await officeLine(ctx)).name } }),
      options: (ctx) => [
        { value: "yes", label: ctx.t("dossier-office-accept") },
        { value: "no", label: ctx.t("common-back") },
      ],
      async onAnswer(ctx, value) {
        if (value !== "yes") return { next: "office-unit" };
        await officeDecide(ctx.tx, await serviceCtx(ctx), ctx.data.unitId!, { accept: true });
        return { next: "office-list", say: [{ key: "dossier-office-accepted" }] };
      },
    },
    "office-reason": {
      id: "office-reason",
      input: "text",
      schema: textAnswer({ max: 500 }),
      prompt: () => ({ key: "dossier-ask-office-reason" }),
      options: (ctx) => [back(ctx)],
      onOption: async () => ({ next: "office-unit" }),
      async onAnswer(ctx, value) {
        await officeDecide(ctx.tx, await serviceCtx(ctx), ctx.data.unitId!, { accept: false, reason: value });
        return { next: "office-list", say: [{ key: "dossier-office-returned" }] };
      },
    },
  },
});

async function officeLine(ctx: Ctx) {
  const u = (await provinceDossiers(ctx.tx, await campaignsOf(ctx))).find((x) => x.unitId === ctx.data.unitId);
  if (!u) throw new UserError("button-stale");
  return u;
}

/** The unit's dossier as one zip: a Telegram document, a signed link where the channel cannot take files. */
async function docs(ctx: Ctx, unitId: number): Promise<StepResult> {
  const { zip, zipName, files } = await dossierFiles(ctx.tx, await campaignsOf(ctx), unitId, ctx.now, ctx.timeZone);
  return {
    ...startOf(ctx),
    send: [
      { type: "document", fileName: zipName, mime: ZIP, content: zip, caption: ctx.t("dossier-docs-caption", { files: files.length }) },
    ],
  } as StepResult;
}
