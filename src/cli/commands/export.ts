import { createWriteStream, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { writeCsv } from "../../exports/csv.js";
import { csvFileName } from "../../exports/csv.js";
import { zipFiles } from "../../exports/zip.js";
import { writeAudit } from "../../services/audit.js";
import { registrationExport } from "../../features/export/data.js";
import { documentFiles, EXPORT_FORMATS, exportFileName, writeWorkbook } from "../../features/export/service.js";
import { loadCampaign } from "../../features/progress/service.js";
import { resolveProvince } from "../../services/provinces.js";
import { getUnitByCode } from "../../services/units.js";
import { nonEmpty, positiveInt, provinceOpt, unitCode } from "../args.js";
import { defineCommand } from "../command.js";
import { CLI_ACTOR } from "../../core/actor.js";

const isDirectory = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/**
 * A path as the person typed it: relative to the folder they ran the command in. `npm run` moves
 * into the repository first and leaves that folder in INIT_CWD.
 */
export const userPath = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

/** --out may name the file, or a folder to put the file in under its usual name. */
async function target(given: string, defaultName: string): Promise<string> {
  const out = userPath(given);
  const file = isDirectory(out) ? path.join(out, defaultName) : out;
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  return path.resolve(file);
}

/** The Văn phòng's export from the command line; the CLI acts for the office, so any unit may be named. */
export const exportCommands = [
  defineCommand({
    name: "export",
    summary: "cli-export",
    options: {
      campaign: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      unit: { type: "string" },
      province: { type: "string" },
    },
    schema: z.object({
      campaign: positiveInt,
      format: z.enum(EXPORT_FORMATS, { error: "cli-expect-format" }),
      out: nonEmpty,
      unit: unitCode.optional(),
      province: provinceOpt,
    }),
    async run(ctx, args) {
      if (args.format === "docx" && !args.unit) {
        ctx.out(ctx.t("cli-export-docx-needs-unit"));
        return 2;
      }
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const campaign = await loadCampaign(db, province.id, args.campaign);
      const unit = args.unit ? await getUnitByCode(db, province.id, args.unit) : null;
      const scope = { provinceId: province.id, unitIds: unit ? [unit.id] : null };
      const opts = { now: ctx.now(), timeZone: ctx.config.TIMEZONE };
      await writeAudit(db, {
        provinceId: province.id,
        actor: CLI_ACTOR,
        action: "export",
        entity: "campaign",
        entityId: campaign.id,
        after: { format: args.format, unit: unit?.id ?? null },
      });
      ctx.logger.info({ campaignId: campaign.id, format: args.format, unitId: unit?.id ?? null }, "export");
      const unitRef = unit ? { name: unit.name } : null;

      if (args.format === "xlsx") {
        const file = await target(args.out, exportFileName("xlsx", campaign, unitRef));
        const data = await writeWorkbook(db, campaign, scope, createWriteStream(file), opts);
        ctx.out(ctx.t("cli-export-written", { path: file, units: data.units.length }));
        return 0;
      }
      if (args.format === "csv") {
        const dir = userPath(args.out);
        await mkdir(dir, { recursive: true });
        const data = await registrationExport(db, campaign, scope);
        for (const sheet of data.sheets) await writeCsv(sheet, createWriteStream(path.join(dir, csvFileName(sheet))), opts);
        ctx.out(ctx.t("cli-export-csv-written", { path: dir, count: data.sheets.length, units: data.units.length }));
        return 0;
      }
      const docs = await documentFiles(db, campaign, scope, opts);
      if (args.format === "docx") {
        const file = await target(args.out, docs[0]!.name);
        await writeFile(file, docs[0]!.content);
        ctx.out(ctx.t("cli-export-written", { path: file, units: 1 }));
        return 0;
      }
      const file = await target(args.out, exportFileName("zip", campaign, unitRef));
      await writeFile(file, await zipFiles(docs, opts));
      ctx.out(ctx.t(docs.length === 0 ? "cli-export-nothing" : "cli-export-written", { path: file, units: docs.length }));
      return 0;
    },
  }),
];
