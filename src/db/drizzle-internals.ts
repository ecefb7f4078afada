import type { SQL } from "drizzle-orm";
import type postgres from "postgres";
import type { DbOrTx } from "./types.js";

/**
 * Everything of ours that leans on Drizzle's untyped insides, in one place. A Drizzle upgrade that
 * changes any of it fails test/db/drizzle-internals.test.ts (and `checkDrizzleInternals`) by name.
 *
 * 1. Every database and transaction handle has `session.client` (the driver's client: postgres.js
 *    Sql, PGlite), `session.prepareQuery(query, fields, name, arrayMode)` and
 *    `dialect.sqlToQuery(sql)`.
 * 2. A prepared query keeps its driver client in a `client` member that `execute` reads: a
 *    template built once can run on another connection or transaction (prepared.ts).
 * 3. Drizzle's postgres.js session runs every statement with `client.unsafe(text, params, opts)`,
 *    transactions with `client.begin(fn)` and nested ones with `client.savepoint(fn)`: a Proxy over
 *    the client sees each of them (client.ts: named statements, pipelined transactions).
 */

export interface Executable<R> {
  execute(values?: Record<string, unknown>): Promise<R>;
}
interface Internals {
  session: { client: unknown; prepareQuery(query: unknown, fields: undefined, name: string, arrayMode: boolean): Executable<unknown> };
  dialect: { sqlToQuery(sql: SQL): unknown };
}
const internals = (on: DbOrTx) => on as unknown as Internals;

/** The driver's client under a database or transaction handle (postgres.js Sql, PGlite). */
export const clientOf = (on: DbOrTx): unknown => internals(on).session.client;

/**
 * A query built once per driver (its session class), run with the caller's client: the statement
 * text, the parameter encoders and the row mapping are the template's.
 */
export function borrowTemplate<R>(build: (on: DbOrTx) => Executable<R>): (on: DbOrTx, values?: Record<string, unknown>) => Promise<R> {
  const templates = new Map<unknown, Executable<R>>();
  return (on, values) => {
    const { session } = internals(on);
    let template = templates.get(session.constructor);
    if (!template) templates.set(session.constructor, (template = build(on)));
    const bound = Object.create(template) as Executable<R> & { client: unknown };
    bound.client = clientOf(on);
    return bound.execute(values);
  };
}

/** Raw SQL prepared under `name` on `on`'s session (values are `sql.placeholder(name)`). */
export function prepareRawQuery(on: DbOrTx, name: string, query: SQL): Executable<unknown> {
  const { session, dialect } = internals(on);
  return session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false);
}

export type Callback = (tx: postgres.Sql) => unknown;

export interface ClientHooks {
  /** Told before every statement Drizzle sends through this client. */
  beforeStatement?: () => void;
  /** Runs a transaction (Drizzle's db.transaction) instead of postgres.js's own `begin`. */
  begin(fn: Callback): Promise<unknown>;
  /** Runs a nested transaction (Drizzle's tx.transaction) instead of postgres.js's `savepoint`. */
  savepoint?: (fn: Callback) => Promise<unknown>;
}

/**
 * The postgres.js client Drizzle is given: statements become named (cached) ones, and
 * transactions and savepoints run through `hooks`.
 */
export function interceptPostgresJs(sql: postgres.Sql, hooks: ClientHooks): postgres.Sql {
  return new Proxy(sql, {
    get(target, prop) {
      if (prop === "unsafe") {
        return (query: string, params?: unknown[], opts?: Record<string, unknown>) => {
          hooks.beforeStatement?.();
          return target.unsafe(query, params as never, { ...opts, prepare: true });
        };
      }
      if (prop === "begin") return hooks.begin;
      if (prop === "savepoint" && hooks.savepoint) return hooks.savepoint;
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * Throws, naming what changed, when a handle lacks a member this file relies on. Cheap: property
 * checks only (the statement-level behaviour is covered by the test).
 */
export function checkDrizzleInternals(on: DbOrTx): void {
  const missing: string[] = [];
  const i = internals(on) as Partial<Internals>;
  if (!i.session) missing.push("session");
  else {
    if (i.session.client === undefined) missing.push("session.client");
    if (typeof i.session.prepareQuery !== "function") missing.push("session.prepareQuery");
  }
  if (typeof i.dialect?.sqlToQuery !== "function") missing.push("dialect.sqlToQuery");
  if (missing.length > 0) throw new Error(`Drizzle internals changed (src/db/drizzle-internals.ts): missing ${missing.join(", ")}`);
}
