import type { SQL } from "drizzle-orm";
import { borrowTemplate, prepareRawQuery, type Executable } from "./drizzle-internals.js";
import type { DbOrTx } from "./types.js";

/**
 * Queries built once and run on whichever connection or transaction the caller holds.
 *
 * Drizzle turns its query objects into SQL text on every call; on a chat step that cost more CPU
 * than PostgreSQL spent answering (bench:steps). A template is built on first use, with
 * `sql.placeholder(…)` for the values, then each call borrows it with the caller's client (see
 * drizzle-internals.ts for what that relies on).
 */

/** A Drizzle query (select, insert, update, delete) whose values are `sql.placeholder(name)`. */
export function prepared<V extends Record<string, unknown>, R>(
  name: string,
  build: (on: DbOrTx) => { prepare(name: string): Executable<R> },
): (on: DbOrTx, values: V) => Promise<R> {
  return borrowTemplate((on) => build(on).prepare(name));
}

/** Raw SQL whose values are `sql.placeholder(name)`; resolves to the driver's raw result. */
export function preparedSql<V extends Record<string, unknown>>(name: string, query: SQL): (on: DbOrTx, values: V) => Promise<unknown> {
  return borrowTemplate((on) => prepareRawQuery(on, name, query));
}
