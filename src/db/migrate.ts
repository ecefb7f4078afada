import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { drizzle as drizzlePgliteDb } from "drizzle-orm/pglite";
import type { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import type { Database } from "./client.js";

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../migrations");

/** Any fixed number: it names the lock all instances of this app take before migrating. */
export const MIGRATION_LOCK_KEY = 7_140_2025;

/** Embedded: one process owns the data directory, so no lock is needed. */
export async function migrateEmbedded(pglite: PGlite): Promise<void> {
  await migratePglite(drizzlePgliteDb(pglite), { migrationsFolder });
}

/**
 * Real server: several instances may start together, so the work runs on one dedicated
 * connection holding a session advisory lock. The second instance waits, then finds nothing left.
 */
export async function migrateServer(databaseUrl: string): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      await migratePostgres(drizzlePostgres(sql), { migrationsFolder });
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function runMigrations(database: Database, databaseUrl?: string): Promise<void> {
  if (database.kind === "embedded") return migrateEmbedded(database.pglite!);
  if (!databaseUrl) throw new Error("runMigrations needs the DATABASE_URL of the real server");
  return migrateServer(databaseUrl);
}
