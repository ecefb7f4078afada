import { and, asc, eq, isNull, lt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { nominationEvidence, type ChannelName } from "../../db/schema.js";
import type { FileStore } from "../../files/store.js";
import type { Logger } from "../../logger.js";

/** Gets a file's bytes from the messenger that received it. */
export interface FileFetcher {
  fetch(fileId: string): Promise<Uint8Array>;
}

/** Evidence is a photo or a PDF of at most 20 MB (Telegram's own download limit for bots). */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"];

/** Rows looked at per channel and pass. */
const BATCH = 50;
/** A file that failed this often (gone from the messenger, over the limit) is no longer tried. */
export const EVIDENCE_MAX_ATTEMPTS = 8;

/**
 * Stores a copy of every evidence file not stored yet, with its SHA-256. It runs after the step
 * that received the file has committed: a 20 MB download has no place inside a chat transaction.
 * Each channel with a fetcher is copied on its own, side by side, so rows of a channel that cannot
 * be fetched never hold up another's; within a channel a file that keeps failing moves behind the
 * others (copy_attempts) and is given up after EVIDENCE_MAX_ATTEMPTS.
 */
export async function storePendingEvidence(
  db: Db,
  fetchers: Partial<Record<ChannelName, FileFetcher>>,
  store: FileStore,
  logger: Logger,
): Promise<number> {
  const perChannel = await Promise.all(
    (Object.entries(fetchers) as Array<[ChannelName, FileFetcher]>).map(([channel, fetcher]) =>
      storeChannel(db, channel, fetcher, store, logger),
    ),
  );
  return perChannel.reduce((a, b) => a + b, 0);
}

async function storeChannel(db: Db, channel: ChannelName, fetcher: FileFetcher, store: FileStore, logger: Logger): Promise<number> {
  const pending = await db
    .select()
    .from(nominationEvidence)
    .where(
      and(
        eq(nominationEvidence.channel, channel),
        isNull(nominationEvidence.sha256),
        lt(nominationEvidence.copyAttempts, EVIDENCE_MAX_ATTEMPTS),
      ),
    )
    .orderBy(asc(nominationEvidence.copyAttempts), asc(nominationEvidence.id))
    .limit(BATCH);
  let stored = 0;
  for (const e of pending) {
    try {
      const bytes = await fetcher.fetch(e.fileId);
      if (bytes.byteLength > EVIDENCE_MAX_BYTES) throw new Error("file over the evidence limit");
      const file = await store.put(bytes, e.fileName, e.mime);
      await db
        .update(nominationEvidence)
        .set({ storedKey: file.key, sha256: file.sha256, size: file.size, copyError: null })
        .where(and(eq(nominationEvidence.id, e.id), isNull(nominationEvidence.sha256)));
      stored++;
    } catch (err) {
      const message = (err as Error)?.message ?? String(err);
      // Over the limit never gets better: give it up now rather than after every other try.
      const attempts = /over the evidence limit/.test(message) ? EVIDENCE_MAX_ATTEMPTS : e.copyAttempts + 1;
      await db
        .update(nominationEvidence)
        .set({ copyAttempts: attempts, copyError: message.slice(0, 300) })
        .where(eq(nominationEvidence.id, e.id));
      logger.warn({ evidenceId: e.id, channel, attempts }, "evidence not stored yet");
    }
  }
  return stored;
}
/** Stores new evidence every half minute until stopped. */
export function startEvidenceKeeper(db: Db, fetchers: Partial<Record<ChannelName, FileFetcher>>, store: FileStore, logger: Logger) {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    // A pass of slow downloads may outlast the interval; two passes would copy the same files.
    if (busy) return;
    busy = true;
    running = storePendingEvidence(db, fetchers, store, logger)
      .catch((e) => logger.error({ err: e }, "evidence keeper failed"))
      .finally(() => (busy = false));
  }, 30_000);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
