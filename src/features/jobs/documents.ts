import { writeFile } from "node:fs/promises";
import type { DbOrTx } from "../../db/client.js";
import { uniqueNamer } from "../../exports/filenames.js";
import { zipFiles, type NamedFile } from "../../exports/zip.js";
import { unitDocuments } from "../export/data.js";
import { exportFileName, MIME, type ExportOptions } from "../export/service.js";
import { campaignUnits, type UnitProgress, type UnitScope } from "../progress/service.js";
import type { Campaign } from "../registration/campaigns.js";
import { createDocxPool } from "./docx-pool.js";

type ExportCampaign = Campaign & { provinceName: string };

/** Documents in flight per worker: enough to keep every core busy while the database is read. */
const IN_FLIGHT_PER_WORKER = 8;

export interface ProvinceDocuments {
  fileName: string;
  mime: string;
  content: Uint8Array;
  units: number;
}

/** The units that get a document: those that have begun (a unit named in the scope always). */
export async function documentUnits(db: DbOrTx, campaignId: number, scope: UnitScope): Promise<UnitProgress[]> {
  const list = await campaignUnits(db, campaignId, scope);
  return scope.unitIds ? list : list.filter((u) => u.state !== "not_started");
}

/**
 * Every unit's Word document in one zip, built on all cores. Reports progress after each document
 * and stops between documents when `signal` is aborted (the job lost its lease).
 */
export async function buildProvinceDocuments(
  db: DbOrTx,
  campaign: ExportCampaign,
  scope: UnitScope,
  opts: ExportOptions,
  hooks: { onProgress?(done: number, total: number): void; signal?: AbortSignal } = {},
): Promise<ProvinceDocuments | null> {
  const units = await documentUnits(db, campaign.id, scope);
  if (units.length === 0) return null;
  const pool = createDocxPool();
  const name = uniqueNamer();
  const files: NamedFile[] = new Array(units.length);
  let done = 0;
  try {
    const inFlight = new Set<Promise<void>>();
    let index = 0;
    for await (const entry of unitDocuments(db, campaign, units, opts)) {
      hooks.signal?.throwIfAborted();
      const i = index++;
      const fileName = name(entry.fileName);
      const p = pool.build(entry.doc).then((content) => {
        files[i] = { name: fileName, content };
        hooks.onProgress?.(++done, units.length);
      });
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p)).catch(() => {});
      if (inFlight.size >= IN_FLIGHT_PER_WORKER * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
  hooks.signal?.throwIfAborted();
  return { fileName: exportFileName("zip", campaign, null), mime: MIME.zip, content: await zipFiles(files, opts), units: files.length };
}

/** bench:documents: the same build written to a file. */
export async function writeProvinceDocuments(db: DbOrTx, campaign: ExportCampaign, scope: UnitScope, opts: ExportOptions, out: string) {
  const built = await buildProvinceDocuments(db, campaign, scope, opts);
  if (!built) return null;
  await writeFile(out, built.content);
  return { units: built.units };
}
