import { formatDateTime } from "../domain/calendar.js";
import { exportPersonalData, personProfile, requestErasure, updateProfile } from "../services/personal-data.js";
import { personNameSchema } from "../services/import/people-import.js";
import { textAnswer } from "./engine/input.js";
import { historyMessage } from "../features/results/history.js";
import { defineFlow, type FlowContext } from "./engine/types.js";

type Data = Record<string, never>;

const back = { next: "menu" } as const;

export const meFlow = defineFlow<Data>({
  name: "me",
  allowed: (actor) => actor !== null,
  // Titles and ratings by year come first, once (issue 23).
  start: async (ctx) => ({ ...back, say: [await historyMessage(ctx.tx, ctx.actor!.personId, ctx.t)] }),
  steps: {
    menu: {
      id: "menu",
      input: "choice",
      async prompt(ctx) {
        const p = await personProfile(ctx.tx, ctx.actor!.personId);
        return {
          key: "me-summary",
          vars: {
            name: p.fullName,
            position: p.position || "—",
            unit: p.unitName ?? "—",
            roles: ctx.actor!.roles.map((r) => ctx.t(`role-${r.role}`)).join(", "),
            phone: p.phone ?? "—",
            consent: p.consent ? formatDateTime(p.consent.decidedAt, ctx.timeZone) : "—",
          },
        };
      },
      options: (ctx: FlowContext<Data>) => [
        { value: "name", label: ctx.t("me-edit-name") },
        { value: "position", label: ctx.t("me-edit-position") },
        { value: "export", label: ctx.t("me-export") },
        { value: "erase", label: ctx.t("me-erase") },
        { value: "close", label: ctx.t("me-close") },
      ],
      async onAnswer(ctx, value) {
        if (value === "name") return { next: "name" };
        if (value === "position") return { next: "position" };
        if (value === "erase") return { next: "erase" };
        if (value === "export") {
          const data = await exportPersonalData(ctx.tx, ctx.actor!.personId);
          const content = new TextEncoder().encode(JSON.stringify(data, null, 2));
          return { done: true, send: [{ type: "document", fileName: `du-lieu-ca-nhan-${ctx.actor!.personId}.json`, mime: "application/json", content, caption: ctx.t("me-export-caption") }] };
        }
        return { done: true };
      },
    },
    name: {
      id: "name",
      input: "text",
      schema: textAnswer({ max: 100 }).pipe(personNameSchema),
      prompt: () => ({ key: "me-ask-name" }),
      async onAnswer(ctx, value) {
        await updateProfile(ctx.tx, ctx.actor!.personId, { fullName: value }, ctx.now);
        return { ...back, say: [{ key: "me-saved" }] };
      },
    },
    position: {
      id: "position",
      input: "text",
      schema: textAnswer({ max: 120 }),
      prompt: () => ({ key: "me-ask-position" }),
      async onAnswer(ctx, value) {
        await updateProfile(ctx.tx, ctx.actor!.personId, { position: value }, ctx.now);
        return { ...back, say: [{ key: "me-saved" }] };
      },
    },
    erase: {
      id: "erase",
      input: "confirm",
      prompt: () => ({ key: "me-erase-confirm" }),
      options: (ctx) => [
        { value: "yes", label: ctx.t("me-erase-yes") },
        { value: "no", label: ctx.t("common-back") },
      ],
      async onAnswer(ctx, value) {
        if (value !== "yes") return back;
        const created = await requestErasure(ctx.tx, ctx.actor!.personId, ctx.actor!.provinceId, ctx.now, ctx.notify);
        return { done: true, say: [{ key: created ? "me-erase-requested" : "me-erase-already" }] };
      },
    },
  },
});
