import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { until } from "../support/app-process.js";
import { demoWorld, link, translator } from "../support/chat.js";
import { createTestDatabase, engine, type TestDatabase } from "../support/db.js";
import { startFakeTelegram, type FakeCall, type FakeTelegram } from "../support/fake-telegram.js";

/**
 * Faults injected into the running bot (`npm start`, webhook mode, on a real PostgreSQL server):
 * kill -9 at each point of a step, every database connection dropped, a lock held past the
 * webhook's answer time. For each: nothing answered is lost, no reply is lost, at most one
 * duplicate, no false error. The embedded database belongs to one process and cannot be shared
 * with a killer or a lock holder, so this file runs on PostgreSQL only; the in-process checks of
 * the same guarantees (both engines) are in test/flows/reliability.test.ts.
 */
const pgOnly = describe.skipIf(engine() !== "postgres");

const TOKEN = "123456:fault-injection-token-for-tests";
const SECRET = "fault-webhook-secret-1234";
const CHAT = 880_001;
const failed = translator.t("vi", "update-failed");
const table: Array<{ fault: string; survived: boolean }> = [];

let t: TestDatabase;
let fake: FakeTelegram;
let dataDir: string;
let port: number;
let child: ChildProcess | null = null;
let exited: Promise<number | null> = Promise.resolve(null);
let stderr = "";
/** sendMessage calls the fake refused because the bot was killed while making them. */
const lost = new Set<FakeCall>();
let onSend: ((call: FakeCall) => "kill-before" | "kill-after" | undefined) | null = null;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port: p } = s.address() as { port: number };
      s.close(() => resolve(p));
    });
  });

/** A fresh client per call: the test's own connections are dropped along with the bot's. */
async function q<R = Record<string, unknown>>(text: string): Promise<R[]> {
  const c = postgres(t.url!, { max: 1, onnotice: () => {} });
  try {
    return (await c.unsafe(text)) as unknown as R[];
  } finally {
    await c.end({ timeout: 1 });
  }
}

async function start() {
  stderr = "";
  const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: t.url!,
      DATA_DIR: dataDir,
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      WEBHOOK_URL: "https://bot.example.vn",
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      LOG_LEVEL: "warn",
      RECOVERY_AFTER_SECONDS: "2",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  proc.stderr!.on("data", (d) => (stderr += d));
  exited = new Promise((resolve) => proc.on("exit", (code, signal) => resolve(code ?? (signal ? -1 : null))));
  child = proc;
  await until(async () => (await readyz().catch(() => null))?.status === 200, "the bot to be ready", 60_000);
}

/** A second instance on the same database (another port), as behind a load balancer. */
async function startTwin(twinPort: number) {
  const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: t.url!,
      DATA_DIR: dataDir,
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      WEBHOOK_URL: "https://bot.example.vn",
      WEBHOOK_SECRET: SECRET,
      PORT: String(twinPort),
      LOG_LEVEL: "warn",
      RECOVERY_AFTER_SECONDS: "2",
    },
    stdio: ["ignore", "ignore", "ignore"],
  });
  const gone = new Promise((resolve) => proc.on("exit", resolve));
  await until(
    async () => (await fetch(`http://127.0.0.1:${twinPort}/readyz`).catch(() => null))?.status === 200,
    "the second instance to be ready",
    60_000,
  );
  return {
    async stop() {
      proc.kill("SIGTERM");
      await gone;
    },
  };
}

async function kill() {
  child?.kill("SIGKILL");
  await exited;
  child = null;
}

const readyz = async () => {
  const res = await fetch(`http://127.0.0.1:${port}/readyz`);
  return {
    status: res.status,
    body: (await res.json()) as { ok: boolean; sender?: boolean; database?: { lastLossAt: string | null; recoveredAt: string | null } },
  };
};

let updateId = 990_000;
/** Telegram delivering one text message to the webhook; resolves with the HTTP status (or 0: no answer). */
function deliver(text: string, id = ++updateId, to = port): { id: number; answered: Promise<number> } {
  const update = {
    update_id: id,
    message: {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: CHAT, type: "private", first_name: "GV" },
      from: { id: CHAT, is_bot: false, first_name: "GV", language_code: "vi" },
      text,
    },
  };
  const answered = fetch(`http://127.0.0.1:${to}/telegram/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    body: JSON.stringify(update),
  }).then(
    (r) => r.status,
    () => 0,
  );
  return { id, answered };
}

/** What the person saw: texts that reached the chat (not those the fake refused as the bot died). */
const seen = () =>
  fake
    .sent()
    .filter((c) => Number(c.body.chat_id) === CHAT && !lost.has(c))
    .map((c) => String(c.body.text));
const countOf = (texts: string[], fragment: string) => texts.filter((x) => x.includes(fragment)).length;

/** Conversation of the chat as stored. */
const conversation = async () =>
  (
    await q<{ flow: string | null; step: string | null; revision: number }>(
      `select flow, step, revision from conversations where channel = 'telegram' and external_id = '${CHAT}'`,
    )
  )[0];

pgOnly("fault injection on the running bot (PostgreSQL)", () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    const world = await demoWorld(t, new Date());
    await link(t, world.staff[0]!.personId, String(CHAT));
    await t.close();
    fake = await startFakeTelegram((call) => {
      if (call.method !== "sendMessage" || Number(call.body.chat_id) !== CHAT || !onSend) return undefined;
      const what = onSend(call);
      if (what === "kill-before") {
        // The bot dies while this reply is on its way: the person never gets it.
        onSend = null;
        lost.add(call);
        child?.kill("SIGKILL");
        return { status: 502, body: { ok: false, error_code: 502, description: "Bad Gateway" } };
      }
      if (what === "kill-after") {
        // Delivered, and the bot dies before it can note that.
        onSend = null;
        setImmediate(() => child?.kill("SIGKILL"));
      }
      return undefined;
    });
    dataDir = mkdtempSync(path.join(tmpdir(), "thidua-faults-"));
    port = await freePort();
    await start();
  }, 120_000);

  afterAll(async () => {
    if (child) {
      child.kill("SIGTERM");
      await exited;
    }
    await fake?.close();
    await t?.destroy().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
    const survived = table.filter((r) => r.survived).length;
    console.log(
      `\nfaults injected: ${table.length}, survived: ${survived}\n${table.map((r) => `  ${r.survived ? "survived" : "FAILED  "}  ${r.fault}`).join("\n")}`,
    );
  });

  it("kill -9 before the step commits (held on a lock): the redelivered update is answered once", async () => {
    let ok = false;
    try {
      // A lock holder keeps the step waiting inside its transaction.
      const holder = postgres(t.url!, { max: 1, onnotice: () => {} });
      const released = holder.begin(async (tx) => {
        await tx.unsafe(
          `insert into conversations (channel, external_id, locale) values ('telegram', '${CHAT}', 'vi') on conflict do nothing`,
        );
        await tx.unsafe(`select 1 from conversations where channel = 'telegram' and external_id = '${CHAT}' for update`);
        const first = deliver("/dangky");
        await until(
          async () =>
            (await q(`select 1 from pg_locks l join pg_stat_activity a using (pid) where not l.granted and a.datname = current_database()`))
              .length > 0,
          "the step to wait on the lock",
        );
        await kill();
        expect(await first.answered).toBe(0);
        return first.id;
      });
      const id = await released;
      await holder.end();
      expect(seen()).toEqual([]);
      await start();
      // Telegram sends the unanswered update again.
      expect(await deliver("/dangky", id).answered).toBe(200);
      await until(() => seen().length > 0, "the reply");
      expect(countOf(seen(), "Họ và tên")).toBe(1);
      expect(seen()).not.toContain(failed);
      ok = true;
    } finally {
      table.push({ fault: "kill -9 before commit (step waiting on a lock)", survived: ok });
    }
  }, 180_000);

  it("kill -9 after the commit, before the reply left: the reply is sent after the restart, once", async () => {
    let ok = false;
    try {
      const before = seen().length;
      const revision = (await conversation())!.revision;
      onSend = () => "kill-before";
      const step = deliver("Đúng");
      expect(await step.answered).toBe(0);
      await exited;
      expect((await conversation())!.revision).toBe(revision + 1);
      expect(seen().length).toBe(before);
      await start();
      expect(await deliver("Đúng", step.id).answered).toBe(200);
      await until(() => seen().length > before, "the stored reply", 30_000);
      await new Promise((r) => setTimeout(r, 3000)); // a sweep or two: nothing more may come
      const after = seen().slice(before);
      expect(countOf(after, "Bạn đăng ký danh hiệu thi đua nào")).toBe(1);
      expect(after).not.toContain(failed);
      expect((await conversation())!.revision).toBe(revision + 1);
      ok = true;
    } finally {
      table.push({ fault: "kill -9 after commit, before the send", survived: ok });
    }
  }, 180_000);

  it("kill -9 during the send, after the reply was delivered: at most one duplicate", async () => {
    let ok = false;
    try {
      const before = seen().length;
      onSend = () => "kill-after";
      const step = deliver("/huy");
      await step.answered;
      await exited;
      expect(seen().length).toBe(before + 1);
      await start();
      await deliver("/huy", step.id).answered;
      await new Promise((r) => setTimeout(r, 4000));
      const after = seen().slice(before);
      expect(after.length).toBeGreaterThanOrEqual(1);
      expect(after.length).toBeLessThanOrEqual(2);
      expect(new Set(after).size).toBe(1);
      ok = true;
    } finally {
      table.push({ fault: "kill -9 during the send (delivered, not yet noted)", survived: ok });
    }
  }, 180_000);

  it("every database connection dropped: the bot lives on, /readyz reports it, the sender lock is retaken, the next update is answered", async () => {
    let ok = false;
    try {
      await until(async () => (await readyz()).body.sender === true, "this instance to be the sender", 20_000);
      await q(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
      const droppedAt = Date.now();
      // Retaken within 10 s: by this instance (the only one), on a new connection.
      await until(
        async () => (await q(`select 1 from pg_locks where locktype = 'advisory' and objid = 71402026 and granted`)).length > 0,
        "the sender lock to be retaken",
        10_000,
      );
      expect(Date.now() - droppedAt).toBeLessThan(10_000);
      expect(child!.exitCode).toBeNull();
      const ready = await readyz();
      expect(ready.status).toBe(200);
      expect(ready.body.database?.lastLossAt).not.toBeNull();
      expect(ready.body.database?.recoveredAt).not.toBeNull();
      const before = seen().length;
      expect(await deliver("xin chào").answered).toBe(200);
      await until(() => seen().length > before, "the answer after the drop");
      expect(seen().slice(before)).not.toContain(failed);
      expect(stderr).not.toContain("Cannot read properties of null");
      ok = true;
    } finally {
      table.push({ fault: "all database connections terminated", survived: ok });
    }
  }, 120_000);

  it("a lock held past the webhook's answer time: answered once when it is released, no false error", async () => {
    let ok = false;
    try {
      const before = seen().length;
      const holder = postgres(t.url!, { max: 1, onnotice: () => {} });
      await holder.begin(async (tx) => {
        await tx.unsafe(`select 1 from conversations where channel = 'telegram' and external_id = '${CHAT}' for update`);
        const step = deliver("/dangky");
        // Telegram's webhook call is answered after 8 s even though the step still waits.
        expect(await step.answered).toBe(200);
      });
      await holder.end();
      await until(() => seen().length > before, "the answer once the lock is gone");
      await new Promise((r) => setTimeout(r, 1500));
      const after = seen().slice(before);
      expect(countOf(after, "Họ và tên")).toBe(1);
      expect(after).not.toContain(failed);
      ok = true;
    } finally {
      table.push({ fault: "conversation lock held past the webhook answer time", survived: ok });
    }
  }, 120_000);

  it("every update sent to two instances at once: each step runs once and is answered once, no error", async () => {
    let ok = false;
    const twinPort = await freePort();
    const twin = await startTwin(twinPort);
    try {
      await deliver("/huy").answered;
      const before = seen().length;
      // Cancel, start the registration, confirm: each delivered to both instances together.
      const script: Array<[string, string]> = [
        ["/dangky", "Họ và tên"],
        ["Đúng", "Bạn đăng ký danh hiệu thi đua nào"],
        ["/huy", translator.t("vi", "flow-cancelled")],
      ];
      for (const [text, expected] of script) {
        const id = ++updateId;
        const statuses = await Promise.all([deliver(text, id).answered, deliver(text, id, twinPort).answered]);
        expect(statuses).toEqual([200, 200]);
        await until(() => countOf(seen().slice(before), expected) >= 1, `the answer to ${text}`);
      }
      await new Promise((r) => setTimeout(r, 3000)); // the stored replies' lease runs out: nothing more comes
      const after = seen().slice(before);
      for (const [, expected] of script) expect(countOf(after, expected)).toBe(1);
      expect(after).not.toContain(failed);
      ok = true;
    } finally {
      await twin.stop();
      table.push({ fault: "each update sent to two instances", survived: ok });
    }
  }, 180_000);
});
