import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createZaloClient, ZaloApiError } from "../../../src/channels/zalo/client.js";
import { parseZaloUpdate, toInboundEvent } from "../../../src/channels/zalo/inbound.js";
import { createZaloSender } from "../../../src/channels/zalo/sender.js";
import { createLogger } from "../../../src/logger.js";
import { startFakeZalo, zaloEvent, type FakeZalo } from "../../support/fake-zalo.js";

const TOKEN = "1234:zalo-secret-for-tests";
let fake: FakeZalo;
beforeAll(async () => {
  fake = await startFakeZalo();
});
afterAll(() => fake.close());

const client = (extra: Partial<Parameters<typeof createZaloClient>[0]> = {}) =>
  createZaloClient({ token: TOKEN, apiRoot: fake.apiRoot, logger: createLogger("silent"), sleep: async () => {}, ...extra });
const last = () => fake.calls[fake.calls.length - 1]!;

describe("Zalo Bot API client (contract)", () => {
  it("calls each method with POST, a JSON body, and the token in the path", async () => {
    const c = client();
    expect(await c.getMe()).toMatchObject({ id: "b0a1" });
    expect(last()).toMatchObject({ path: `/bot${TOKEN}/getMe`, httpMethod: "POST", contentType: "application/json", body: {} });

    await c.setWebhook("https://bot.example.vn/zalo/webhook", "s3cret-token");
    expect(last()).toMatchObject({
      path: `/bot${TOKEN}/setWebhook`,
      body: { url: "https://bot.example.vn/zalo/webhook", secret_token: "s3cret-token" },
    });
    await c.deleteWebhook();
    expect(last()).toMatchObject({ path: `/bot${TOKEN}/deleteWebhook`, body: {} });

    expect(await c.sendMessage("6ede9", "Xin chào cô Lan")).toEqual([expect.stringMatching(/^m\d+$/)]);
    expect(last()).toMatchObject({ path: `/bot${TOKEN}/sendMessage`, body: { chat_id: "6ede9", text: "Xin chào cô Lan" } });
    await c.sendPhoto("6ede9", "https://bot.example.vn/files/x", "Ảnh minh chứng");
    expect(last()).toMatchObject({
      path: `/bot${TOKEN}/sendPhoto`,
      body: { chat_id: "6ede9", photo: "https://bot.example.vn/files/x", caption: "Ảnh minh chứng" },
    });
    await c.sendChatAction("6ede9");
    expect(last()).toMatchObject({ path: `/bot${TOKEN}/sendChatAction`, body: { chat_id: "6ede9", action: "typing" } });
    await c.getUpdates(30).catch(() => null);
    expect(last()).toMatchObject({ path: `/bot${TOKEN}/getUpdates`, body: { timeout: "30" } });
  });

  it("splits text over 2000 characters on line breaks, then words, and loses nothing", async () => {
    const line = "Trường THPT Nguyễn Du: 3/25 giáo viên chưa đăng ký thi đua\n";
    const text = line.repeat(80).trim();
    const before = fake.calls.length;
    await client().sendMessage("6ede9", text);
    const parts = fake.calls.slice(before).map((c) => c.body.text as string);
    expect(parts.length).toBe(3);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(2000);
    expect(parts.every((p) => p.endsWith("thi đua"))).toBe(true);
    expect(parts.join("\n")).toBe(text);

    const words = "sáng kiến ".repeat(500).trim();
    const start = fake.calls.length;
    await client().sendMessage("6ede9", words);
    const wordParts = fake.calls.slice(start).map((c) => c.body.text as string);
    expect(wordParts.length).toBe(3);
    expect(wordParts.every((p) => p.length <= 2000 && !p.startsWith(" ") && p.endsWith("kiến"))).toBe(true);
  });

  it("turns ok:false into an error with Zalo's code and description", async () => {
    fake.setRule((c) =>
      c.method === "sendMessage" ? { body: { ok: false, error_code: 400, description: "Invalid chat_id" } } : undefined,
    );
    try {
      await expect(client().sendMessage("nobody", "x")).rejects.toMatchObject({
        name: "ZaloApiError",
        code: 400,
        description: "Invalid chat_id",
      });
    } finally {
      fake.setRule();
    }
  });

  it("backs off on 429 (Zalo gives no retry_after) and succeeds when the quota frees up", async () => {
    let refusals = 2;
    const waits: number[] = [];
    fake.setRule((c) =>
      c.method === "sendMessage" && refusals-- > 0
        ? { status: 429, body: { ok: false, error_code: 429, description: "Quota exceeded" } }
        : undefined,
    );
    try {
      await client({ sleep: async (ms) => void waits.push(ms) }).sendMessage("6ede9", "Nhắc hạn");
      expect(waits).toEqual([1000, 2000]);
    } finally {
      fake.setRule();
    }
  });

  it("stops on 401 with a clear log line and does not call again", async () => {
    const lines: string[] = [];
    const logger = createLogger("info", { write: (l: string) => void lines.push(l) });
    fake.setRule(() => ({ status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } }));
    const c = client({ logger });
    try {
      await expect(c.getMe()).rejects.toBeInstanceOf(ZaloApiError);
      const before = fake.calls.length;
      await expect(c.sendMessage("6ede9", "x")).rejects.toMatchObject({ code: 401 });
      expect(fake.calls.length).toBe(before);
      expect(lines.join("")).toContain("check ZALO_BOT_TOKEN");
      expect(lines.join("")).not.toContain(TOKEN);
    } finally {
      fake.setRule();
    }
  });

  it("the notification sender reports 429 as rate limited and an unknown chat as unreachable", async () => {
    const render = async (m: Array<{ type: string; text?: string }>) => m.map((x) => x.text ?? "");
    const sender = createZaloSender(client({ maxRetries: 0 }), render as never);
    fake.setRule((c) =>
      c.body.chat_id === "busy"
        ? { status: 429, body: { ok: false, error_code: 429, description: "Quota exceeded" } }
        : c.body.chat_id === "gone"
          ? { body: { ok: false, error_code: 404, description: "User not found" } }
          : undefined,
    );
    try {
      await expect(sender.send("busy", [{ type: "text", text: "a" }])).rejects.toMatchObject({ kind: "rate_limited" });
      await expect(sender.send("gone", [{ type: "text", text: "a" }])).rejects.toMatchObject({ kind: "blocked" });
      await expect(sender.send("ok", [{ type: "text", text: "a" }])).resolves.toBeUndefined();
    } finally {
      fake.setRule();
    }
  });
});

describe("Zalo events", () => {
  it("maps every event_name to what the engine understands", () => {
    const kind = (name: string, extra = {}) => toInboundEvent(parseZaloUpdate(zaloEvent("u1", name, extra, "mid-1"))!)!.payload;
    expect(kind("message.text.received", { text: "/dangky" })).toEqual({ kind: "command", name: "dangky", args: "" });
    expect(kind("message.text.received", { text: "K7M2QX9PAB" })).toEqual({ kind: "text", text: "K7M2QX9PAB" });
    expect(kind("message.image.received", { photo: "https://zalo/p.jpg", caption: "minh chứng" })).toMatchObject({
      kind: "file",
      file: { kind: "photo" },
    });
    expect(kind("message.sticker.received", { sticker: "s" })).toEqual({ kind: "unsupported" });
    expect(kind("message.voice.received")).toEqual({ kind: "unsupported" });
    expect(kind("message.unsupported.received")).toEqual({ kind: "unsupported" });
    const event = toInboundEvent(parseZaloUpdate(zaloEvent("u1", "message.text.received", { text: "1" }, "mid-2"))!)!;
    expect(event).toMatchObject({ user: { channel: "zalo", externalId: "u1" }, updateId: "mid-2" });
  });

  it("ignores group chats and bodies that are not Zalo events", () => {
    const group = zaloEvent("u1", "message.text.received", { text: "hi" });
    (group.result.message as any).chat.chat_type = "GROUP";
    expect(toInboundEvent(parseZaloUpdate(group)!)).toBeNull();
    expect(parseZaloUpdate({ hello: "world" })).toBeNull();
  });
});
