import { z } from "zod";
import { formatLocalDate } from "../../domain/calendar.js";
import { UserError } from "../../core/errors.js";
import { declareInitiative, deleteInitiative, initiativesOf, updateInitiative } from "./service.js";
import { homeUnit } from "../../flows/engine/actor.js";
import { textAnswer } from "../../flows/engine/input.js";
import { defineFlow, type FlowContext, type Option } from "../../flows/engine/types.js";

interface Data {
  /** The declared sáng kiến being changed; none when a new one is declared. */
  editId?: number;
  title?: string;
  field?: string;
  coAuthors?: string | null;
  status?: "planned" | "applied" | "recognised";
  decisionNumber?: string;
  decidedOn?: string;
  scope?: "co_so" | "tinh" | "toan_quoc";
}

type Ctx = FlowContext<Data>;
const SCOPES = ["co_so", "tinh", "toan_quoc"] as const;
const STATUSES = ["planned", "applied", "recognised"] as const;

const statusLine = (ctx: Ctx, i: { status: string; decisionNumber: string | null; decidedOn: string | null; scope: string | null }) =>
  i.status === "recognised"
    ? ctx.t("initiative-recognised-line", {
        decision: i.decisionNumber ?? "",
        date: i.decidedOn ? formatLocalDate(parseIso(i.decidedOn)) : "",
        scope: ctx.t(`initiative-scope-${i.scope ?? "co_so"}`),
      })
    : ctx.t(`initiative-status-${i.status}`);

function parseIso(iso: string) {
  const [year, month, day] = iso.split("-").map(Number);
  return { year: year!, month: month!, day: day! };
}

const mineAsOptions = async (ctx: Ctx): Promise<Option[]> =>
  (await initiativesOf(ctx.tx, ctx.actor!.personId)).map((i) => ({ value: String(i.id), label: i.title.slice(0, 60) }));

/** /initiative (/sangkien): any staff member declares a sáng kiến, planned, applied or recognised. */
export const initiativeFlow = defineFlow<Data>({
  name: "initiative",
  allowed: (actor) => actor !== null,
  // Stored at its review; the name typed and what follows wait in the conversation until then.
  unsaved: (_d, step) => !["menu", "title", "pick-edit", "pick-remove"].includes(step),
  start: async () => ({ next: "menu" }),
  steps: {
    menu: {
      id: "menu",
      input: "choice",
      async prompt(ctx) {
        const mine = await initiativesOf(ctx.tx, ctx.actor!.personId);
        if (mine.length === 0) return { key: "initiative-none-yet" };
        // Bullets, not numbers: on Zalo the menu below is numbered, and "2" must mean one thing.
        const list = mine.map((i) => `• ${i.title} (${i.field}) — ${statusLine(ctx, i)}`).join("\n");
        return { key: "initiative-list", vars: { list } };
      },
      async options(ctx) {
        const any = (await initiativesOf(ctx.tx, ctx.actor!.personId)).length > 0;
        return [
          { value: "add", label: ctx.t("initiative-add") },
          ...(any
            ? [
                { value: "edit", label: ctx.t("common-edit") },
                { value: "remove", label: ctx.t("common-remove") },
              ]
            : []),
          { value: "close", label: ctx.t("common-close") },
        ];
      },
      async onAnswer(ctx, value) {
        if (value === "add") {
          delete ctx.data.editId;
          return { next: "title" };
        }
        if (value === "edit" || value === "remove") return { next: `pick-${value}` };
        return { done: true };
      },
    },
    "pick-edit": {
      id: "pick-edit",
      input: "choice",
      prompt: () => ({ key: "truth-initiative-pick-edit" }),
      options: async (ctx) => [...(await mineAsOptions(ctx)), { value: "back", label: ctx.t("common-back") }],
      async onAnswer(ctx, value) {
        if (value === "back") return { next: "menu" };
        ctx.data.editId = Number(value);
        return { next: "title" };
      },
    },
    "pick-remove": {
      id: "pick-remove",
      input: "choice",
      prompt: () => ({ key: "truth-initiative-pick-remove" }),
      options: async (ctx) => [...(await mineAsOptions(ctx)), { value: "back", label: ctx.t("common-back") }],
      async onAnswer(ctx, value) {
        if (value === "back") return { next: "menu" };
        const gone = await deleteInitiative(ctx.tx, { personId: ctx.actor!.personId, provinceId: ctx.actor!.provinceId }, Number(value));
        return { next: "menu", say: [{ key: "truth-initiative-removed", vars: { title: gone.title } }] };
      },
    },
    title: {
      id: "title",
      input: "text",
      schema: textAnswer({ max: 300, min: 5 }),
      prompt: () => ({ key: "initiative-ask-title" }),
      async onAnswer(ctx, value) {
        ctx.data.title = value;
        return { next: "field" };
      },
    },
    field: {
      id: "field",
      input: "text",
      schema: textAnswer({ max: 100 }),
      prompt: () => ({ key: "initiative-ask-field" }),
      async onAnswer(ctx, value) {
        ctx.data.field = value;
        return { next: "coauthors" };
      },
    },
    coauthors: {
      id: "coauthors",
      input: "text",
      schema: textAnswer({ max: 500 }),
      prompt: () => ({ key: "initiative-ask-coauthors" }),
      options: (ctx) => [{ value: "none", label: ctx.t("initiative-no-coauthors") }],
      async onOption(ctx) {
        ctx.data.coAuthors = null;
        return { next: "status" };
      },
      async onAnswer(ctx, value) {
        ctx.data.coAuthors = value;
        return { next: "status" };
      },
    },
    status: {
      id: "status",
      input: "choice",
      prompt: () => ({ key: "initiative-ask-status" }),
      options: (ctx) => STATUSES.map((s) => ({ value: s, label: ctx.t(`initiative-status-${s}`) })),
      async onAnswer(ctx, value) {
        ctx.data.status = value as Data["status"];
        return value === "recognised" ? { next: "decision" } : { next: "review" };
      },
    },
    decision: {
      id: "decision",
      input: "text",
      schema: textAnswer({ max: 60 }),
      prompt: () => ({ key: "initiative-ask-decision" }),
      async onAnswer(ctx, value) {
        ctx.data.decisionNumber = value;
        return { next: "decided" };
      },
    },
    decided: {
      id: "decided",
      input: "date",
      schema: z.string(),
      prompt: () => ({ key: "initiative-ask-date" }),
      async onAnswer(ctx, value) {
        // A recognition is a past event: a date after today is a typing mistake.
        const today = ctx.now.toISOString().slice(0, 10);
        if (value > today || value < "2000-01-01") throw new UserError("initiative-date-range");
        ctx.data.decidedOn = value;
        return { next: "scope" };
      },
    },
    scope: {
      id: "scope",
      input: "choice",
      prompt: () => ({ key: "initiative-ask-scope" }),
      options: (ctx): Option[] => SCOPES.map((s) => ({ value: s, label: ctx.t(`initiative-scope-${s}`) })),
      async onAnswer(ctx, value) {
        ctx.data.scope = value as Data["scope"];
        return { next: "review" };
      },
    },
    review: {
      id: "review",
      input: "choice",
      prompt: (ctx) => ({
        key: "initiative-review",
        vars: {
          title: ctx.data.title!,
          field: ctx.data.field!,
          coauthors: ctx.data.coAuthors ?? ctx.t("register-none"),
          status: statusLine(ctx, {
            status: ctx.data.status!,
            decisionNumber: ctx.data.decisionNumber ?? null,
            decidedOn: ctx.data.decidedOn ?? null,
            scope: ctx.data.scope ?? null,
          }),
        },
      }),
      options: (ctx) => [
        { value: "save", label: ctx.t("initiative-save") },
        { value: "restart", label: ctx.t("register-restart") },
      ],
      async onAnswer(ctx, value) {
        if (value === "restart") return { next: "title" };
        const d = ctx.data;
        const input = {
          title: d.title!,
          field: d.field!,
          coAuthors: d.coAuthors ?? null,
          status: d.status!,
          decisionNumber: d.status === "recognised" ? d.decisionNumber! : null,
          decidedOn: d.status === "recognised" ? d.decidedOn! : null,
          scope: d.status === "recognised" ? d.scope! : null,
        };
        if (d.editId) await updateInitiative(ctx.tx, { personId: ctx.actor!.personId, provinceId: ctx.actor!.provinceId }, d.editId, input);
        else
          await declareInitiative(
            ctx.tx,
            { personId: ctx.actor!.personId, provinceId: ctx.actor!.provinceId, unitId: homeUnit(ctx.actor) },
            input,
          );
        return { done: true, say: [{ key: "initiative-saved", vars: { title: d.title! } }] };
      },
    },
  },
});
