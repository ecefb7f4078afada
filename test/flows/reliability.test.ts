import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInbox } from "../../src/delivery/inbox.js";
import { DeliveryError, type ChannelSender } from "../../src/core/channel-port.js";
import { createZaloAdapter } from "../../src/channels/zalo/adapter.js";
import { createZaloClient } from "../../src/channels/zalo/client.js";
import { parseZaloUpdate } from "../../src/channels/zalo/inbound.js";
import type { Db } from "../../src/db/client.js";
import { conversations, inboundUpdates, processedUpdates, stepReplies } from "../../src/db/schema.js";
import { createRecovery } from "../../src/delivery/recovery.js";
import { createEngine } from "../../src/flows/engine/engine.js";
import { decodeReplies, encodeReplies } from "../../src/flows/engine/replies.js";
import type { InboundEvent, Outbound } from "../../src/core/index.js";
import { createFileLinks } from "../../src/files/links.js";
import { createDiskFileStore } from "../../src/files/store.js";
import { flowDeps } from "../../src/flows/index.js";
import { createLogger } from "../../src/logger.js";
import { createHttpApp } from "../../src/server/http.js";
import { buildEngine, demoWorld, link, translator, TZ, type DemoWorld } from "../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";
import { startFakeZalo, zaloText, type FakeZalo } from "../support/fake-zalo.js";

let t: TestDatabase;
let world: DemoWorld;
let fake: FakeZalo;
const now = new Date("2026-11-22T03:00:00Z");
const logger = createLogger("silent");
let nextId = 7000;
let seq = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  fake = await startFakeZalo();
});
afterAll(async () => {
  await fake.close();
  await t.destroy();
});

const text = (r: Outbound) => ("text" in r ? r.text : "");
const event = (externalId: string, body: string, updateId = `rel-${++seq}`): InboundEvent => ({
  user: { channel: "telegram", externalId },
  updateId,
  payload: body.startsWith("/") ? { kind: "command", name: body.slice(1), args: "" } : { kind: "text", text: body },
});
async function teacherChat() {
  const externalId = String(++nextId);
  await link(t, world.staff[0]!.personId, externalId);
  return externalId;
}
const stored = async (updateId: string) => t.db.select().from(stepReplies).where(eq(stepReplies.updateId, updateId));

describe("replies are as durable as the step", () => {
  it("a reply lost to a crash after the commit is sent when the update comes again, and only then", async () => {
    const chat = await teacherChat();
    const first = await buildEngine(t, () => now).handle(event(chat, "/register", "crash-1"));
    expect(first.replies.length).toBeGreaterThan(0);
    const conv = async () =>
      (
        await t.db
          .select()
          .from(conversations)
          .where(and(eq(conversations.channel, "telegram"), eq(conversations.externalId, chat)))
      )[0]!;
    const after = await conv();
    // The process died here: committed, nothing sent. A restarted instance gets the update again.
    const restarted = buildEngine(t, () => now);
    const again = await restarted.handle(event(chat, "/register", "crash-1"));
    // The reply is still within the first instance's lease: the redelivery waits for it to run out.
    expect(again.replies).toEqual([]);
    await t.db.execute(sql`update step_replies set lease_until = now() - interval '1 second' where update_id = 'crash-1'`);
    const resent = await restarted.handle(event(chat, "/register", "crash-1"));
    expect(resent.duplicate).toBe(false);
    expect(resent.replies.map(text)).toEqual(first.replies.map(text));
    // The step ran once: the conversation moved one step, not two.
    expect(await conv()).toEqual(after);
    resent.delivered!();
    await restarted.flush();
    expect(await stored("crash-1")).toEqual([]);
    const fourth = await restarted.handle(event(chat, "/register", "crash-1"));
    expect(fourth).toMatchObject({ duplicate: true, replies: [] });
  });

  it("delivered replies are forgotten in the background and never sent twice", async () => {
    const chat = await teacherChat();
    const engine = buildEngine(t, () => now);
    const result = await engine.handle(event(chat, "xin chào", "kept-1"));
    expect(await stored("kept-1")).toHaveLength(1);
    result.delivered!();
    await engine.flush();
    expect(await stored("kept-1")).toEqual([]);
    await t.db.execute(sql`update step_replies set lease_until = now() - interval '1 second' where update_id = 'kept-1'`);
    expect(await engine.handle(event(chat, "xin chào", "kept-1"))).toMatchObject({ duplicate: true, replies: [] });
  });

  it("documents keep their bytes through the store", () => {
    const replies: Outbound[] = [
      { type: "text", text: "Tệp của bạn" },
      {
        type: "document",
        fileName: "Tổng hợp.xlsx",
        mime: "application/zip",
        content: new Uint8Array([0, 1, 2, 250]),
        caption: "Bảng tổng hợp",
      },
    ];
    expect(decodeReplies(JSON.parse(encodeReplies(replies)))).toEqual(replies);
  });

  it("the recovery sweep sends replies whose sender died, and gives up on a person who blocked the bot", async () => {
    const chat = await teacherChat();
    const blocked = await teacherChat();
    await buildEngine(t, () => now).handle(event(chat, "/register", "orphan-1"));
    await buildEngine(t, () => now).handle(event(blocked, "/register", "orphan-2"));
    const sent: Array<{ to: string; messages: Outbound[] }> = [];
    const telegram: ChannelSender = {
      channel: "telegram",
      maxTextLength: 4096,
      async send(to, messages) {
        if (to === blocked) throw new DeliveryError("blocked", "403");
        sent.push({ to, messages });
      },
    };
    const recovery = createRecovery({ db: t.db, senders: { telegram }, logger });
    // Within the lease: the instance that ran the step may still be sending.
    expect((await recovery.sweep()).replies).toBe(0);
    await t.db.execute(sql`update step_replies set lease_until = now() - interval '1 second' where update_id in ('orphan-1', 'orphan-2')`);
    expect((await recovery.sweep()).replies).toBe(1);
    expect(sent.map((s) => s.to)).toEqual([chat]);
    expect(sent[0]!.messages.map(text).join("\n")).toContain("Họ và tên");
    expect(await stored("orphan-1")).toEqual([]);
    expect(await stored("orphan-2")).toEqual([]);
    expect((await recovery.sweep()).replies).toBe(0);
  });
});

/** A database whose first `failures` transactions fail as PostgreSQL would under a race. */
function failingFirst(db: Db, failures: number, code: string): Db {
  let left = failures;
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "transaction") {
        return (fn: (tx: unknown) => Promise<unknown>) => {
          if (left-- > 0)
            return Promise.reject(
              Object.assign(new Error(code === "40P01" ? "deadlock detected" : "could not serialize access"), { code }),
            );
          return target.transaction(fn as never);
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

describe("races inside a step", () => {
  it("a deadlock or a serialization failure runs the step again instead of reaching the person", async () => {
    for (const code of ["40P01", "40001"]) {
      const chat = await teacherChat();
      const engine = createEngine({
        db: failingFirst(t.db, 2, code),
        translator,
        logger,
        timeZone: TZ,
        defaultLocale: "vi",
        now: () => now,
        sleep: async () => {},
        ...flowDeps,
      });
      const result = await engine.handle(event(chat, "/register"));
      expect(result.replies.map(text).join("\n")).toContain("Họ và tên");
    }
  });

  it("a failure that is not a race still fails the step at once", async () => {
    const chat = await teacherChat();
    let runs = 0;
    const broken = new Proxy(t.db, {
      get(target, prop) {
        if (prop === "transaction") return () => (runs++, Promise.reject(Object.assign(new Error("boom"), { code: "23502" })));
        return Reflect.get(target, prop, target);
      },
    });
    const engine = createEngine({
      db: broken,
      translator,
      logger,
      timeZone: TZ,
      defaultLocale: "vi",
      now: () => now,
      sleep: async () => {},
      ...flowDeps,
    });
    await expect(engine.handle(event(chat, "/register"))).rejects.toThrow("boom");
    expect(runs).toBe(1);
  });

  it("the same updates sent to two instances at once: each answered once, none fails", async () => {
    const chat = await teacherChat();
    const a = buildEngine(t, () => now);
    const b = buildEngine(t, () => now);
    const script = ["/register", "Đúng", "/cancel", "/register", "/cancel", "xin chào"];
    const results: Array<{ replies: Outbound[]; duplicate: boolean }> = [];
    for (const [i, line] of script.entries()) {
      const e = event(chat, line, `twin-${i}`);
      results.push(...(await Promise.all([a.handle(e), b.handle(e)])));
    }
    // One of each pair ran the step; the other saw the update claimed, with its replies held by the first.
    for (let i = 0; i < results.length; i += 2) {
      const answered = [results[i]!, results[i + 1]!].filter((r) => r.replies.length > 0);
      expect(answered).toHaveLength(1);
    }
    const ids = await t.db
      .select()
      .from(processedUpdates)
      .where(sql`${processedUpdates.updateId} like 'twin-%'`);
    expect(ids).toHaveLength(script.length);
  });
});

describe("Zalo updates are kept before they are acknowledged", () => {
  function zaloSetup() {
    const store = createDiskFileStore(mkdtempSync(path.join(tmpdir(), "thidua-rel-")));
    const links = createFileLinks("https://bot.example.vn", "file-link-secret-for-tests-only");
    const client = createZaloClient({ token: "1234:zalo-token-test", apiRoot: fake.apiRoot, logger, sleep: async () => {} });
    const inbox = createInbox(t.db);
    const engine = buildEngine(t, () => now);
    const adapter = createZaloAdapter({ client, engine, translator, logger, files: store, links, defaultLocale: "vi", inbox });
    return {
      adapter,
      inbox,
      engine,
      http: createHttpApp({ logger, ready: async () => true, zalo: { adapter, secret: "s3cret-zalo-webhook" } }),
    };
  }
  const post = (http: ReturnType<typeof createHttpApp>, body: unknown) =>
    http.app.request("/zalo/webhook", {
      method: "POST",
      headers: { "content-type": "application/json", "x-bot-api-secret-token": "s3cret-zalo-webhook" },
      body: JSON.stringify(body),
    });

  it("a webhook update whose process died before its step is handled by the next process, and answered", async () => {
    const userId = `zrel${++seq}`;
    const body = zaloText(userId, "/start", "zmsg-crash-1");
    // The first process stored the update and answered 200, then died before the step committed.
    await createInbox(t.db).keep("zalo", "zmsg-crash-1", parseZaloUpdate(body));
    await t.db.execute(sql`update inbound_updates set lease_until = now() - interval '1 second' where update_id = 'zmsg-crash-1'`);
    // The next process starts: its recovery sweep hands the kept update to the Zalo adapter.
    const { adapter, inbox, engine } = zaloSetup();
    const recovery = createRecovery({ db: t.db, senders: {}, inbox, inbound: { zalo: (b) => adapter.handle(b as never) }, logger });
    expect((await recovery.sweep()).updates).toBe(1);
    expect(fake.textsTo(userId)).toEqual([translator.t("vi", "onboarding-no-code")]);
    expect(await t.db.select().from(inboundUpdates).where(eq(inboundUpdates.updateId, "zmsg-crash-1"))).toEqual([]);
    await engine.flush();
    expect(await t.db.select().from(stepReplies).where(eq(stepReplies.updateId, "zmsg-crash-1"))).toEqual([]);
    // Zalo's own retry of the same message changes nothing.
    expect((await post(zaloSetup().http, body)).status).toBe(200);
    expect(fake.textsTo(userId)).toHaveLength(1);
  });

  it("the webhook answers 200 only once the update is stored; 503 when it cannot be", async () => {
    const userId = `zrel${++seq}`;
    const { http } = zaloSetup();
    expect((await post(http, zaloText(userId, "/start", "zmsg-ok-1"))).status).toBe(200);
    await http.idle();
    expect(fake.textsTo(userId)).toHaveLength(1);
    const store = createDiskFileStore(mkdtempSync(path.join(tmpdir(), "thidua-rel-")));
    const client = createZaloClient({ token: "1234:zalo-token-test", apiRoot: fake.apiRoot, logger, sleep: async () => {} });
    const down = { keep: async () => Promise.reject(new Error("database unreachable")), done: async () => {}, due: async () => [] };
    const adapter = createZaloAdapter({
      client,
      engine: buildEngine(t, () => now),
      translator,
      logger,
      files: store,
      links: createFileLinks("https://x.vn", "k".repeat(32)),
      defaultLocale: "vi",
      inbox: down,
    });
    const broken = createHttpApp({ logger, ready: async () => true, zalo: { adapter, secret: "s3cret-zalo-webhook" } });
    expect((await post(broken, zaloText(userId, "xin chào", "zmsg-down-1"))).status).toBe(503);
  });
});
