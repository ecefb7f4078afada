import { writeFile } from "node:fs/promises";
import type { DbOrTx } from "../../db/client.js";
import { exportFile, type ExportOptions } from "../../services/exports.js";
import type { UnitScope } from "../../services/progress.js";
import type { Campaign } from "../../services/registration.js";

export async function writeProvinceDocuments(db: DbOrTx, campaign: Campaign & { provinceName: string }, scope: UnitScope, opts: ExportOptions, out: string) {
  const file = await exportFile(db, campaign, scope, "docx", opts);
  if (!file) return null;
  await writeFile(out, file.content);
  return { units: file.units };
}
