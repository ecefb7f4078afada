import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "./client.js";

/**
 * Queries built once and run on whichever connection or transaction the caller holds.
 *
 * Drizzle turns its query objects into SQL text on every call; on a chat step that cost more CPU
 * than PostgreSQL spent answering (bench:steps). A template is built on first use, with
 * `sql.placeholder(…)` for the values, then each call borrows it with the caller's client: the
 * statement text, the parameter encoders and the row mapping are the template's.
 *
 * This leans on two members Drizzle keeps out of its typings (`session.client` on every database
 * and transaction, `client` on a prepared query, both for postgres.js and PGlite); the whole test
 * suite runs through these queries on both drivers.
 */

interface Executable<R> {
  execute(values?: Record<string, unknown>): Promise<R>;
}
interface Internals {
  session: { client: unknown; prepareQuery(query: unknown, fields: undefined, name: string, arrayMode: boolean): Executable<unknown> };
  dialect: { sqlToQuery(sql: SQL): unknown };
}
const internals = (on: DbOrTx) => on as unknown as Internals;

/** The driver's client under a database or transaction handle (postgres.js Sql, PGlite). */
export const clientOf = (on: DbOrTx): unknown => internals(on).session.client;

function borrow<R>(build: (on: DbOrTx) => Executable<R>) {
  // One template per driver (its session class): the text is the same, the client is not.
  const templates = new Map<unknown, Executable<R>>();
  return (on: DbOrTx, values?: Record<string, unknown>): Promise<R> => {
    const { session } = internals(on);
    let template = templates.get(session.constructor);
    if (!template) templates.set(session.constructor, (template = build(on)));
    const bound = Object.create(template) as Executable<R> & { client: unknown };
    bound.client = clientOf(on);
    return bound.execute(values);
  };
}

/** A Drizzle query (select, insert, update, delete) whose values are `sql.placeholder(name)`. */
export function prepared<V extends Record<string, unknown>, R>(
  name: string,
  build: (on: DbOrTx) => { prepare(name: string): Executable<R> },
): (on: DbOrTx, values: V) => Promise<R> {
  return borrow((on) => build(on).prepare(name));
}

/** Raw SQL whose values are `sql.placeholder(name)`; resolves to the driver's raw result. */
export function preparedSql<V extends Record<string, unknown>>(name: string, query: SQL): (on: DbOrTx, values: V) => Promise<unknown> {
  return borrow((on) => {
    const { session, dialect } = internals(on);
    return session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false);
  });
}
