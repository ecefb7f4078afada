/**
 * bench:steps — N simulated teachers go through the staff registration flow via the Telegram
 * adapter (bot.handleUpdate) with the Bot API intercepted in-process, against the configured
 * database (DATABASE_URL, else a fresh embedded one in a temporary folder). Prints steps/s and
 * p50/p99 latency of one step (one update, from arrival to the last reply handed to the API).
 *
 *   npm run bench:steps -- [users=200] [rounds=5] [concurrency=16]
 *
 * 16 updates in flight keep the bot's pool (10 connections) busy; more only queue, and by
 * Little's law add latency (in flight ÷ steps/s) without adding steps/s.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import type { Update } from "grammy/types";
import { createBot } from "../src/channels/telegram/bot.js";
import { openDatabase } from "../src/db/client.js";
import { runMigrations } from "../src/db/migrate.js";
import { channelIdentities, consents, people, registrations, roles } from "../src/db/schema.js";
import { createEngine } from "../src/flows/engine/engine.js";
import { flowDeps } from "../src/flows/index.js";
import { createTranslator } from "../src/i18n.js";
import { createLogger } from "../src/logger.js";
import { loadDemo } from "../src/services/demo.js";
import { CONSENT_NOTICE_VERSION } from "../src/services/onboarding.js";

const [users = 200, rounds = 5, concurrency = 16] = process.argv.slice(2).map(Number);
const TZ = "Asia/Ho_Chi_Minh";
const databaseUrl = process.env.DATABASE_URL;
const tempDir = databaseUrl ? null : mkdtempSync(path.join(tmpdir(), "thidua-bench-"));
// The pool the bot runs with (its default), whatever the number of simulated users.
const database = await openDatabase({ databaseUrl, dataDir: tempDir ?? "unused" });
await runMigrations(database, databaseUrl);
const translator = createTranslator("vi");
const vi = (key: string) => translator.t("vi", key);
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
await db.delete(registrations).where(inArray(registrations.personId, staff.map((s) => s.id)));
for (const [i, s] of staff.entries()) {
  await db.insert(channelIdentities).values({ provinceId: demo.provinceId, personId: s.id, channel: "telegram", externalId: String(BASE_ID + i) }).onConflictDoNothing();
  await db.insert(consents).values({ provinceId: demo.provinceId, personId: s.id, noticeVersion: CONSENT_NOTICE_VERSION, accepted: true });
}

const engine = createEngine({ db, translator, logger: createLogger("silent"), timeZone: TZ, defaultLocale: "vi", ...flowDeps });
const bot = createBot({
  config: { BOT_TOKEN: "1:bench-token-not-a-real-one-xxxxxxxx", TELEGRAM_API_ROOT: "http://127.0.0.1:9", DEFAULT_LOCALE: "vi" },
  logger: createLogger("silent"),
  engine,
  translator,
  botInfo: { id: 1, is_bot: true, first_name: "bench", username: "bench_bot" } as never,
});
/** The keyboard each chat was shown last: what the simulated person presses next. */
const keyboards = new Map<string, Array<{ text: string; callback_data: string }>>();
let messageId = 0;
const lastText = new Map<string, string>();
bot.api.config.use(async (_prev, method, payload) => {
  const p = payload as Record<string, any>;
  if (method === "sendMessage") lastText.set(String(p.chat_id), p.text);
  if (method === "sendMessage" && p.reply_markup) keyboards.set(String(p.chat_id), p.reply_markup.inline_keyboard.flat());
  if (method === "sendMessage") return { ok: true, result: { message_id: ++messageId, date: 0, chat: { id: p.chat_id, type: "private" }, text: p.text } } as never;
  return { ok: true, result: true } as never;
});

// Update ids are remembered for redelivery checks: a rerun on the same database must not reuse them.
let updateId = Date.now() * 100;
const latencies: number[] = [];
const from = (id: number) => ({ id, is_bot: false, first_name: "GV", language_code: "vi" });

// Writes to sockets: the Bot API is intercepted, so these are the database's round trips (a
// pipelined statement rides along with the next one instead of adding a write).
let socketWrites = 0;
const socketWrite = Socket.prototype.write;
Socket.prototype.write = function (this: Socket, ...args: Parameters<Socket["write"]>) {
  socketWrites++;
  return socketWrite.apply(this, args);
} as Socket["write"];

async function step(update: Update) {
  const start = performance.now();
  await bot.handleUpdate(update);
  latencies.push(performance.now() - start);
}
const say = (id: number, text: string) => step({ update_id: ++updateId, message: { message_id: updateId, date: 0, chat: { id, type: "private", first_name: "GV" }, from: from(id), text } } as Update);
async function press(id: number, label: string) {
  const button = keyboards.get(String(id))?.find((b) => b.text === label || b.text.startsWith(`${label} `));
  if (!button) throw new Error(`user ${id}: no button "${label}" after: ${lastText.get(String(id))}`);
  await step({ update_id: ++updateId, callback_query: { id: String(++updateId), from: from(id), chat_instance: "c", data: button.callback_data, message: { message_id: 1, date: 0, chat: { id, type: "private", first_name: "GV" } } } } as Update);
}

/** One registration (or an edit of it): six updates, each one step of the flow. */
async function registerOnce(id: number, title: string) {
  await say(id, "/dangky");
  if (keyboards.get(String(id))?.some((b) => b.text === vi("register-edit"))) await press(id, vi("register-edit"));
  await press(id, vi("register-identity-ok"));
  await press(id, title);
  await press(id, vi("register-no-award"));
  await press(id, vi("common-no"));
  await press(id, vi("register-save"));
}

const ids = staff.map((_, i) => BASE_ID + i);
const LDTT = "Lao động tiên tiến";
// Warm-up: the first registration of every user (also sets up the "edit" path).
for (const id of ids.slice(0, 3)) await registerOnce(id, LDTT);
latencies.length = 0;

/** Busy CPU of the whole machine (this process, PostgreSQL, everything else), in ms. */
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

const started = performance.now();
const cpuBefore = process.cpuUsage();
const writesBefore = socketWrites;
const machineBefore = machineBusyMs();
let next = 0;
async function worker() {
  while (next < ids.length) {
    const id = ids[next++]!;
    for (let r = 0; r < rounds; r++) await registerOnce(id, LDTT);
  }
}
await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const writes = socketWrites - writesBefore;
const machineAfter = machineBusyMs();

const stored = await db.$count(registrations, inArray(registrations.personId, staff.map((s) => s.id)));
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
console.log(`engine: ${database.kind}${databaseUrl ? "" : " (PGlite)"}; users: ${ids.length}; rounds: ${rounds}; concurrency: ${concurrency}`);
console.log(`steps: ${latencies.length} in ${seconds.toFixed(2)} s → ${(latencies.length / seconds).toFixed(0)} steps/s`);
console.log(`latency per step: p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`);
const perStep = (ms: number) => (ms / latencies.length).toFixed(2);
const nodeMs = (cpu.user + cpu.system) / 1000;
const machineMs = machineBefore !== null && machineAfter !== null ? machineAfter - machineBefore : null;
console.log(`CPU per step: this process ${perStep(nodeMs)} ms` + (machineMs !== null ? `, everything else (PostgreSQL…) ${perStep(Math.max(0, machineMs - nodeMs))} ms` : ""));
if (databaseUrl) console.log(`database round trips (socket writes) per step: ${(writes / latencies.length).toFixed(2)}`);
console.log(`registrations stored: ${stored}/${ids.length}`);

await database.close();
if (tempDir) rmSync(tempDir, { recursive: true, force: true });
