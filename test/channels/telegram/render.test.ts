import { Api } from "grammy";
import { describe, expect, it } from "vitest";
import { menuCommands } from "../../../src/channels/telegram/commands.js";
import { toInboundEvent } from "../../../src/channels/telegram/inbound.js";
import { createTelegramSender } from "../../../src/channels/telegram/sender.js";
import { DeliveryError } from "../../../src/core/channel-port.js";
import { translator } from "../../support/chat.js";
import { interceptedBot, updates } from "../../support/telegram.js";

const idle = { handle: async () => ({ replies: [], locale: "vi" as const, notified: false, duplicate: false }) };

describe("rendering engine replies for Telegram", () => {
  it("splits text over 4096 characters on line breaks, keeps buttons under the last part", async () => {
    const { bot, calls } = interceptedBot({ engine: idle });
    const line = "Nguyễn Văn An – Giáo viên – Lao động tiên tiến\n";
    const long = line.repeat(200).trim();
    const sender = createTelegramSender({ token: "x", api: bot.api });
    await sender.send("77", [
      {
        type: "choices",
        text: long,
        options: [
          { label: "Tiếp", token: "3:0" },
          { label: "Quay lại", token: "3:1" },
        ],
      },
    ]);
    const sent = calls.filter((c) => c.method === "sendMessage");
    expect(sent.length).toBe(3);
    for (const c of sent) expect(c.payload.text.length).toBeLessThanOrEqual(4096);
    expect(sent.map((c) => c.payload.text).join("\n")).toBe(long);
    expect(sent[0]!.payload.reply_markup).toBeUndefined();
    expect(sent[2]!.payload.reply_markup.inline_keyboard).toEqual([
      [
        { text: "Tiếp", callback_data: "3:0" },
        { text: "Quay lại", callback_data: "3:1" },
      ],
    ]);
  });

  it("gives long labels a row each, so nothing is cut on a phone", async () => {
    const { bot, calls } = interceptedBot({ engine: idle });
    await createTelegramSender({ token: "x", api: bot.api }).send("77", [
      {
        type: "choices",
        text: "Chọn danh hiệu",
        options: [
          { label: "Chiến sĩ thi đua cơ sở", token: "1:0" },
          { label: "Lao động tiên tiến", token: "1:1" },
          { label: "Có", token: "1:2" },
          { label: "Không", token: "1:3" },
        ],
      },
    ]);
    const rows = calls[0]!.payload.reply_markup.inline_keyboard as Array<Array<{ text: string }>>;
    expect(rows.map((r) => r.map((b) => b.text))).toEqual([["Chiến sĩ thi đua cơ sở"], ["Lao động tiên tiến"], ["Có", "Không"]]);
  });

  it("edits a progress message it sent, and takes documents up to the Bot API's 50 MB", async () => {
    const { bot, calls } = interceptedBot({ engine: idle });
    const sender = createTelegramSender({ token: "x", api: bot.api });
    const id = await sender.sendEditable!("77", "Đang tạo văn bản: 0/3000…");
    await sender.editText!("77", id, "Đang tạo văn bản: 1500/3000…");
    expect(calls.map((c) => c.method)).toEqual(["sendMessage", "editMessageText"]);
    expect(calls[1]!.payload).toMatchObject({ chat_id: "77", message_id: Number(id), text: "Đang tạo văn bản: 1500/3000…" });
    expect(sender.maxDocumentBytes).toBe(50 * 1024 * 1024);
  });

  it("sends documents as files and links as text with the address", async () => {
    const { bot, calls } = interceptedBot({ engine: idle });
    await createTelegramSender({ token: "x", api: bot.api }).send("77", [
      {
        type: "document",
        fileName: "THPT Số 1-DKTD NH 2026-2027.docx",
        mime: "application/octet-stream",
        content: new Uint8Array([1, 2, 3]),
        caption: "Bản đăng ký",
      },
      { type: "link", text: "Tải tệp", url: "https://bot.example/files/abc" },
    ]);
    expect(calls.map((c) => c.method)).toEqual(["sendDocument", "sendMessage"]);
    expect(calls[0]!.payload.caption).toBe("Bản đăng ký");
    expect(calls[1]!.payload.text).toBe("Tải tệp\nhttps://bot.example/files/abc");
  });

  it("maps a blocked chat, flood control and server errors to what the dispatcher acts on", async () => {
    const answers: Record<string, any> = {
      "1": { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
      "2": { ok: false, error_code: 429, description: "Too Many Requests: retry after 7", parameters: { retry_after: 7 } },
      "3": { ok: false, error_code: 502, description: "Bad Gateway" },
      "4": { ok: false, error_code: 400, description: "Bad Request: chat not found" },
      "5": { ok: false, error_code: 400, description: "Bad Request: message text is empty" },
    };
    // The sender must not retry by itself: a plain client, as main.ts gives it.
    const raw = new Api("1:x", { apiRoot: "http://127.0.0.1:9" });
    raw.config.use(async (_p, _m, payload) => answers[String((payload as any).chat_id)]);
    const sender = createTelegramSender({ token: "x", api: raw });
    const failure = async (id: string) =>
      sender.send(id, [{ type: "text", text: "Nhắc hạn" }]).then(
        () => null,
        (e) => e as DeliveryError,
      );
    expect(await failure("1")).toMatchObject({ kind: "blocked" });
    expect(await failure("2")).toMatchObject({ kind: "rate_limited", retryAfterSeconds: 7 });
    expect(await failure("3")).toMatchObject({ kind: "transient" });
    expect(await failure("4")).toMatchObject({ kind: "blocked" });
    expect(await failure("5")).toMatchObject({ kind: "fatal" });
  });
});

describe("inbound updates", () => {
  it("turns deep links, buttons, photos and documents into engine events", () => {
    expect(toInboundEvent(updates.text(9, "/start K7M2QX9PAB"))!.payload).toEqual({ kind: "command", name: "start", args: "K7M2QX9PAB" });
    expect(toInboundEvent(updates.text(9, "/dangky@thidua_test_bot"))!.payload).toEqual({ kind: "command", name: "dangky", args: "" });
    expect(toInboundEvent(updates.press(9, "4:1"))).toMatchObject({
      user: { channel: "telegram", externalId: "9" },
      payload: { kind: "choice", token: "4:1" },
    });
    expect(toInboundEvent(updates.photo(9))!.payload).toEqual({
      kind: "file",
      file: { kind: "photo", fileId: "big", mime: "image/jpeg", size: 200_000 },
    });
    expect(toInboundEvent(updates.sticker(9))!.payload).toEqual({ kind: "unsupported" });
  });
});

describe("command menu", () => {
  it("lists Vietnamese command words with Vietnamese descriptions, English ones for English clients", () => {
    expect(menuCommands(["help", "register", "cancel"], "vi", translator)).toEqual([
      { command: "trogiup", description: "Hướng dẫn và các lệnh" },
      { command: "dangky", description: "Đăng ký thi đua" },
      { command: "huy", description: "Hủy thao tác đang làm" },
    ]);
    expect(menuCommands(["start", "register"], "en", translator)).toEqual([{ command: "register", description: "Register for emulation" }]);
  });
});

describe("evidence files from Telegram", () => {
  it("downloads a file by id through getFile and the file URL", async () => {
    const { startFakeTelegram } = await import("../../support/fake-telegram.js");
    const { createTelegramFileFetcher } = await import("../../../src/channels/telegram/files.js");
    const fake = await startFakeTelegram();
    try {
      const bytes = await createTelegramFileFetcher("123:abc", fake.apiRoot).fetch("BQACAg");
      expect(Buffer.from(bytes).toString()).toBe("file:documents/BQACAg.pdf");
      expect(fake.calls.find((c) => c.method === "getFile")!.body).toEqual({ file_id: "BQACAg" });
    } finally {
      await fake.close();
    }
  });
});
