import { z } from "zod";
import { formatLocalDate } from "../domain/calendar.js";
import { UserError } from "../errors.js";
import { declareInitiative, initiativesOf } from "../services/initiatives.js";
import { homeUnit } from "./engine/actor.js";
import { textAnswer } from "./engine/input.js";
import { defineFlow, type FlowContext, type Option } from "./engine/types.js";

interface Data {
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
    ? ctx.t("initiative-recognised-line", { decision: i.decisionNumber ?? "", date: i.decidedOn ? formatLocalDate(parseIso(i.decidedOn)) : "", scope: ctx.t(`initiative-scope-${i.scope ?? "co_so"}`) })
    : ctx.t(`initiative-status-${i.status}`);

function parseIso(iso: string) {
  const [year, month, day] = iso.split("-").map(Number);
  return { year: year!, month: month!, day: day! };
}

/** /initiative (/sangkien): any staff member declares a sáng kiến, planned, applied or recognised. */
export const initiativeFlow = defineFlow<Data>({
  name: "initiative",
  allowed: (actor) => actor !== null,
  // Stored at its review; the name typed and what follows wait in the conversation until then.
  unsaved: (_d, step) => !["menu", "title"].includes(step),
  start: async () => ({ next: "menu" }),
  steps: {
    menu: {
      id: "menu",
      input: "choice",
      async prompt(ctx) {
        const mine = await initiativesOf(ctx.tx, ctx.actor!.personId);
        if (mine.length === 0) return { key: "initiative-none-yet" };
        const list = mine.map((i, n) => `${n + 1}. ${i.title} (${i.field}) — ${statusLine(ctx, i)}`).join("\n");
        return { key: "initiative-list", vars: { list } };
      },
      options: (ctx) => [
        { value: "add", label: ctx.t("initiative-add") },
        { value: "close", label: ctx.t("common-close") },
      ],
      async onAnswer(_ctx, value) {
        return value === "add" ? { next: "title" } : { done: true };
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
          status: statusLine(ctx, { status: ctx.data.status!, decisionNumber: ctx.data.decisionNumber ?? null, decidedOn: ctx.data.decidedOn ?? null, scope: ctx.data.scope ?? null }),
        },
      }),
      options: (ctx) => [
        { value: "save", label: ctx.t("initiative-save") },
        { value: "restart", label: ctx.t("register-restart") },
      ],
      async onAnswer(ctx, value) {
        if (value === "restart") return { next: "title" };
        const d = ctx.data;
        await declareInitiative(ctx.tx, { personId: ctx.actor!.personId, provinceId: ctx.actor!.provinceId, unitId: homeUnit(ctx.actor) }, {
          title: d.title!,
          field: d.field!,
          coAuthors: d.coAuthors ?? null,
          status: d.status!,
          decisionNumber: d.status === "recognised" ? d.decisionNumber! : null,
          decidedOn: d.status === "recognised" ? d.decidedOn! : null,
          scope: d.status === "recognised" ? d.scope! : null,
        });
        return { done: true, say: [{ key: "initiative-saved", vars: { title: d.title! } }] };
      },
    },
  },
});
