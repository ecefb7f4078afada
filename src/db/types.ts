import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

/**
 * Both drivers give a PgDatabase; code above db/ never learns which one it has. No schema is
 * registered: the relational query API is unused, and Drizzle would build a query builder per
 * table for every transaction.
 */
export type Db = PgDatabase<PgQueryResultHKT>;
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;
