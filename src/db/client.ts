import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { interceptPostgresJs, type Callback } from "./drizzle-internals.js";
import { firstFailure, openPipeline } from "./pipeline.js";
import type { Db } from "./types.js";

export type { Db, DbOrTx, Tx } from "./types.js";

export interface Database {
  db: Db;
  kind: "embedded" | "postgres";
  /** Runs a statement outside Drizzle (migrations, advisory locks, raw maintenance). */
  close(): Promise<void>;
  /** Present for the embedded engine only; tests use it to snapshot a migrated template. */
  pglite?: PGlite;
  /** Present for the real server only. */
  sql?: postgres.Sql;
}

export class DatabaseBusyError extends Error {
  override name = "DatabaseBusyError";
  /** The data directory and the process holding it, for a message in the user's language. */
  dir?: string;
  pid?: number;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Pool size for postgres.js. The bot wants several; the CLI and migrations need one. */
  maxConnections?: number;
}

const LOCK_FILE = "thidua.pid";

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite is one process per data directory, and two writers would corrupt it. A pid file makes the
 * second process fail with a sentence a person can act on instead of a storage error.
 */
function claimDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, LOCK_FILE);
  try {
    const other = Number(readFileSync(lockPath, "utf8").trim());
    if (Number.isInteger(other) && other !== process.pid && pidAlive(other)) {
      const busy = new DatabaseBusyError(
        `The embedded database in ${dir} is in use by another process (pid ${other}), probably the running bot. ` +
          "Stop it first, or set DATABASE_URL to a PostgreSQL server so the bot and the CLI can run side by side.",
      );
      busy.dir = dir;
      busy.pid = other;
      throw busy;
    }
  } catch (e) {
    if (e instanceof DatabaseBusyError) throw e;
  }
  writeFileSync(lockPath, String(process.pid));
  return () => rmSync(lockPath, { force: true });
}

/**
 * A transaction whose BEGIN goes out with its first statement. postgres.js waits for BEGIN's
 * answer before running anything; a chat step is a short transaction, and on a loopback socket
 * each round trip and each write costs more than PostgreSQL's work on a small statement
 * (bench:steps). BEGIN is sent only when a statement is, and a transaction whose one statement is
 * its last (db/pipeline.ts lastStatement) runs that statement alone, without BEGIN or COMMIT.
 */
async function pipelinedTransaction(pool: postgres.Sql, fn: Callback): Promise<unknown> {
  const conn = await pool.reserve();
  let began: Promise<unknown> | null = null;
  let alone = false;
  const beforeStatement = () => {
    if (began || alone) return;
    if (pipeline.last) {
      alone = true;
      return;
    }
    began = conn.unsafe("begin");
    began.catch(() => {}); // a failed BEGIN fails the statements queued behind it, which report it
  };
  const client = preparedStatements(conn, beforeStatement, savepoints(conn, beforeStatement));
  // Statements sent without waiting (db/pipeline.ts) travel with the next one, at the latest COMMIT.
  const pipeline = openPipeline(client);
  try {
    let result: unknown;
    try {
      result = await fn(client);
    } catch (e) {
      // A later statement of an aborted transaction only says "aborted": the cause is more useful.
      throw (await firstFailure(pipeline.pending))?.error ?? e;
    }
    if (!began) {
      const failed = await firstFailure(pipeline.pending);
      if (failed) throw failed.error;
      return result;
    }
    // COMMIT goes out with whatever is still unsent: a step that read nothing is one round trip.
    const committed = conn.unsafe("commit");
    committed.catch(() => {}); // awaited below, after the failures it would only echo
    await began;
    const failed = await firstFailure(pipeline.pending);
    // After a failed statement PostgreSQL answers COMMIT with a rollback; either way it is over.
    await committed;
    began = null;
    if (failed) throw failed.error;
    return result;
  } finally {
    // Never hand a connection back to the pool inside a transaction.
    if (began) await conn.unsafe("rollback").catch(() => conn.unsafe("discard all").catch(() => {}));
    conn.release();
  }
}

/** Nested transactions (Drizzle's tx.transaction) on a reserved connection: numbered savepoints. */
function savepoints(conn: postgres.ReservedSql, beforeStatement: () => void) {
  let n = 0;
  return async (fn: Callback) => {
    const name = `s${++n}`;
    beforeStatement();
    await conn.unsafe(`savepoint ${name}`);
    try {
      const result = await fn(preparedStatements(conn, beforeStatement, savepoints(conn, beforeStatement)));
      await conn.unsafe(`release savepoint ${name}`);
      return result;
    } catch (e) {
      await conn.unsafe(`rollback to savepoint ${name}`);
      throw e;
    }
  };
}

/**
 * Drizzle asks postgres.js for unnamed statements, which costs a Describe round trip before every
 * query with parameters. The app runs a small fixed set of query shapes, so named (cached)
 * statements halve the round trips of a chat step. Transactions hand out their own client (see
 * pipelinedTransaction); it is wrapped the same way, and tells the transaction of each statement.
 */
function preparedStatements(sql: postgres.Sql, beforeStatement?: () => void, savepoint?: (fn: Callback) => Promise<unknown>): postgres.Sql {
  return interceptPostgresJs(sql, {
    begin: (fn) => pipelinedTransaction(sql, fn),
    ...(beforeStatement ? { beforeStatement } : {}),
    ...(savepoint ? { savepoint } : {}),
  });
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const sql = postgres(options.databaseUrl, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      ...(process.env.SQL_DEBUG ? { debug: (_c: number, q: string) => console.log("SQL", q.replace(/\s+/g, " ").slice(0, 220)) } : {}),
      connection: { application_name: "thidua-bot", TimeZone: "UTC" },
    });
    const db = drizzlePostgres(preparedStatements(sql)) as unknown as Db;
    return { db, kind: "postgres", sql, close: () => sql.end({ timeout: 5 }) };
  }
  const dir = path.resolve(options.dataDir, "pglite");
  const release = claimDataDir(path.resolve(options.dataDir));
  try {
    // Loaded only for the embedded database: with a server, its WebAssembly is never needed.
    const { PGlite } = await import("@electric-sql/pglite");
    const pglite = await PGlite.create(dir, {
      startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${EMBEDDED_SHARED_BUFFERS}`],
    });
    return openPglite(pglite, release);
  } catch (e) {
    release();
    throw e;
  }
}

/**
 * PGlite touches all of its shared buffers when it starts: the data directory's 128 MB made a
 * start with data 357 MB of RSS, 32 MB makes it about 250 MB. The files stay in the operating
 * system's cache, so a read that misses the buffers costs a system call, not a disk read.
 */
const EMBEDDED_SHARED_BUFFERS = "32MB";

/** Wraps an already-open PGlite (tests open copies of a migrated template this way). */
export function openPglite(pglite: PGlite, onClose: () => void = () => {}): Database {
  const db = drizzlePglite(pglite) as unknown as Db;
  return {
    db,
    kind: "embedded",
    pglite,
    close: async () => {
      await pglite.close();
      onClose();
    },
  };
}
