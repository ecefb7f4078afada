import type { DbOrTx } from "../../db/client.js";
import type { JobRecipient } from "../../db/schema.js";
import { loadCampaign } from "../progress/service.js";
import { buildProvinceDocuments } from "./documents.js";
import { enqueueJob, type Enqueued } from "./queue.js";
import type { JobKind } from "./runner.js";

export const DOCUMENTS_ZIP = "documents-zip";

interface Payload {
  campaignId: number;
  /** The date written on the documents of units that have not submitted: the day it was asked. */
  now: string;
  timeZone: string;
}

/** The Văn phòng's zip of every unit's Word document: one job per campaign while it runs. */
export const documentsZipJob: JobKind = {
  kind: DOCUMENTS_ZIP,
  messages: {
    started: "jobs-documents-started",
    progress: "jobs-documents-progress",
    done: "jobs-documents-done",
    empty: "jobs-documents-empty",
    failed: "jobs-documents-failed",
  },
  async run(ctx) {
    const p = ctx.payload as unknown as Payload;
    const campaign = await loadCampaign(ctx.db, ctx.provinceId, p.campaignId);
    const built = await buildProvinceDocuments(
      ctx.db,
      campaign,
      { provinceId: ctx.provinceId, unitIds: null },
      { now: new Date(p.now), timeZone: p.timeZone },
      { onProgress: ctx.progress, signal: ctx.signal },
    );
    if (!built) return null;
    return { file: { name: built.fileName, mime: built.mime, content: built.content }, vars: { units: built.units } };
  },
};

/** Asks for the province's zip, in the chat step's transaction. */
export function requestProvinceDocuments(
  tx: DbOrTx,
  request: { provinceId: number; campaignId: number; now: Date; timeZone: string; total: number; recipient: JobRecipient },
): Promise<Enqueued> {
  return enqueueJob(tx, {
    kind: DOCUMENTS_ZIP,
    provinceId: request.provinceId,
    requestKey: `campaign:${request.campaignId}`,
    payload: { campaignId: request.campaignId, now: request.now.toISOString(), timeZone: request.timeZone } satisfies Payload,
    recipient: request.recipient,
    total: request.total,
  });
}
