import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite } from "../../src/db/client.js";
import { databaseReady } from "../../src/db/ready.js";
import { signFileToken, verifyFileToken } from "../../src/files/links.js";
import { createLogger } from "../../src/logger.js";
import { createHttpApp } from "../../src/server/http.js";
import { buildEngine } from "../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";
import { startFakeZalo, type FakeZalo } from "../support/fake-zalo.js";
import { interceptedBot, updates } from "../support/telegram.js";
import { LINK_SECRET, zaloServer } from "../support/zalo-world.js";

let t: TestDatabase;
let fake: FakeZalo;
const now = new Date("2026-11-22T03:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeZalo();
});
afterAll(async () => {
  await fake.close();
  await t.destroy();
});

describe("health", () => {
  it("/healthz is alive; /readyz checks the database has every migration", async () => {
    const { http } = zaloServer(
      fake,
      buildEngine(t, () => now),
      () => databaseReady(t.db),
    );
    expect((await http.app.request("/healthz")).status).toBe(200);
    expect(await (await http.app.request("/readyz")).json()).toEqual({ ok: true });

    // An empty database answers but is not migrated: not ready.
    const empty = openPglite(await PGlite.create());
    try {
      expect(await databaseReady(empty.db)).toBe(false);
    } finally {
      await empty.close();
    }
    const notReady = zaloServer(
      fake,
      buildEngine(t, () => now),
      async () => false,
    );
    expect((await notReady.http.app.request("/readyz")).status).toBe(503);
  });

  it("stops taking webhooks once draining for shutdown", async () => {
    const { http, deliver } = zaloServer(
      fake,
      buildEngine(t, () => now),
    );
    await http.drain();
    expect(await deliver({ ok: true })).toBe(503);
    expect((await http.app.request("/readyz")).status).toBe(503);
  });
});

describe("signed file links", () => {
  it("a valid link downloads; an expired or tampered one gets 403", async () => {
    const { http, store } = zaloServer(
      fake,
      buildEngine(t, () => now),
    );
    const file = await store.put(new TextEncoder().encode("STT,Họ và tên\n1,Nguyễn Văn An\n"), "Tong hop.csv", "text/csv; charset=utf-8");
    const valid = signFileToken(file.key, new Date(Date.now() + 60_000), LINK_SECRET);
    const ok = await http.app.request(`/files/${valid}`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("Nguyễn Văn An");
    expect(ok.headers.get("content-type")).toBe("text/csv; charset=utf-8");

    const expired = signFileToken(file.key, new Date(Date.now() - 1000), LINK_SECRET);
    const refused = await http.app.request(`/files/${expired}`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe("Liên kết không hợp lệ hoặc đã hết hạn. / This link is invalid or has expired.");

    const [key, exp, mac] = valid.split(".");
    const longer = `${key}.${Number(exp) + 86_400}.${mac}`;
    const otherKey = `${"A".repeat(key!.length)}.${exp}.${mac}`;
    const otherMac = `${key}.${exp}.${mac!.slice(0, -2)}${mac!.endsWith("AA") ? "BB" : "AA"}`;
    const forged = signFileToken(file.key, new Date(Date.now() + 60_000), "another-secret-of-enough-length");
    for (const bad of [longer, otherKey, otherMac, forged, "nonsense", `${key}..`]) {
      expect((await http.app.request(`/files/${bad}`)).status, bad).toBe(403);
    }
    expect(verifyFileToken(valid, new Date(), LINK_SECRET)).toBe(file.key);
  });

  it("a well-signed link to a file that is gone gets 404", async () => {
    const { http } = zaloServer(
      fake,
      buildEngine(t, () => now),
    );
    const token = signFileToken("Z".repeat(24), new Date(Date.now() + 60_000), LINK_SECRET);
    expect((await http.app.request(`/files/${token}`)).status).toBe(404);
  });
});

describe("Telegram webhook", () => {
  it("answers updates that carry the secret and refuses the others", async () => {
    const { bot, calls } = interceptedBot({ engine: buildEngine(t, () => now) });
    const http = createHttpApp({
      logger: createLogger("silent"),
      ready: async () => true,
      telegram: { bot, secret: "tg-secret-12345678" },
    });
    const post = (secret: string | null) =>
      http.app.request("/telegram/webhook", {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
        body: JSON.stringify(updates.text(990001, "/help")),
      });
    expect((await post(null)).status).toBe(401);
    expect((await post("wrong-secret-1234")).status).toBe(401);
    expect(calls).toHaveLength(0);
    expect((await post("tg-secret-12345678")).status).toBe(200);
    expect(calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
  });

  it("a slow update is answered after a while and goes on; a shutdown waits for it", async () => {
    const engine = buildEngine(t, () => now);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // An update that takes long, like a province's Word zip: the engine waits for the gate.
    const slowEngine = { handle: async (e: Parameters<typeof engine.handle>[0]) => (await gate, engine.handle(e)) };
    const { bot, calls } = interceptedBot({ engine: slowEngine });
    const http = createHttpApp({
      logger: createLogger("silent"),
      ready: async () => true,
      telegram: { bot, secret: "tg-secret-12345678", answerWithinMs: 50 },
    });
    const res = await http.app.request("/telegram/webhook", {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "tg-secret-12345678" },
      body: JSON.stringify(updates.text(990002, "/help")),
    });
    // Telegram has its answer, so it will not resend the update; nothing was replied yet.
    expect(res.status).toBe(200);
    expect(calls.filter((c) => c.method === "sendMessage")).toHaveLength(0);

    const drained = http.drain();
    let done = false;
    void drained.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(done).toBe(false); // the shutdown waits for the update still running
    release();
    await drained;
    expect(calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
  });

  it("a body that is not an update is acknowledged and ignored", async () => {
    const { bot, calls } = interceptedBot({ engine: buildEngine(t, () => now) });
    const http = createHttpApp({
      logger: createLogger("silent"),
      ready: async () => true,
      telegram: { bot, secret: "tg-secret-12345678" },
    });
    const res = await http.app.request("/telegram/webhook", {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "tg-secret-12345678" },
      body: "not json",
    });
    expect(res.status).toBe(200);
    expect(calls).toHaveLength(0);
  });
});
