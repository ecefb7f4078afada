/**
 * /baocao (/report): the Văn phòng picks the school year and gets the year's report as an Excel
 * workbook (every figure with its list) or a Word draft of the statistics and the appendix. The
 * role is checked again when the file is made; who took it is written to the audit log.
 */
import { formatDateTime } from "../../domain/calendar.js";
import { writeAudit } from "../../services/audit.js";
import { isOffice } from "../../flows/engine/actor.js";
import { defineFlow, type Option } from "../../flows/engine/types.js";
import { reportFile, reportYears, type ReportFormat } from "./service.js";

interface Data {
  args?: string;
  schoolYear?: string;
}

export const reportFlow = defineFlow<Data>({
  name: "report",
  longSteps: true,
  allowed: (actor) => actor !== null && isOffice(actor),
  async start(ctx) {
    const typed = ctx.data.args?.trim();
    if (typed) {
      if (!/^\d{4}-\d{4}$/u.test(typed) || Number(typed.slice(5)) !== Number(typed.slice(0, 4)) + 1)
        return { done: true, say: [{ key: "report-bad-year" }] };
      ctx.data.schoolYear = typed;
      return { next: "format" };
    }
    return { next: "year" };
  },
  steps: {
    year: {
      id: "year",
      input: "choice",
      prompt: () => ({ key: "report-pick-year" }),
      async options(ctx): Promise<Option[]> {
        const years = await reportYears(ctx.tx, ctx.actor!.provinceId, ctx.now, ctx.timeZone);
        return [
          ...years.map((y) => ({ value: y, label: ctx.t("report-year", { year: y }) })),
          { value: "close", label: ctx.t("common-close") },
        ];
      },
      async onAnswer(ctx, value) {
        if (value === "close") return { done: true };
        ctx.data.schoolYear = value;
        return { next: "format" };
      },
    },
    format: {
      id: "format",
      input: "choice",
      prompt: (ctx) => ({ key: "report-pick-format", vars: { year: ctx.data.schoolYear! } }),
      options: (ctx): Option[] => [
        { value: "xlsx", label: ctx.t("report-format-xlsx") },
        { value: "docx", label: ctx.t("report-format-docx") },
        { value: "close", label: ctx.t("common-close") },
      ],
      async onAnswer(ctx, value) {
        if (value === "close") return { done: true };
        const format = value as ReportFormat;
        const file = await reportFile(ctx.tx, ctx.actor, ctx.data.schoolYear!, format, { now: ctx.now, timeZone: ctx.timeZone });
        // Names of people leave the system: who took which file is kept, in the same transaction.
        await writeAudit(ctx.tx, {
          provinceId: ctx.actor!.provinceId,
          actor: { personId: ctx.actor!.personId },
          action: "export",
          entity: "report",
          entityId: null,
          after: { format, schoolYear: ctx.data.schoolYear, rows: file.figures.trace.length },
        });
        const caption = ctx.t("report-caption", {
          year: ctx.data.schoolYear!,
          previous: file.figures.previousYear,
          at: formatDateTime(ctx.now, ctx.timeZone),
        });
        return { done: true, send: [{ type: "document", fileName: file.fileName, mime: file.mime, content: file.content, caption }] };
      },
    },
  },
});
