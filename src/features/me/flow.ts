import { formatDateTime } from "../../domain/calendar.js";
import { labelPersonalData, personalJson, personalXlsx } from "../security/personal-export.js";
import { exportPersonalData, personProfile, requestErasure, updateProfile } from "../../services/personal-data.js";
import { personNameSchema } from "../../services/import/people-import.js";
import { textAnswer } from "../../flows/engine/input.js";
import { historyMessage } from "../results/history.js";
import { defineFlow, type FlowContext } from "../../flows/engine/types.js";
import { consentSummary, correctPhone, messagesOff, setMessages, withdrawRecords } from "../consent/me.js";

type Data = Record<string, never>;

const back = { next: "menu" } as const;

export const meFlow = defineFlow<Data>({
  name: "me",
  allowed: (actor) => actor !== null,
  // Titles and ratings by year come first, once (issue 23).
  start: async (ctx) => ({ ...back, say: [await historyMessage(ctx.tx, ctx.actor!.personId, ctx.t), await consentSummary(ctx)] }),
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
      options: async (ctx: FlowContext<Data>) => [
        { value: "name", label: ctx.t("me-edit-name") },
        { value: "position", label: ctx.t("me-edit-position") },
        { value: "phone", label: ctx.t("consent-me-edit-phone") },
        { value: "messages", label: ctx.t((await messagesOff(ctx)) ? "consent-me-messages-on" : "consent-me-messages-off") },
        { value: "withdraw", label: ctx.t("consent-me-withdraw-records") },
        { value: "export", label: ctx.t("me-export") },
        { value: "erase", label: ctx.t("me-erase") },
        { value: "close", label: ctx.t("me-close") },
      ],
      async onAnswer(ctx, value) {
        if (value === "name") return { next: "name" };
        if (value === "position") return { next: "position" };
        if (value === "erase") return { next: "erase" };
        if (value === "phone") return { next: "phone" };
        if (value === "withdraw") return { next: "withdraw" };
        if (value === "messages") return { ...back, say: [await setMessages(ctx)] };
        if (value === "export") {
          // Everything held, in the reader's words: a workbook to read, JSON to take elsewhere.
          const sections = labelPersonalData(await exportPersonalData(ctx.tx, ctx.actor!.personId), ctx.t, ctx.timeZone);
          const owner = ctx.actor!.personId;
          const base = `du-lieu-ca-nhan-${owner}`;
          return {
            done: true,
            send: [
              {
                type: "document",
                fileName: `${base}.xlsx`,
                mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                content: await personalXlsx(sections, ctx.t, ctx.timeZone),
                caption: ctx.t("security-export-caption"),
                owner,
              },
              { type: "document", fileName: `${base}.json`, mime: "application/json", content: personalJson(sections), owner },
            ],
          };
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
    phone: {
      id: "phone",
      input: "text",
      schema: textAnswer({ max: 30 }),
      prompt: () => ({ key: "consent-ask-phone" }),
      async onAnswer(ctx, value) {
        // A bad number is refused with a friendly reply and changes nothing.
        if (!(await correctPhone(ctx, value))) return { next: "phone", say: [{ key: "consent-phone-invalid" }] };
        return { ...back, say: [{ key: "me-saved" }] };
      },
    },
    withdraw: {
      id: "withdraw",
      input: "confirm",
      prompt: () => ({ key: "consent-withdraw-confirm" }),
      options: (ctx) => [
        { value: "yes", label: ctx.t("consent-withdraw-yes") },
        { value: "no", label: ctx.t("common-back") },
      ],
      async onAnswer(ctx, value) {
        if (value !== "yes") return back;
        return { done: true, say: [await withdrawRecords(ctx)] };
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
