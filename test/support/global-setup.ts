import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { migrateEmbedded, migrateServer } from "../../src/db/migrate.js";
import { adminUrl, withDatabase } from "./urls.js";

declare module "vitest" {
  export interface ProvidedContext {
    engine: "embedded" | "postgres";
    /** Embedded: a tarball of a migrated data directory. Postgres: the name of a migrated template database. */
    template: string;
  }
}

/**
 * Migrates once, then every test file starts from a copy: a PGlite data-dir dump, or a
 * PostgreSQL template database. Tests stay isolated without paying for migrations each time.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `thidua_tmpl_${process.pid}`;
    const admin = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`drop database if exists ${name}`);
      await admin.unsafe(`create database ${name}`);
    } catch (e) {
      await admin.end();
      throw new Error(`DATABASE_URL is set but the server cannot be used for tests: ${(e as Error).message}`);
    }
    const templateUrl = withDatabase(url, name);
    await migrateServer(templateUrl);
    project.provide("engine", "postgres");
    project.provide("template", name);
    return async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  const pglite = await PGlite.create();
  await migrateEmbedded(pglite);
  const dump = await pglite.dumpDataDir("none");
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-test-"));
  const file = path.join(dir, "template.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide("engine", "embedded");
  project.provide("template", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
