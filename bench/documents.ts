/**
 * bench:documents — the Văn phòng's Word zip of a whole province: every unit's registration
 * document in one archive, as the /xuat job builds it.
 *
 * Seeds a province (3,000 units, 100,000 registrations by default) in a fresh database (embedded in
 * a temporary folder, or, with DATABASE_URL, a new database on that server, dropped afterwards),
 * then runs the build in a child process so its peak RSS is its own, and prints exactly one line
 *   documents: <units> units in <seconds> s; peak RSS <MB> MB
 * followed by the time of one unit's document, for comparison, and the floor: the docx library's
 * own CPU per document × units ÷ cores. BENCH_SERIAL=1 builds the zip the
 * way it was built before background jobs (one thread), for a before/after on the same machine.
 *
 *   npm run bench:documents -- [units=3000] [registrations=100000]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { seedProvince } from "./province-seed.js";

const TZ = "Asia/Ho_Chi_Minh";
/** Units whose documents are built one after another to measure the docx library's own CPU. */
const FLOOR_SAMPLE = 40;
const script = fileURLToPath(import.meta.url);
const argv = process.argv.slice(2);
// Children are started with a mode word first; the command line of a person starts with numbers.
const [mode, ...rest] = /^[a-z]/.test(argv[0] ?? "") ? argv : ["main", ...argv];

interface Target {
  databaseUrl?: string;
  dataDir: string;
}

function child(args: string[]): Record<string, number> {
  const r = spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8", env: process.env, maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`child ${args[0]} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!);
}

async function runChild(): Promise<void> {
  const [target, provinceId, campaignId, out] = rest as [string, string, string, string];
  const t = JSON.parse(target) as Target;
  const { openDatabase } = await import("../src/db/client.js");
  const { loadCampaign } = await import("../src/features/progress/service.js");
  const database = await openDatabase({ databaseUrl: t.databaseUrl, dataDir: t.dataDir, maxConnections: 4 });
  const campaign = await loadCampaign(database.db, Number(provinceId), Number(campaignId));
  const scope = { provinceId: Number(provinceId), unitIds: null };
  const opts = { now: new Date(), timeZone: TZ };
  let ms: number;
  let units = 0;
  let bytes = 0;
  let docxCpuMs = 0;
  if (mode === "one") {
    // One unit's document, warmed up once: what a single /xuat <mã đơn vị> costs.
    const { campaignUnits } = await import("../src/features/progress/service.js");
    const { unitDocuments } = await import("../src/features/export/data.js");
    const { unitDocx } = await import("../src/exports/docx.js");
    const begun = (await campaignUnits(database.db, campaign.id, scope)).filter((u) => u.state !== "not_started");
    // Two units for the single document, then a sample spread over the whole list (units differ in size).
    const step = Math.max(1, Math.floor(begun.length / FLOOR_SAMPLE));
    const list = [...begun.slice(0, 2), ...begun.filter((_, i) => i >= 2 && i % step === 0).slice(0, FLOOR_SAMPLE)];
    const entries = [];
    for await (const e of unitDocuments(database.db, campaign, list, opts)) entries.push(e);
    await unitDocx(entries[0]!.doc);
    const started = performance.now();
    bytes = (await unitDocx(entries[1]!.doc)).length;
    ms = performance.now() - started;
    units = 1;
    // The floor: the docx library's CPU per document (object tree, XML, its own deflate), over a
    // sample of units, warmed up; × units ÷ cores is what no scheduling can beat.
    const before = process.cpuUsage();
    for (const e of entries.slice(2)) await unitDocx(e.doc);
    const cpu = process.cpuUsage(before);
    docxCpuMs = (cpu.user + cpu.system) / 1000 / Math.max(1, entries.length - 2);
  } else {
    const started = performance.now();
    let result: { units: number } | null;
    if (process.env.BENCH_SERIAL) {
      // The path before background jobs: one thread, inside the chat step.
      const { exportFile } = await import("../src/features/export/service.js");
      const { writeFile } = await import("node:fs/promises");
      const file = await exportFile(database.db, campaign, scope, "docx", opts);
      if (file) await writeFile(out, file.content);
      result = file ? { units: file.units } : null;
    } else {
      // BENCH_DIST=1: the compiled build (npm run build), as production runs it: workers without tsx.
      const module = process.env.BENCH_DIST ? "../dist/features/jobs/documents.js" : "../src/features/jobs/documents.js";
      const { writeProvinceDocuments } = (await import(module)) as typeof import("../src/features/jobs/documents.js");
      result = await writeProvinceDocuments(database.db, campaign, scope, opts, out);
    }
    ms = performance.now() - started;
    units = result?.units ?? 0;
    bytes = statSync(out).size;
  }
  await database.close();
  const usage = process.resourceUsage();
  // CPU time of every thread: on a busy machine it says what the work costs better than the wall clock.
  console.log(
    JSON.stringify({ ms, units, bytes, docxCpuMs, maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }),
  );
}

async function main(): Promise<void> {
  const [unitCount = 3_000, registrationCount = 100_000] = rest.map(Number);
  const work = mkdtempSync(path.join(tmpdir(), "thidua-bench-documents-"));
  const base = process.env.DATABASE_URL;
  let target: Target = { dataDir: work };
  let admin: postgres.Sql | null = null;
  const dbName = `thidua_bench_documents_${process.pid}`;
  if (base) {
    admin = postgres(base, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${dbName}`);
    const u = new URL(base);
    u.pathname = `/${dbName}`;
    target = { databaseUrl: u.toString(), dataDir: work };
  }
  try {
    const { openDatabase } = await import("../src/db/client.js");
    const { runMigrations } = await import("../src/db/migrate.js");
    const database = await openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir, maxConnections: 2 });
    await runMigrations(database, target.databaseUrl);
    // Every unit has begun (half submitted, half in progress), so every unit gets a document.
    const { provinceId, campaignId } = await seedProvince(database.db, registrationCount, unitCount);
    await database.close();
    const args = (m: string) => [m, JSON.stringify(target), String(provinceId), String(campaignId), path.join(work, "documents.zip")];
    const zip = child(args("zip"));
    console.log(`documents: ${zip.units} units in ${(zip.ms! / 1000).toFixed(1)} s; peak RSS ${(zip.maxRssKb! / 1024).toFixed(0)} MB`);
    const one = child(args("one"));
    console.log(
      `one unit's document: ${one.ms!.toFixed(0)} ms (${(one.bytes! / 1024).toFixed(0)} KB); zip ${(zip.bytes! / 1e6).toFixed(1)} MB, CPU ${(zip.cpuMs! / 1000).toFixed(1)} s; ` +
        `engine ${base ? "PostgreSQL server" : "embedded PGlite"}; ${registrationCount} registrations`,
    );
    const cores = availableParallelism();
    console.log(
      `floor: the docx library alone ${one.docxCpuMs!.toFixed(1)} ms CPU per document (${FLOOR_SAMPLE} units) × ${zip.units} ÷ ${cores} cores = ` +
        `${((one.docxCpuMs! * zip.units!) / cores / 1000).toFixed(1)} s`,
    );
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
