import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { inject } from "vitest";
import { openDatabase, openPglite, type Database } from "../../src/db/client.js";
import { adminUrl, withDatabase } from "./urls.js";

export interface TestDatabase extends Database {
  /** Set on the real server: child processes (CLI, racing migrators) connect with it. */
  url?: string;
  /** Closes the connection and drops the copy. */
  destroy(): Promise<void>;
}

export const engine = () => inject("engine");

/** A fresh, migrated database of the engine this run uses, for one test file or test. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject("template");
  if (inject("engine") === "postgres") {
    const base = process.env.DATABASE_URL!;
    const name = `thidua_t_${randomBytes(6).toString("hex")}`;
    const admin = postgres(adminUrl(base), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${template}`);
    const url = withDatabase(base, name);
    const database = await openDatabase({ databaseUrl: url, dataDir: "unused", maxConnections: 5 });
    return {
      ...database,
      url,
      async destroy() {
        await database.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(template)]) });
  const database = openPglite(pglite);
  return { ...database, destroy: () => database.close() };
}
