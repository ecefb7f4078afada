/**
 * bench:reminders — N reminders (default 20,000) through a local fake Bot API that allows 30
 * messages per second and answers 429 with retry_after beyond that. Three dispatcher processes
 * compete for the sender lock; the one sending is killed (SIGKILL) half-way and a standby takes
 * over. Prints throughput, duplicates and lost messages. Needs a PostgreSQL server (DATABASE_URL):
 * separate processes cannot share the embedded database.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/thidua_bench npm run bench:reminders -- [N]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { openDatabase } from "../src/db/client.js";
import { runMigrations } from "../src/db/migrate.js";
import { channelIdentities, outbox, people, provinces } from "../src/db/schema.js";

const N = Number(process.argv[2] ?? 20_000);
const LIMIT_PER_SECOND = 30;
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("bench:reminders needs DATABASE_URL (a PostgreSQL server): three processes cannot share the embedded database.");
  process.exit(2);
}

// ---- the fake Bot API: 30 messages in any one second, 429 beyond ----
const accepted: number[] = [];
const received = new Map<string, number>();
let refused = 0;
const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString() || "{}") as { chat_id?: string | number };
  const now = Date.now();
  while (accepted.length > 0 && accepted[0]! <= now - 1000) accepted.shift();
  res.setHeader("content-type", "application/json");
  if (accepted.length >= LIMIT_PER_SECOND) {
    refused++;
    res.statusCode = 429;
    res.end(
      JSON.stringify({ ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } }),
    );
    return;
  }
  accepted.push(now);
  const chat = String(body.chat_id);
  received.set(chat, (received.get(chat) ?? 0) + 1);
  res.end(
    JSON.stringify({ ok: true, result: { message_id: now, date: Math.floor(now / 1000), chat: { id: Number(chat), type: "private" } } }),
  );
});
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// ---- N recipients and N queued reminders ----
const database = await openDatabase({ databaseUrl, dataDir: "unused", maxConnections: 4 });
await runMigrations(database, databaseUrl);
const { db } = database;
const [province] = await db
  .insert(provinces)
  .values({ code: `BENCH${Date.now()}`, name: "Bench" })
  .returning();
const base = 900_000_000 + (Date.now() % 1_000_000) * 100;
const ids: number[] = [];
for (let i = 0; i < N; i += 1000) {
  const rows = await db
    .insert(people)
    .values(Array.from({ length: Math.min(1000, N - i) }, (_, k) => ({ provinceId: province!.id, fullName: `Người nhận ${i + k}` })))
    .returning({ id: people.id });
  ids.push(...rows.map((r) => r.id));
}
for (let i = 0; i < N; i += 1000) {
  const slice = ids.slice(i, i + 1000);
  await db
    .insert(channelIdentities)
    .values(
      slice.map((personId, k) => ({ provinceId: province!.id, personId, channel: "telegram" as const, externalId: String(base + i + k) })),
    );
  await db.insert(outbox).values(
    slice.map((personId) => ({
      provinceId: province!.id,
      personId,
      kind: "notification",
      dedupeKey: `bench:${province!.id}:${personId}`,
      message: { key: "notify-unreachable", vars: { name: "bench" } },
    })),
  );
}
console.log(`queued ${N} reminders for ${N} recipients; fake Bot API allows ${LIMIT_PER_SECOND} msg/s`);

// ---- three dispatcher processes; kill the sender half-way ----
const workers: ChildProcess[] = [];
let leaderPid: number | null = null;
const start = () => {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/reminders-worker.ts", apiRoot], {
    env: process.env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout!.on("data", (d: Buffer) => {
    const m = /leader (\d+)/.exec(d.toString());
    if (m) leaderPid = Number(m[1]);
  });
  workers.push(child);
};
for (let i = 0; i < 3; i++) start();

const started = Date.now();
let killed = false;
const delivered = () => received.size;
for (;;) {
  await new Promise((r) => setTimeout(r, 500));
  if (!killed && delivered() >= N / 2 && leaderPid) {
    process.kill(leaderPid, "SIGKILL");
    killed = true;
    console.log(
      `killed the sending dispatcher (pid ${leaderPid}) after ${delivered()} messages, at ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const [{ left }] = (await db.execute(
    sql`select count(*)::int as left from outbox where province_id = ${province!.id} and status in ('queued', 'sending')`,
  )) as unknown as [{ left: number }];
  if (left === 0 || Date.now() - started > 30 * 60_000) break;
}
const seconds = (Date.now() - started) / 1000;
for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGTERM");

const sentRows = await db.$count(outbox, sql`${outbox.provinceId} = ${province!.id} and ${outbox.status} = 'sent'`);
const duplicates = [...received.values()].reduce((a, n) => a + (n - 1), 0);
const lost = N - delivered();
console.log(`delivered: ${delivered()} distinct recipients in ${seconds.toFixed(1)} s → ${(delivered() / seconds).toFixed(1)} msg/s`);
console.log(`duplicates: ${duplicates}; lost: ${lost}; rows marked sent: ${sentRows}; 429 answers: ${refused}`);

// Leave the database as it was.
await db.delete(outbox).where(eq(outbox.provinceId, province!.id));
await db.delete(channelIdentities).where(eq(channelIdentities.provinceId, province!.id));
await db.delete(people).where(eq(people.provinceId, province!.id));
await db.delete(provinces).where(eq(provinces.id, province!.id));
await database.close();
server.close();
server.closeAllConnections();
