import type { DbOrTx } from "./client.js";
import { clientOf } from "./prepared.js";

/**
 * Statements of a transaction whose answers nobody reads (the audit entry, the conversation's new
 * state, a last-seen time). On a pipelined transaction (the real server, see client.ts) they go
 * out with whatever is sent next instead of costing a round trip of their own; the transaction
 * waits for them at COMMIT and fails with the first one's own error.
 */
const openPipelines = new WeakMap<object, Array<Promise<unknown>>>();

/** Called by the transaction that owns `client`: statements given to `unawaited` on it queue here. */
export function openPipeline(client: object): Array<Promise<unknown>> {
  const pending: Array<Promise<unknown>> = [];
  openPipelines.set(client, pending);
  return pending;
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
  const pending = openPipelines.get(clientOf(on) as object);
  if (!pending) return sent;
  sent.catch(() => {}); // reported by the transaction at COMMIT
  pending.push(sent);
  return Promise.resolve();
}
