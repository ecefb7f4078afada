import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { preparedSql } from "../../db/prepared.js";
import { rowsOf } from "../../db/rows.js";
import type { ChannelName } from "../../db/schema.js";
import type { Logger } from "../../logger.js";
import type { Outbound, UserRef } from "./types.js";

/**
 * The replies of a chat step are as durable as the step: the step's last statement stores them
 * (step_replies, see claim.ts) and the channel deletes them once it has sent them. A crash between
 * the commit and the send leaves them stored; a redelivered update (engine.handle) or the recovery
 * sweep (delivery/recovery.ts) sends them then. Whoever sends holds the row's lease: until
 * lease_until nobody else sends it, so a live send is not doubled, and a crash costs at most one
 * duplicate (sent, not yet deleted).
 */

/** How long the instance that ran a step has to send its replies before anyone else may. */
export const REPLY_LEASE_SECONDS = 60;

type Stored =
  | { type: "document"; fileName: string; mime: string; caption?: string; owner?: number; contentBase64: string }
  | Exclude<Outbound, { type: "document" }>;

/** JSON for step_replies.replies: a document's bytes go as base64. */
export function encodeReplies(replies: Outbound[]): string {
  const stored: Stored[] = replies.map((r) =>
    r.type === "document"
      ? {
          type: "document",
          fileName: r.fileName,
          mime: r.mime,
          ...(r.caption !== undefined ? { caption: r.caption } : {}),
          ...(r.owner !== undefined ? { owner: r.owner } : {}),
          contentBase64: Buffer.from(r.content).toString("base64"),
        }
      : r,
  );
  return JSON.stringify(stored);
}

export function decodeReplies(json: unknown): Outbound[] {
  const stored = (typeof json === "string" ? JSON.parse(json) : json) as Stored[];
  return stored.map((r) =>
    r.type === "document"
      ? {
          type: "document",
          fileName: r.fileName,
          mime: r.mime,
          ...(r.caption !== undefined ? { caption: r.caption } : {}),
          ...(r.owner !== undefined ? { owner: r.owner } : {}),
          content: new Uint8Array(Buffer.from(r.contentBase64, "base64")),
        }
      : r,
  );
}

export interface PendingReplies {
  channel: ChannelName;
  updateId: string;
  externalId: string;
  locale: string;
  replies: Outbound[];
  attempts: number;
}

interface Row {
  channel: ChannelName;
  update_id: string;
  external_id: string;
  locale: string;
  replies: unknown;
  attempts: number;
}
const toPending = (r: Row): PendingReplies => ({
  channel: r.channel,
  updateId: r.update_id,
  externalId: r.external_id,
  locale: r.locale,
  replies: decodeReplies(r.replies),
  attempts: Number(r.attempts),
});

const takeOneStatement = preparedSql<{ channel: string; updateId: string; force: boolean; lease: number }>(
  "take-step-replies",
  sql`update step_replies set lease_until = clock_timestamp() + ${sql.placeholder("lease")}::int * interval '1 second', attempts = attempts + 1
      where channel = ${sql.placeholder("channel")} and update_id = ${sql.placeholder("updateId")}
        and (lease_until < now() or ${sql.placeholder("force")}::boolean)
      returning channel, update_id, external_id, locale, replies, attempts`,
);

/**
 * The stored, undelivered replies of one update, leased to the caller; null when there are none
 * or somebody else holds them. `force` takes them even under a lease: the caller's own earlier
 * attempt may have committed them before its connection was lost.
 */
export async function takeReplies(
  db: Db,
  user: UserRef,
  updateId: string,
  force = false,
  leaseSeconds = REPLY_LEASE_SECONDS,
): Promise<PendingReplies | null> {
  const [row] = rowsOf<Row>(await takeOneStatement(db, { channel: user.channel, updateId, force, lease: leaseSeconds }));
  return row ? toPending(row) : null;
}

/** Replies whose lease ran out (their sender died), leased to the caller; oldest first. */
export async function takeDueReplies(db: Db, limit: number, leaseSeconds = REPLY_LEASE_SECONDS): Promise<PendingReplies[]> {
  const result = await db.execute(sql`
    update step_replies s set lease_until = clock_timestamp() + ${leaseSeconds} * interval '1 second', attempts = s.attempts + 1
    from (select channel, update_id from step_replies where lease_until < now() order by lease_until limit ${limit} for update skip locked) due
    where s.channel = due.channel and s.update_id = due.update_id
    returning s.channel, s.update_id, s.external_id, s.locale, s.replies, s.attempts`);
  return rowsOf<Row>(result).map(toPending);
}

const keyList = (keys: Array<{ channel: string; updateId: string }>) =>
  sql.join(
    keys.map((k) => sql`(${k.channel}, ${k.updateId})`),
    sql`, `,
  );

/** The replies reached the person (or never will): they are no longer kept. */
export async function forgetReplies(db: Db, keys: Array<{ channel: string; updateId: string }>): Promise<void> {
  if (keys.length > 0) await db.execute(sql`delete from step_replies where (channel, update_id) in (${keyList(keys)})`);
}

/**
 * Deletes delivered replies in batches, a quarter of a second's worth at a time: a chat step costs
 * no round trip of its own for it (bench:steps). A crash before a batch went out leaves those rows;
 * they are sent once more (the at most one duplicate).
 */
export function createDeliveredLog(db: Db, logger: Logger, flushAfterMs = 250) {
  let pending: Array<{ channel: string; updateId: string }> = [];
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return flushing;
    flushing = flushing
      .then(() => forgetReplies(db, batch))
      .then(
        () => {},
        (e) => logger.warn({ err: e, count: batch.length }, "delivered replies not forgotten; they may be sent once more"),
      );
    return flushing;
  };

  return {
    /** The replies of this update reached the person. */
    delivered(channel: string, updateId: string): void {
      pending.push({ channel, updateId });
      if (pending.length >= 200) void flush();
      else timer ??= setTimeout(() => void flush(), flushAfterMs);
    },
    flush,
  };
}
