import { formatDate } from "../../domain/calendar.js";
import { UserError } from "../../core/errors.js";
import { evidenceOf, getNomination, reviewNomination, submittedNominations } from "./service.js";
import { isOffice } from "../../flows/engine/actor.js";
import { textAnswer } from "../../flows/engine/input.js";
import type { FlowContext, Step } from "../../flows/engine/types.js";
import type { NominateData } from "./nominate-data.js";
import { assessmentLines, assessNomination, criteriaLines, yearLine } from "../truth/nomination-check.js";

type Ctx = FlowContext<NominateData>;

const assertOffice = (ctx: Ctx) => {
  if (!isOffice(ctx.actor)) throw new UserError("flow-not-allowed");
};

/** The Văn phòng's side of /nominate: submitted nominations, one at a time, accept or return. */
export const officeReviewSteps: Record<string, Step<NominateData>> = {
  "review-list": {
    id: "review-list",
    input: "choice",
    async prompt(ctx) {
      assertOffice(ctx);
      const rows = await submittedNominations(ctx.tx, ctx.actor!.provinceId, ctx.data.campaignId);
      const waiting = rows.filter((r) => r.n.status === "submitted").length;
      return { key: "nomination-office-list", vars: { waiting, total: rows.length } };
    },
    async options(ctx) {
      const rows = (await submittedNominations(ctx.tx, ctx.actor!.provinceId, ctx.data.campaignId)).filter(
        (r) => r.n.status === "submitted",
      );
      return [
        ...rows.slice(0, 30).map((r) => ({ value: String(r.n.id), label: `${r.unitCode} · ${r.n.nomineeName}` })),
        { value: "close", label: ctx.t("common-close") },
      ];
    },
    async onAnswer(ctx, value) {
      assertOffice(ctx);
      if (value === "close") return { done: true };
      ctx.data.reviewId = Number(value);
      return { next: "review-one" };
    },
  },
  "review-one": {
    id: "review-one",
    input: "choice",
    async prompt(ctx) {
      assertOffice(ctx);
      const n = await getNomination(ctx.tx, ctx.data.reviewId!);
      if (!n || n.provinceId !== ctx.actor!.provinceId) throw new UserError("nomination-unknown", { id: ctx.data.reviewId! });
      const files = await evidenceOf(ctx.tx, n.id);
      // The reviewer sees what the unit saw: every warning, judged on the stored record, in words.
      const a = await assessNomination(ctx.tx, {
        kind: n.kind,
        personId: n.personId,
        unitId: n.unitId,
        campaignId: n.campaignId,
        years: n.years,
        initiativeId: n.initiativeId,
      });
      const lines = assessmentLines(ctx.t, a);
      return {
        key: "truth-nomination-office-one",
        vars: {
          initiative: a.initiativeTitle ?? n.initiativeText ?? ctx.t("register-none"),
          criteriaList: criteriaLines(ctx.t, n.criteria),
          warnings: lines.length ? lines.join("\n") : ctx.t("nomination-no-warnings"),
          name: n.nomineeName,
          kind: ctx.t(`nomination-kind-${n.kind}`),
          field: n.field,
          summary: n.summary,
          years: n.years.map((y) => yearLine(ctx.t, y)).join("\n"),
          criteria: `${n.criteria.filter((c) => c.met).length}/${n.criteria.length}`,
          evidence: files.length,
          submitted: n.submittedAt ? formatDate(n.submittedAt, ctx.timeZone) : "—",
        },
      };
    },
    options: (ctx) => [
      { value: "accept", label: ctx.t("nomination-accept") },
      { value: "return", label: ctx.t("nomination-return") },
      { value: "back", label: ctx.t("common-back") },
    ],
    async onAnswer(ctx, value) {
      assertOffice(ctx);
      if (value === "back") return { next: "review-list" };
      if (value === "return") return { next: "return-reason" };
      const n = await reviewNomination(
        ctx.tx,
        { actor: ctx.actor!, provinceId: ctx.actor!.provinceId, now: ctx.now, notify: ctx.notify },
        ctx.data.reviewId!,
        { accept: true },
      );
      return { next: "review-list", say: [{ key: "nomination-accepted", vars: { name: n.nomineeName } }] };
    },
  },
  "return-reason": {
    id: "return-reason",
    input: "text",
    schema: textAnswer({ max: 500, min: 5 }),
    prompt: () => ({ key: "nomination-ask-return-reason" }),
    async onAnswer(ctx, reason) {
      assertOffice(ctx);
      const n = await reviewNomination(
        ctx.tx,
        { actor: ctx.actor!, provinceId: ctx.actor!.provinceId, now: ctx.now, notify: ctx.notify },
        ctx.data.reviewId!,
        { accept: false, reason },
      );
      return { next: "review-list", say: [{ key: "nomination-returned", vars: { name: n.nomineeName } }] };
    },
  },
};
