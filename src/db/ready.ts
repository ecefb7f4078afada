import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "./client.js";
import { migrationsFolder } from "./migrate.js";

/** How many migrations this build ships (drizzle-kit's journal). */
export function shippedMigrations(folder = migrationsFolder): number {
  const journal = JSON.parse(readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
  return journal.entries.length;
}

/** How many migrations the database has applied; 0 for an empty one. */
export async function appliedMigrations(db: Db): Promise<number> {
  try {
    const rows = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{ n: number }>;
    return Number(list[0]?.n ?? 0);
  } catch {
    return 0;
  }
}

/** The database answers and has every migration of this build: safe to send traffic here. */
export async function databaseReady(db: Db, expected = shippedMigrations()): Promise<boolean> {
  try {
    const rows = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{ n: number }>;
    return Number(list[0]?.n ?? 0) >= expected;
  } catch {
    return false;
  }
}
