import { Writable } from "node:stream";
import { eq } from "drizzle-orm";
import { GrammyError, HttpError } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createZaloAdapter } from "../../../src/channels/zalo/adapter.js";
import { ZaloApiError } from "../../../src/channels/zalo/client.js";
import { people } from "../../../src/db/schema.js";
import { createLogger } from "../../../src/logger.js";
import { buildEngine, demoWorld, link, translator, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { interceptedBot, TelegramUser, TEST_TOKEN, updates } from "../../support/telegram.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");
const PHONE = "0987000111";
const TYPED = "Tôi là Nguyễn Thị Vy, số 0987 000 111, nhà ở 12 Lê Lợi";

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  await t.db.update(people).set({ phone: PHONE }).where(eq(people.id, world.staff[0]!.personId));
  await link(t, world.staff[0]!.personId, "4401");
});
afterAll(() => t.destroy());

function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger("debug", sink) };
}

/** Nothing personal and no secret in any line: token, name, phone in any form, the typed text. */
function expectClean(lines: string[], name: string) {
  const text = lines.join("");
  expect(lines.length).toBeGreaterThan(0);
  for (const bad of [TEST_TOKEN, TEST_TOKEN.split(":")[1]!, name, PHONE, "987000111", "987 000 111", "Lê Lợi", "Nguyễn Thị Vy"])
    expect(text).not.toContain(bad);
}

/** An error as grammY and drivers make them: the request payload, the context with the API token, a cause quoting the URL. */
function loadedError(update: unknown) {
  return Object.assign(new Error("update handling failed"), {
    payload: { chat_id: 4401, text: TYPED },
    ctx: { api: { token: TEST_TOKEN }, update },
    detail: `Key (phone)=(${PHONE}) already exists.`,
    cause: new Error(`request to https://api.telegram.org/bot${TEST_TOKEN}/sendMessage failed, reason: ECONNRESET`),
  });
}

describe("logs hold no token, name, phone or message text (issue #16, medium 3)", () => {
  it("a Telegram reply refused with 403 logs the failure without its payload", async () => {
    const { lines, logger } = capture();
    // The reply refused is the one holding her name (/toi sends her titles by year before it).
    const { bot, calls } = interceptedBot({ engine: buildEngine(t, () => now), logger }, (call) =>
      call.method === "sendMessage" && String(call.payload.text).includes(world.staff[0]!.name)
        ? { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" }
        : undefined,
    );
    await new TelegramUser(bot, calls, 4401).say("/toi");
    // The reply that failed held her name and phone.
    expect(calls.some((c) => c.method === "sendMessage" && String(c.payload.text).includes(world.staff[0]!.name))).toBe(true);
    expect(lines.join("")).toContain("telegram reply not delivered");
    expect(lines.join("")).toContain("403");
    expectClean(lines, world.staff[0]!.name);
  });

  it("a Telegram update that fails logs what failed, not the context, update or payload", async () => {
    const { lines, logger } = capture();
    let seen: unknown;
    const engine = {
      handle: async (event: unknown) => {
        seen = event;
        throw loadedError(seen);
      },
    };
    const { bot, calls } = interceptedBot({ engine, logger }, (call) =>
      call.method === "sendMessage" ? { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" } : undefined,
    );
    await new TelegramUser(bot, calls, 4401).send(updates.text(4401, TYPED));
    expect(lines.join("")).toContain("telegram update failed");
    expect(lines.join("")).toContain("ECONNRESET");
    expectClean(lines, world.staff[0]!.name);
  });

  it("grammY's own errors (GrammyError with payload, HttpError with the URL) and Zalo client errors are logged clean", async () => {
    const { lines, logger } = capture();
    const grammy = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 400, description: "Bad Request: chat not found" },
      "sendMessage",
      { chat_id: 1, text: TYPED },
    );
    const http = new HttpError(
      "Network request for 'sendMessage' failed!",
      new Error(`fetch https://api.telegram.org/bot${TEST_TOKEN}/sendMessage ECONNREFUSED`),
    );
    logger.warn({ err: grammy }, "one");
    logger.warn({ err: http }, "two");

    const zaloSent: string[] = [];
    const failing = {
      sendMessage: async (_chat: string, text: string) => {
        zaloSent.push(text);
        // Refused when it carries her name (her titles by year go first and pass).
        if (!text.includes(world.staff[0]!.name)) return;
        throw Object.assign(new ZaloApiError("sendMessage", 403, "user blocked"), { body: { chat_id: "z1", text } });
      },
    };
    const adapter = createZaloAdapter({
      client: failing as never,
      engine: buildEngine(t, () => now),
      translator,
      logger,
      files: {} as never,
      links: {} as never,
      defaultLocale: "vi",
    });
    await link(t, world.staff[0]!.personId, "z4401", "zalo");
    await adapter.handle({
      event_name: "message.text.received",
      message: { from: { id: "z4401" }, chat: { id: "z4401" }, message_id: "m1", text: "/toi" },
    });
    expect(zaloSent.join("")).toContain(world.staff[0]!.name);
    const refusing = {
      sendMessage: async (_chat: string, text: string) => {
        throw Object.assign(new ZaloApiError("sendMessage", 403, "user blocked"), { body: { chat_id: "z2", text } });
      },
    };
    await createZaloAdapter({
      client: refusing as never,
      engine: {
        handle: async () => {
          throw loadedError(null);
        },
      },
      translator,
      logger,
      files: {} as never,
      links: {} as never,
      defaultLocale: "vi",
    }).handle({
      event_name: "message.text.received",
      message: { from: { id: "z4402" }, chat: { id: "z4402" }, message_id: "m2", text: TYPED },
    });
    const text = lines.join("");
    expect(text).toContain("Bad Request: chat not found");
    expect(text).toContain("zalo reply not delivered");
    expect(text).toContain("zalo update failed");
    expectClean(lines, world.staff[0]!.name);
  });
});
