import { clientOf } from "./drizzle-internals.js";
import type { DbOrTx } from "./types.js";

/**
 * Statements of a transaction whose answers nobody reads (the audit entry, the conversation's new
 * state, a last-seen time). On a pipelined transaction (the real server, see client.ts) they go
 * out with whatever is sent next instead of costing a round trip of their own; the transaction
 * waits for them at COMMIT and fails with the first one's own error.
 */
export interface Pipeline {
  /** Statements sent without waiting, in order. */
  pending: Array<Promise<unknown>>;
  /** Set by lastStatement: nothing more will be sent on this transaction. */
  last: boolean;
}
const openPipelines = new WeakMap<object, Pipeline>();

/** Called by the transaction that owns `client`: statements given to `unawaited` on it queue here. */
export function openPipeline(client: object): Pipeline {
  const pipeline: Pipeline = { pending: [], last: false };
  openPipelines.set(client, pipeline);
  return pipeline;
}

/** The first failure among the queued statements, once all have answered. */
export async function firstFailure(pending: Array<Promise<unknown>>): Promise<{ error: unknown } | null> {
  for (const outcome of await Promise.allSettled(pending)) if (outcome.status === "rejected") return { error: outcome.reason };
  return null;
}

/**
 * Sends a statement without waiting for its answer when `on` is a pipelined transaction; anywhere
 * else (PGlite, autocommit, a savepoint) the returned promise is the statement itself. Callers
 * always await the result. Statements on one connection run in order, so later reads see it.
 */
export function unawaited(on: DbOrTx, statement: PromiseLike<unknown>): Promise<unknown> {
  // `then` once, now: a Drizzle builder runs its query again on every `then`, and only when asked.
  const sent = new Promise((resolve, reject) => statement.then(resolve, reject));
  const pipeline = openPipelines.get(clientOf(on) as object);
  if (!pipeline) return sent;
  sent.catch(() => {}); // reported by the transaction at COMMIT
  pipeline.pending.push(sent);
  return Promise.resolve();
}

/**
 * The transaction's last statement, sent like `unawaited`. On a pipelined transaction that has
 * sent nothing yet it is also the first, and runs on its own: one statement, no BEGIN or COMMIT
 * (a chat step that only moves the conversation on). Nothing may be sent on `on` after it.
 */
export function lastStatement(on: DbOrTx, send: () => PromiseLike<unknown>): Promise<unknown> {
  const pipeline = openPipelines.get(clientOf(on) as object);
  if (pipeline) pipeline.last = true;
  return unawaited(on, send());
}
