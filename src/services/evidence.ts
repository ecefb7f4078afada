import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { nominationEvidence, type ChannelName } from "../db/schema.js";
import type { FileStore } from "../files/store.js";
import type { Logger } from "../logger.js";

/** Gets a file's bytes from the messenger that received it. */
export interface FileFetcher {
  fetch(fileId: string): Promise<Uint8Array>;
}

/** Evidence is a photo or a PDF of at most 20 MB (Telegram's own download limit for bots). */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"];

/**
 * Stores a copy of every evidence file not stored yet, with its SHA-256. It runs after the step
 * that received the file has committed: a 20 MB download has no place inside a chat transaction.
 */
export async function storePendingEvidence(db: Db, fetchers: Partial<Record<ChannelName, FileFetcher>>, store: FileStore, logger: Logger): Promise<number> {
  const pending = await db.select().from(nominationEvidence).where(isNull(nominationEvidence.sha256)).limit(50);
  let stored = 0;
  for (const e of pending) {
    const fetcher = fetchers[e.channel];
    if (!fetcher) continue;
    try {
      const bytes = await fetcher.fetch(e.fileId);
      if (bytes.byteLength > EVIDENCE_MAX_BYTES) throw new Error("file over the evidence limit");
      const file = await store.put(bytes, e.fileName, e.mime);
      await db.update(nominationEvidence).set({ storedKey: file.key, sha256: file.sha256, size: file.size }).where(and(eq(nominationEvidence.id, e.id), isNull(nominationEvidence.sha256)));
      stored++;
    } catch (err) {
      logger.warn({ err, evidenceId: e.id }, "evidence not stored yet");
    }
  }
  return stored;
}

/** Stores new evidence every half minute until stopped. */
export function startEvidenceKeeper(db: Db, fetchers: Partial<Record<ChannelName, FileFetcher>>, store: FileStore, logger: Logger) {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = storePendingEvidence(db, fetchers, store, logger).catch((e) => logger.error({ err: e }, "evidence keeper failed"));
  }, 30_000);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
