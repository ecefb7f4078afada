/**
 * bench:export — the Văn phòng's province workbook for 100,000 registrations across 3,000 units,
 * against a baseline: the very same rows written by a bare exceljs streaming writer.
 *
 * The province is generated into a fresh database (embedded in a temporary folder, or, with
 * DATABASE_URL, a new database on that server, dropped afterwards). Each measurement then runs in
 * its own child process so its peak RSS is its own:
 *   - export:   our path end to end: reads the database in batches, sorts, escapes, styles, writes;
 *   - baseline: the same cell values, read first (not timed), written by a bare exceljs streaming
 *               writer: no styles, frozen rows, filters, sorting or escaping;
 *   - styled:   that bare writer with only the styles the issue requires (dates dd/mm/yyyy, set
 *               on the column; a bold header): what exceljs' styles cost by themselves;
 *   - writer:   our writer on those same in-memory rows (the writing part of the export alone);
 *   - read:     our database reading alone, writing nothing.
 *
 *   npm run bench:export -- [registrations=100000] [units=3000]
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import postgres from "postgres";
import { seedProvince } from "./province-seed.js";
import type { Db } from "../src/db/client.js";
import type { Cell } from "../src/exports/cells.js";
import type { Sheet } from "../src/exports/sheet.js";
import { writeXlsx } from "../src/exports/xlsx.js";
import { registrationExport } from "../src/features/export/data.js";
import { writeWorkbook } from "../src/features/export/service.js";
import { loadCampaign } from "../src/features/progress/service.js";

const TZ = "Asia/Ho_Chi_Minh";
const script = fileURLToPath(import.meta.url);
const [mode = "main", ...rest] = process.argv.slice(2);

interface Target {
  databaseUrl?: string;
  dataDir: string;
}

/**
 * The app's database module loads the embedded engine (about 40 MB) even when it connects to a
 * server. A child measuring the export on a server opens postgres.js itself, so the peak RSS it
 * reports is the export's, not PGlite's.
 */
async function open(t: Target): Promise<{ db: Db; close(): Promise<void> }> {
  if (t.databaseUrl && mode !== "main") {
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const schema = await import("../src/db/schema.js");
    const client = postgres(t.databaseUrl, { max: 2, onnotice: () => {}, connection: { TimeZone: "UTC" } });
    return { db: drizzle(client, { schema }) as unknown as Db, close: () => client.end() };
  }
  const { openDatabase } = await import("../src/db/client.js");
  return openDatabase({ databaseUrl: t.databaseUrl, dataDir: t.dataDir, maxConnections: 2 });
}
const mb = (kb: number) => (kb / 1024).toFixed(0);

function child(args: string[]): Record<string, number> {
  const r = spawnSync(
    process.execPath,
    [...(process.env.BENCH_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROF}`] : []), "--import", "tsx", script, ...args],
    { encoding: "utf8", env: process.env, maxBuffer: 1 << 20 },
  );
  if (r.status !== 0) throw new Error(`child ${args[0]} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!);
}

async function runChild(): Promise<void> {
  const [target, provinceId, campaignId, out] = rest as [string, string, string, string];
  const t = JSON.parse(target) as Target;
  const database = await open(t);
  const campaign = await loadCampaign(database.db, Number(provinceId), Number(campaignId));
  const scope = { provinceId: Number(provinceId), unitIds: null };
  const rssBefore = process.resourceUsage().maxRSS;
  let ms: number;
  let rows = 0;
  if (mode === "export") {
    const started = performance.now();
    const data = await writeWorkbook(database.db, campaign, scope, createWriteStream(out), { now: new Date(), timeZone: TZ });
    ms = performance.now() - started;
    rows = data.units.length;
  } else if (mode === "read") {
    // Our reading alone (batches, sorting, mapping), writing nothing: how the export's time splits.
    const started = performance.now();
    const data = await registrationExport(database.db, campaign, scope);
    for (const s of data.sheets) for await (const batch of s.rows()) rows += batch.length;
    ms = performance.now() - started;
    await database.close();
    console.log(JSON.stringify({ ms, rows, maxRssKb: process.resourceUsage().maxRSS, rssBeforeKb: rssBefore, bytes: 0 }));
    return;
  } else {
    // The same values, gathered first: only the bare writer is timed.
    const data = await registrationExport(database.db, campaign, scope);
    const sheets: Array<{ name: string; headers: string[]; rows: Cell[][] }> = [];
    for (const s of data.sheets) {
      const all: Cell[][] = [];
      for await (const batch of s.rows()) all.push(...batch);
      sheets.push({ name: s.name, headers: s.columns.map((c) => c.header), rows: all });
    }
    const started = performance.now();
    if (mode === "writer") {
      // Our writer (styles, frozen header, filter, escaping, dates) on the same rows in memory.
      const inMemory: Sheet[] = data.sheets.map((s, i) => ({
        ...s,
        rows: async function* () {
          yield sheets[i]!.rows;
        },
      }));
      await writeXlsx(inMemory, createWriteStream(out), { timeZone: TZ });
      ms = performance.now() - started;
      rows = sheets.reduce((n, s) => n + s.rows.length, 0);
      await database.close();
      console.log(
        JSON.stringify({ ms, rows, maxRssKb: process.resourceUsage().maxRSS, rssBeforeKb: rssBefore, bytes: statSync(out).size }),
      );
      return;
    }
    // "styled": the same bare writer, plus what the issue requires of every sheet that needs
    // exceljs' styles (dates shown dd/mm/yyyy, set on the column as its docs suggest; a bold header).
    const styled = mode === "styled";
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: styled });
    for (const [i, s] of sheets.entries()) {
      const ws = wb.addWorksheet(s.name);
      if (styled) {
        data.sheets[i]!.columns.forEach((c, k) => {
          if (c.type === "date" || c.type === "datetime") ws.getColumn(k + 1).numFmt = "dd/mm/yyyy";
        });
      }
      const header = ws.addRow(s.headers);
      if (styled) header.font = { bold: true };
      header.commit();
      for (const r of s.rows) ws.addRow(r).commit();
      ws.commit();
      rows += s.rows.length;
    }
    await wb.commit();
    ms = performance.now() - started;
  }
  await database.close();
  console.log(JSON.stringify({ ms, rows, maxRssKb: process.resourceUsage().maxRSS, rssBeforeKb: rssBefore, bytes: statSync(out).size }));
}

async function main(): Promise<void> {
  const [registrationCount = 100_000, unitCount = 3_000] = rest.map(Number);
  const work = mkdtempSync(path.join(tmpdir(), "thidua-bench-export-"));
  const base = process.env.DATABASE_URL;
  let target: Target = { dataDir: work };
  let admin: postgres.Sql | null = null;
  const dbName = `thidua_bench_export_${process.pid}`;
  if (base) {
    admin = postgres(base, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${dbName}`);
    const u = new URL(base);
    u.pathname = `/${dbName}`;
    target = { databaseUrl: u.toString(), dataDir: work };
  }
  try {
    const seeding = performance.now();
    const { openDatabase } = await import("../src/db/client.js");
    const { runMigrations } = await import("../src/db/migrate.js");
    const database = await openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir, maxConnections: 2 });
    await runMigrations(database, target.databaseUrl);
    const { provinceId, campaignId } = await seedProvince(database.db, registrationCount, unitCount);
    await database.close();
    console.log(
      `engine: ${base ? "PostgreSQL server" : "embedded PGlite"}; seeded ${registrationCount} registrations in ${unitCount} units in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );

    const args = (m: string, file: string) => [m, JSON.stringify(target), String(provinceId), String(campaignId), path.join(work, file)];
    const baseline = child(args("baseline", "baseline.xlsx"));
    const styled = child(args("styled", "styled.xlsx"));
    const writer = child(args("writer", "writer.xlsx"));
    const read = child(args("read", "unused"));
    const ours = child(args("export", "export.xlsx"));
    const line = (name: string, r: Record<string, number>, what: string) =>
      `${name.padEnd(9)} ${(r.ms! / 1000).toFixed(2).padStart(6)} s   peak RSS ${mb(r.maxRssKb!).padStart(4)} MB (${mb(r.rssBeforeKb!)} MB at start)   ${what}`;
    console.log(line("baseline", baseline, `bare exceljs writer, rows already in memory · ${(baseline.bytes! / 1e6).toFixed(1)} MB file`));
    console.log(line("styled", styled, "the bare writer with the styles the issue requires (dates dd/mm/yyyy, bold header)"));
    console.log(line("writer", writer, "our writer alone, on the same rows in memory"));
    console.log(line("read", read, `our database reading alone (${read.rows} rows), no writing`));
    console.log(line("export", ours, `the export end to end · ${(ours.bytes! / 1e6).toFixed(1)} MB file`));
    console.log(
      `time: export / baseline = ${(ours.ms! / baseline.ms!).toFixed(2)}× (target ≤ 1.30×); ` +
        `styled / baseline = ${(styled.ms! / baseline.ms!).toFixed(2)}×; writer / baseline = ${(writer.ms! / baseline.ms!).toFixed(2)}×; export / (read + baseline) = ${(ours.ms! / (read.ms! + baseline.ms!)).toFixed(2)}×`,
    );
    console.log(
      `memory: export peak RSS ${mb(ours.maxRssKb!)} MB (target < 256 MB), of which ${mb(ours.maxRssKb! - ours.rssBeforeKb!)} MB above the process at start`,
    );
    if (!base) console.log("(embedded: the database engine runs inside each process, so its memory counts in every figure above)");
  } finally {
    if (admin) {
      await admin.unsafe(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
    rmSync(work, { recursive: true, force: true });
  }
}

if (mode === "main") await main();
else await runChild();
