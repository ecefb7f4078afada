import { formatDateTime } from "../../domain/calendar.js";
import { documentUnits } from "../jobs/documents.js";
import { requestProvinceDocuments } from "../jobs/documents-job.js";
import { writeAudit } from "../../services/audit.js";
import { exportFile, exportScope, type ExportFormat } from "./service.js";
import { loadCampaign } from "../progress/service.js";
import { isOffice } from "../../flows/engine/actor.js";
import { defineFlow, type FlowContext, type Option } from "../../flows/engine/types.js";
import { chooseScope, findUnit, guardScope, mayWatch, scopeSteps, type ScopeData } from "../progress/flow.js";

type Ctx = FlowContext<ScopeData>;

/**
 * /export (/xuat): the Văn phòng gets the province, a focal person their own unit. The scope is
 * decided again by the export service from the actor's roles when the file is made; the flow's
 * data only says which unit was picked.
 */
export const exportFlow = defineFlow<ScopeData>({
  name: "export",
  longSteps: true,
  allowed: mayWatch,
  guard: guardScope,
  async start(ctx) {
    const typed = ctx.data.args?.trim();
    const result = await chooseScope(ctx, "format", "export-no-campaign");
    // "/xuat THPT01": the Văn phòng exports that one unit (its Word document, workbook or CSV).
    if (typed && !("done" in result) && !/^#?\d+$/u.test(typed) && isOffice(ctx.actor)) {
      const unit = await findUnit(ctx, typed);
      if (!unit) return { done: true, say: [{ key: "progress-unit-unknown", vars: { code: typed } }] };
      ctx.data.unitId = unit.id;
      ctx.data.scope = "unit";
    }
    return result;
  },
  steps: {
    ...scopeSteps<ScopeData>(() => ({ next: "format" })),
    format: {
      id: "format",
      input: "choice",
      async prompt(ctx) {
        const campaign = await loadCampaign(ctx.tx, ctx.actor!.provinceId, ctx.data.campaignId!);
        return { key: "export-pick-format", vars: { campaign: campaign.title } };
      },
      options: (ctx: Ctx): Option[] => [
        { value: "xlsx", label: ctx.t("export-format-xlsx") },
        isOffice(ctx.actor) && ctx.data.scope === "province"
          ? { value: "zip", label: ctx.t("export-format-zip") }
          : { value: "docx", label: ctx.t("export-format-docx") },
        { value: "csv", label: ctx.t("export-format-csv") },
        { value: "close", label: ctx.t("common-close") },
      ],
      async onAnswer(ctx, value) {
        if (value === "close") return { done: true };
        const scope = exportScope(ctx.actor, ctx.data.scope === "province" ? null : ctx.data.unitId);
        const campaign = await loadCampaign(ctx.tx, ctx.actor!.provinceId, ctx.data.campaignId!);
        const format = value as ExportFormat;
        // Every unit's document takes a while: it is built in the background and sent when ready.
        if (format === "zip" && scope.unitIds === null) {
          const total = (await documentUnits(ctx.tx, campaign.id, scope)).length;
          if (total === 0) return { done: true, say: [{ key: "export-empty" }] };
          const job = await requestProvinceDocuments(ctx.tx, {
            provinceId: scope.provinceId,
            campaignId: campaign.id,
            now: ctx.now,
            timeZone: ctx.timeZone,
            total,
            recipient: { personId: ctx.actor!.personId, channel: ctx.user.channel, externalId: ctx.user.externalId, locale: ctx.locale },
          });
          await writeAudit(ctx.tx, {
            provinceId: ctx.actor!.provinceId,
            actor: ctx.actor!,
            action: "export",
            entity: "campaign",
            entityId: campaign.id,
            after: { format, units: total, scope: "province", job: job.id },
          });
          return { done: true, say: [{ key: job.joined ? "jobs-documents-joined" : "jobs-documents-queued", vars: { total } }] };
        }
        const file = await exportFile(ctx.tx, campaign, scope, format === "zip" ? "docx" : format, {
          now: ctx.now,
          timeZone: ctx.timeZone,
        });
        if (!file) return { done: true, say: [{ key: "export-empty" }] };
        // Personal data leaves the system: who took which file is kept, in the same transaction.
        await writeAudit(ctx.tx, {
          provinceId: ctx.actor!.provinceId,
          actor: ctx.actor!,
          action: "export",
          entity: "campaign",
          entityId: campaign.id,
          after: { format, units: file.units, scope: scope.unitIds ?? "province" },
        });
        const caption = ctx.t("export-caption", { campaign: campaign.title, units: file.units, at: formatDateTime(ctx.now, ctx.timeZone) });
        return { done: true, send: [{ type: "document", fileName: file.fileName, mime: file.mime, content: file.content, caption }] };
      },
    },
  },
});
