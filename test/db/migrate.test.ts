import { readdirSync } from "node:fs";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { migrateServer, migrationsFolder } from "../../src/db/migrate.js";
import { engine } from "../support/db.js";
import { withDatabase } from "../support/urls.js";

const migrationCount = readdirSync(migrationsFolder).filter((f) => f.endsWith(".sql")).length;

describe.skipIf(engine() !== "postgres")("migrations on a real server", () => {
  it("three instances starting at once apply each migration exactly once", async () => {
    const base = process.env.DATABASE_URL!;
    const name = `thidua_mig_${randomBytes(5).toString("hex")}`;
    const admin = postgres(base, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = withDatabase(base, name);
    try {
      await Promise.all([migrateServer(url), migrateServer(url), migrateServer(url)]);
      const check = postgres(url, { max: 1 });
      const applied = await check`select count(*)::int as n from drizzle.__drizzle_migrations`;
      const tables =
        await check`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name = 'units'`;
      await check.end();
      expect(applied[0]!.n).toBe(migrationCount);
      expect(tables[0]!.n).toBe(1);
    } finally {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
