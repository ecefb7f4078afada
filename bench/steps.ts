/**
 * bench:steps — N simulated teachers go through the staff registration flow via the Telegram
 * adapter (bot.handleUpdate) with the Bot API intercepted in-process, against the configured
 * database (DATABASE_URL, else a fresh embedded one in a temporary folder). Prints steps/s and
 * p50/p99 latency of one step (one update, from arrival to the last reply handed to the API).
 *
 *   npm run bench:steps -- [users=200] [rounds=5] [concurrency=8] [instances]
 *
 * `instances` bot processes share the users and the load, each with its own pool (10
 * connections), as instances behind a webhook do, each chat always on the same one (as with long
 * polling, or sticky routing); the default is one per core on a server, and one on the embedded
 * database (a single process). `concurrency` updates are in flight in all: on 2 cores more than
 * about 8 only queue, and by Little's law add latency (in flight ÷ steps/s) without adding steps/s.
 */
import { fork } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { openDatabase } from "../src/db/client.js";
import { runMigrations } from "../src/db/migrate.js";
import { channelIdentities, consents, people, registrations, roles } from "../src/db/schema.js";
import { createTranslator } from "../src/i18n.js";
import { loadDemo } from "../src/services/demo.js";
import { CONSENT_NOTICE_VERSION } from "../src/features/onboarding/service.js";
import { createDriver, TZ, type RunFigures } from "./steps-driver.js";

const databaseUrl = process.env.DATABASE_URL;
const [users = 200, rounds = 5, concurrency = 8, instances = databaseUrl ? availableParallelism() : 1] = process.argv.slice(2).map(Number);
if (!databaseUrl && instances > 1) {
  console.error("several instances need DATABASE_URL (a PostgreSQL server): processes cannot share the embedded database.");
  process.exit(2);
}
const tempDir = databaseUrl ? null : mkdtempSync(path.join(tmpdir(), "thidua-bench-"));
const database = await openDatabase({ databaseUrl, dataDir: tempDir ?? "unused" });
await runMigrations(database, databaseUrl);
const translator = createTranslator("vi");
const { db } = database;

const demo = await loadDemo(db, new Date(), TZ, (key, vars) => translator.t("vi", key, vars));
const staff = await db
  .select({ id: people.id })
  .from(people)
  .innerJoin(roles, eq(roles.personId, people.id))
  .where(and(eq(people.provinceId, demo.provinceId), eq(roles.role, "staff")))
  .limit(users);
if (staff.length < users) console.warn(`only ${staff.length} staff in the demo province; using them all`);
const BASE_ID = 8_000_000;
await db.delete(registrations).where(
  inArray(
    registrations.personId,
    staff.map((s) => s.id),
  ),
);
for (const [i, s] of staff.entries()) {
  await db
    .insert(channelIdentities)
    .values({ provinceId: demo.provinceId, personId: s.id, channel: "telegram", externalId: String(BASE_ID + i) })
    .onConflictDoNothing();
  await db.insert(consents).values({ provinceId: demo.provinceId, personId: s.id, noticeVersion: CONSENT_NOTICE_VERSION, accepted: true });
}
const ids = staff.map((_, i) => BASE_ID + i);
// Update ids are remembered for redelivery checks: a rerun, or another instance, must not reuse them.
const firstUpdateId = Date.now() * 100;
const UPDATE_IDS_PER_INSTANCE = 1_000_000_000;

/** Busy CPU of the whole machine (every process, PostgreSQL included), in ms. */
function machineBusyMs(): number | null {
  try {
    const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
    // user nice system idle iowait irq softirq steal, in USER_HZ (100 per second on Linux)
    const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
    return (user! + nice! + system! + irq! + softirq! + steal!) * 10;
  } catch {
    return null;
  }
}

/** The users of one instance: every instance-th, so each gets its share. */
const share = (k: number) => ids.filter((_, i) => i % instances === k);
const perInstance = (k: number) => Math.floor(concurrency / instances) + (k < concurrency % instances ? 1 : 0);

let runs: RunFigures[];
let seconds: number;
const machineBefore = { ms: 0 as number | null };
if (instances === 1) {
  const driver = createDriver(database, firstUpdateId);
  await driver.warmUp(ids.slice(0, 3));
  machineBefore.ms = machineBusyMs();
  const figures = await driver.run(ids, rounds, concurrency);
  runs = [figures];
  seconds = figures.seconds;
} else {
  const children = Array.from({ length: instances }, (_, k) => {
    const child = fork(path.join(import.meta.dirname, "steps-instance.ts"), { execArgv: ["--import", "tsx"], env: process.env });
    child.send({ ids: share(k), rounds, concurrency: perInstance(k), firstUpdateId: firstUpdateId + (k + 1) * UPDATE_IDS_PER_INSTANCE });
    return child;
  });
  const next = (child: (typeof children)[number]) =>
    new Promise<any>((resolve, reject) => {
      child.once("message", resolve);
      child.once("exit", (code) => reject(new Error(`a bench instance exited with ${code}`)));
    });
  await Promise.all(children.map(next));
  machineBefore.ms = machineBusyMs();
  const started = performance.now();
  const done = children.map(next);
  for (const child of children) child.send("go");
  runs = (await Promise.all(done)).map((m) => m.figures as RunFigures);
  seconds = (performance.now() - started) / 1000;
}
const machineAfter = machineBusyMs();

const stored = await db.$count(
  registrations,
  inArray(
    registrations.personId,
    staff.map((s) => s.id),
  ),
);
const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
const botMs = runs.reduce((sum, r) => sum + r.cpuMs, 0);
const botKernelMs = runs.reduce((sum, r) => sum + r.kernelMs, 0);
const writes = runs.reduce((sum, r) => sum + r.socketWrites, 0);
const perStep = (ms: number) => (ms / latencies.length).toFixed(2);
const machineMs = machineBefore.ms !== null && machineAfter !== null ? machineAfter - machineBefore.ms : null;

console.log(
  `engine: ${database.kind}${databaseUrl ? "" : " (PGlite)"}; users: ${ids.length}; rounds: ${rounds}; in flight: ${concurrency}; bot instances: ${instances}`,
);
console.log(`steps: ${latencies.length} in ${seconds.toFixed(2)} s → ${(latencies.length / seconds).toFixed(0)} steps/s`);
console.log(`latency per step: p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`);
console.log(
  `CPU per step: bot ${perStep(botMs)} ms (${perStep(botKernelMs)} of it in the kernel)` +
    (machineMs !== null
      ? `, everything else (PostgreSQL…) ${perStep(Math.max(0, machineMs - botMs))} ms, machine ${((machineMs / 1000 / seconds) * 100).toFixed(0)}% of ${availableParallelism()} cores`
      : ""),
);
if (databaseUrl) console.log(`database round trips (socket writes) per step: ${(writes / latencies.length).toFixed(2)}`);
console.log(`registrations stored: ${stored}/${ids.length}`);

await database.close();
if (tempDir) rmSync(tempDir, { recursive: true, force: true });
