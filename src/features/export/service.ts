import type { Writable } from "node:stream";
import { collect } from "../../exports/bytes.js";
import type { DbOrTx } from "../../db/client.js";
import { csvBytes, csvFileName } from "../../exports/csv.js";
import { safeFileName, uniqueNamer } from "../../exports/filenames.js";
import { writeXlsx } from "../../exports/xlsx.js";
import { zipFiles, type NamedFile } from "../../exports/zip.js";
import { UserError } from "../../core/errors.js";
import { isOffice, managedUnits } from "../../core/roles.js";
import type { Actor } from "../../core/index.js";
import { registrationExport, unitDocuments } from "./data.js";
import type { UnitProgress, UnitScope } from "../progress/service.js";
import type { Campaign } from "../registration/campaigns.js";

export const EXPORT_FORMATS = ["xlsx", "csv", "docx", "zip"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MIME: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "application/zip",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  zip: "application/zip",
};

type ExportCampaign = Campaign & { provinceName: string };

/**
 * What this person may export, decided on the server: the Văn phòng the province (or one unit of
 * it); a focal person or leader only the units their role covers; anyone else nothing.
 */
export function exportScope(actor: Actor | null, requestedUnitId?: number | null): UnitScope {
  if (!actor) throw new UserError("export-not-allowed");
  if (isOffice(actor)) return { provinceId: actor.provinceId, unitIds: requestedUnitId ? [requestedUnitId] : null };
  const managed = managedUnits(actor);
  if (managed.length === 0) throw new UserError("export-not-allowed");
  if (requestedUnitId) {
    if (!managed.includes(requestedUnitId)) throw new UserError("export-not-allowed");
    return { provinceId: actor.provinceId, unitIds: [requestedUnitId] };
  }
  return { provinceId: actor.provinceId, unitIds: managed };
}

const yearTag = (c: ExportCampaign) => `DKTD NH ${safeFileName(c.schoolYear)}`;

/** The file's name: a single unit's files carry the unit's name, as in seed 002. */
export function exportFileName(format: ExportFormat, campaign: ExportCampaign, unit: { name: string } | null): string {
  const owner = unit ? safeFileName(unit.name) : "Tổng hợp";
  switch (format) {
    case "xlsx":
      return `${owner}-${yearTag(campaign)}.xlsx`;
    case "csv":
      return `${owner}-${yearTag(campaign)}-CSV.zip`;
    case "zip":
      return `${unit ? owner : "Bản đăng ký các đơn vị"}-${yearTag(campaign)}.zip`;
    case "docx":
      return `${owner}-${yearTag(campaign)}.docx`;
  }
}

export interface ExportOptions {
  now: Date;
  timeZone: string;
}

export async function writeWorkbook(db: DbOrTx, campaign: ExportCampaign, scope: UnitScope, out: Writable, opts: ExportOptions) {
  const data = await registrationExport(db, campaign, scope);
  await writeXlsx(data.sheets, out, opts);
  return data;
}

/** One CSV per sheet. */
export async function csvFiles(
  db: DbOrTx,
  campaign: ExportCampaign,
  scope: UnitScope,
  opts: ExportOptions,
): Promise<{ files: NamedFile[]; units: UnitProgress[] }> {
  const data = await registrationExport(db, campaign, scope);
  const files: NamedFile[] = [];
  for (const sheet of data.sheets) files.push({ name: csvFileName(sheet), content: await csvBytes(sheet, opts) });
  return { files, units: data.units };
}

/**
 * Every unit's Word document. Units that have not begun have nothing to sign and are left out,
 * unless the scope names the unit.
 */
export async function documentFiles(db: DbOrTx, campaign: ExportCampaign, scope: UnitScope, opts: ExportOptions): Promise<NamedFile[]> {
  const data = await registrationExport(db, campaign, scope);
  const units = scope.unitIds ? data.units : data.units.filter((u) => u.state !== "not_started");
  // The docx library is loaded only by the commands that write Word documents.
  const { unitDocx } = await import("../../exports/docx.js");
  const name = uniqueNamer();
  const files: NamedFile[] = [];
  for await (const entry of unitDocuments(db, campaign, units, opts))
    files.push({ name: name(entry.fileName), content: await unitDocx(entry.doc) });
  return files;
}

export interface ExportFile {
  fileName: string;
  mime: string;
  content: Uint8Array;
  /** Units covered, for the caption. */
  units: number;
}

/**
 * One file for a chat: the workbook, the CSVs zipped, one unit's Word document, or the Word
 * documents zipped. Null when there is nothing to put in it (no unit has begun).
 */
export async function exportFile(
  db: DbOrTx,
  campaign: ExportCampaign,
  scope: UnitScope,
  format: ExportFormat,
  opts: ExportOptions,
): Promise<ExportFile | null> {
  const single = scope.unitIds?.length === 1;
  if (format === "xlsx") {
    let units: UnitProgress[] = [];
    const content = await collect(async (out) => (units = (await writeWorkbook(db, campaign, scope, out, opts)).units));
    return {
      fileName: exportFileName("xlsx", campaign, single ? (units[0] ?? null) : null),
      mime: MIME.xlsx,
      content,
      units: units.length,
    };
  }
  if (format === "csv") {
    const { files, units } = await csvFiles(db, campaign, scope, opts);
    return {
      fileName: exportFileName("csv", campaign, single ? (units[0] ?? null) : null),
      mime: MIME.csv,
      content: await zipFiles(files, opts),
      units: units.length,
    };
  }
  const docs = await documentFiles(db, campaign, scope, opts);
  if (docs.length === 0) return null;
  // One document goes as it is; several are zipped.
  if (docs.length === 1) return { fileName: docs[0]!.name, mime: MIME.docx, content: docs[0]!.content, units: 1 };
  return { fileName: exportFileName("zip", campaign, null), mime: MIME.zip, content: await zipFiles(docs, opts), units: docs.length };
}
