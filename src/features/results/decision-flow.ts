/**
 * /quyetdinh (/decision): the Văn phòng records a decision in the chat for a few people (many
 * come by `decisions import`): number, date, who signed, school year, the title, who is named.
 * The people named are told once, as with the import.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { people, units } from "../../db/schema.js";
import { localDateOf, parseVnDate, schoolYearOf } from "../../domain/calendar.js";
import { DECISION_LEVELS, type DecisionLevel } from "../../domain/results.js";
import { shiftSchoolYear } from "../../domain/rules/index.js";
import { foldVietnamese } from "../../domain/text.js";
import { ALL_TITLES, titleLabelKey } from "../../domain/titles.js";
import { UserError } from "../../core/errors.js";
import { isOffice } from "../../core/roles.js";
import { textAnswer } from "../../flows/engine/input.js";
import { defineFlow, type FlowContext, type Option } from "../../flows/engine/types.js";
import { ensureDecision, recordDecision } from "./imports.js";

interface Data {
  number?: string;
  signedOn?: string;
  level?: DecisionLevel;
  schoolYear?: string;
  titleCode?: string;
  personIds?: number[];
  candidates?: number[];
}
type Ctx = FlowContext<Data>;

async function namesOf(ctx: Ctx, ids: number[]): Promise<string> {
  if (ids.length === 0) return ctx.t("decision-nobody-yet");
  const rows = await ctx.tx
    .select({ id: people.id, name: people.fullName, unit: units.name })
    .from(people)
    .leftJoin(units, eq(units.id, people.unitId))
    .where(inArray(people.id, ids));
  return ids
    .map((id) => rows.find((r) => r.id === id))
    .map((r, i) => `${i + 1}. ${r?.name ?? ""} (${r?.unit ?? "—"})`)
    .join("\n");
}

export const decisionFlow = defineFlow<Data>({
  name: "decision",
  allowed: (actor) => isOffice(actor),
  start: async () => ({ next: "number" }),
  steps: {
    number: {
      id: "number",
      input: "text",
      schema: textAnswer({ max: 100 }),
      prompt: () => ({ key: "decision-ask-number" }),
      async onAnswer(ctx, value) {
        ctx.data.number = value;
        return { next: "date" };
      },
    },
    date: {
      id: "date",
      input: "date",
      schema: z.string(),
      prompt: () => ({ key: "decision-ask-date" }),
      async onAnswer(ctx, value) {
        if (value > ctx.now.toISOString().slice(0, 10) || value < "2000-01-01") throw new UserError("decision-date-range");
        ctx.data.signedOn = value;
        return { next: "level" };
      },
    },
    level: {
      id: "level",
      input: "choice",
      prompt: () => ({ key: "decision-ask-level" }),
      options: (ctx) => [...DECISION_LEVELS].reverse().map((l) => ({ value: l, label: ctx.t(`decision-level-${l}`) })),
      async onAnswer(ctx, value) {
        ctx.data.level = value as DecisionLevel;
        return { next: "year" };
      },
    },
    year: {
      id: "year",
      input: "choice",
      prompt: () => ({ key: "decision-ask-year" }),
      options(ctx): Option[] {
        const current = schoolYearOf(localDateOf(ctx.now, ctx.timeZone)).label;
        return [0, -1, -2].map((k) => shiftSchoolYear(current, k)).map((y) => ({ value: y, label: y }));
      },
      async onAnswer(ctx, value) {
        ctx.data.schoolYear = value;
        return { next: "title" };
      },
    },
    title: {
      id: "title",
      input: "choice",
      prompt: () => ({ key: "decision-ask-title" }),
      // A decision here names people: individual titles and award forms.
      options: (ctx) =>
        ALL_TITLES.filter((t) => t.scope !== "collective").map((t) => ({ value: t.code, label: ctx.t(titleLabelKey(t.code)) })),
      async onAnswer(ctx, value) {
        ctx.data.titleCode = value;
        ctx.data.personIds = [];
        return { next: "person" };
      },
    },
    person: {
      id: "person",
      input: "text",
      schema: textAnswer({ max: 100 }),
      async prompt(ctx) {
        return { key: "decision-ask-person", vars: { names: await namesOf(ctx, ctx.data.personIds ?? []) } };
      },
      options: (ctx) => ((ctx.data.personIds ?? []).length > 0 ? [{ value: "done", label: ctx.t("decision-done") }] : []),
      async onOption() {
        return { next: "confirm" };
      },
      async onAnswer(ctx, value) {
        const all = await ctx.tx
          .select({ id: people.id, name: people.fullName })
          .from(people)
          .where(and(eq(people.provinceId, ctx.actor!.provinceId), isNull(people.anonymisedAt)));
        const wanted = foldVietnamese(value);
        const exact = all.filter((p) => foldVietnamese(p.name) === wanted);
        const found = exact.length > 0 ? exact : all.filter((p) => foldVietnamese(p.name).includes(wanted));
        if (found.length === 0) throw new UserError("decision-person-not-found", { name: value });
        if (found.length === 1) {
          ctx.data.personIds = [...new Set([...(ctx.data.personIds ?? []), found[0]!.id])];
          return { next: "person" };
        }
        ctx.data.candidates = found.slice(0, 8).map((p) => p.id);
        return { next: "pick" };
      },
    },
    pick: {
      id: "pick",
      input: "choice",
      prompt: () => ({ key: "decision-pick-person" }),
      async options(ctx) {
        const ids = ctx.data.candidates ?? [];
        const rows = ids.length
          ? await ctx.tx
              .select({ id: people.id, name: people.fullName, unit: units.name })
              .from(people)
              .leftJoin(units, eq(units.id, people.unitId))
              .where(inArray(people.id, ids))
          : [];
        return [
          ...rows.map((r) => ({ value: String(r.id), label: `${r.name} — ${r.unit ?? "—"}` })),
          { value: "back", label: ctx.t("common-back") },
        ];
      },
      async onAnswer(ctx, value) {
        if (value !== "back") {
          if (!(ctx.data.candidates ?? []).includes(Number(value))) throw new UserError("button-stale");
          ctx.data.personIds = [...new Set([...(ctx.data.personIds ?? []), Number(value)])];
        }
        return { next: "person" };
      },
    },
    confirm: {
      id: "confirm",
      input: "confirm",
      async prompt(ctx) {
        const d = ctx.data;
        return {
          key: "decision-confirm",
          vars: {
            number: d.number!,
            date: d.signedOn!.split("-").reverse().join("/"),
            level: ctx.t(`decision-level-${d.level}`),
            year: d.schoolYear!,
            title: ctx.t(titleLabelKey(d.titleCode as never)),
            names: await namesOf(ctx, d.personIds ?? []),
          },
        };
      },
      options: (ctx) => [
        { value: "yes", label: ctx.t("decision-save") },
        { value: "no", label: ctx.t("decision-cancel") },
      ],
      async onAnswer(ctx, value) {
        if (value !== "yes") return { done: true, say: [{ key: "decision-not-saved" }] };
        const d = ctx.data;
        const provinceId = ctx.actor!.provinceId;
        const decision = await ensureDecision(ctx.tx, provinceId, {
          number: d.number!,
          signedOn: parseVnDate(d.signedOn!.split("-").reverse().join("/"))!,
          level: d.level!,
          schoolYear: d.schoolYear!,
        });
        if (!decision) throw new UserError("decision-conflict", { number: d.number! });
        const rows = await ctx.tx
          .select({ id: people.id, unitId: people.unitId })
          .from(people)
          .where(inArray(people.id, d.personIds ?? []));
        const res = await recordDecision(
          ctx.tx,
          provinceId,
          decision,
          rows.map((r) => ({ personId: r.id, unitId: r.unitId, titleCode: d.titleCode! })),
          ctx.notify,
        );
        return {
          done: true,
          say: [{ key: "decision-saved", vars: { number: d.number!, created: res.created, unchanged: res.unchanged } }],
        };
      },
    },
  },
});
