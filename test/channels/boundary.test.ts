import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsole } from "../../src/channels/console/console.js";
import { createZaloAdapter } from "../../src/channels/zalo/adapter.js";
import type { ZaloClient } from "../../src/channels/zalo/client.js";
import { createEngine } from "../../src/flows/engine/engine.js";
import { createMemoryStore } from "../../src/flows/engine/memory-store.js";
import type { StepActor } from "../../src/flows/engine/store.js";
import { defineFlow } from "../../src/flows/engine/types.js";
import { createLogger } from "../../src/logger.js";
import { translator } from "../support/chat.js";
import { interceptedBot, updates } from "../support/telegram.js";

// One error boundary for every channel: a flow that throws gets the same friendly sentence, in the
// person's own language (here English, although the client says Vietnamese), and the log names the
// update, never what the person wrote.
const SECRET_TEXT = "Nguyễn Thị Bí Mật 0912345678";
const english: StepActor = {
  personId: 1,
  provinceId: 1,
  unitId: null,
  unitName: null,
  fullName: "Nguyễn Văn A",
  position: "Giáo viên",
  roles: [{ role: "staff", unitId: null }],
  locale: "en",
};

function failingWorld() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger("debug", sink);
  const boom = defineFlow({
    name: "boom",
    allowed: () => true,
    start: async () => {
      throw new Error("the flow broke");
    },
    steps: {},
  });
  const engine = createEngine({
    store: createMemoryStore({ defaultLocale: "vi", actorOf: () => english }),
    flows: [boom],
    commandFlows: {},
    help: () => "help",
    idleText: () => ({ flow: "boom", data: {} }),
    translator,
    logger,
    timeZone: "Asia/Ho_Chi_Minh",
    defaultLocale: "vi",
  });
  return { engine, logger, log: () => lines.join("") };
}
const failed = translator.t("en", "update-failed");

describe("the error boundary, from each channel", () => {
  it("Telegram", async () => {
    const { engine, logger, log } = failingWorld();
    const { bot, calls } = interceptedBot({ engine, logger });
    await bot.handleUpdate(updates.text(7001, SECRET_TEXT, 99001));
    expect(calls.filter((c) => c.method === "sendMessage").map((c) => c.payload.text)).toEqual([failed]);
    expect(log()).toContain("telegram update failed");
    expect(log()).toContain('"updateId":"99001"');
    expect(log()).toMatch(/"chat":"[\w-]{12}"/);
    expect(log()).not.toContain("Bí Mật");
    expect(log()).not.toContain("7001");
  });

  it("Zalo", async () => {
    const { engine, logger, log } = failingWorld();
    const sent: string[] = [];
    const client = {
      sendMessage: async (_chat: string, text: string) => void sent.push(text),
      sendPhoto: async () => {},
    } as unknown as ZaloClient;
    const adapter = createZaloAdapter({ client, engine, translator, logger, files: {} as never, links: {} as never, defaultLocale: "vi" });
    await adapter.handle({
      event_name: "message.text.received",
      message: {
        message_id: "zm-1",
        date: 0,
        chat: { id: "zchat-9", chat_type: "PRIVATE" },
        from: { id: "zchat-9", display_name: "A", is_bot: false },
        text: SECRET_TEXT,
      },
    } as never);
    expect(sent).toEqual([failed]);
    expect(log()).toContain("zalo update failed");
    expect(log()).toContain('"updateId":"zm-1"');
    expect(log()).not.toContain("Bí Mật");
  });

  it("the console", async () => {
    const { engine, logger, log } = failingWorld();
    const input = new PassThrough();
    const output = new PassThrough();
    let out = "";
    output.on("data", (c) => (out += String(c)));
    const personas = {
      list: async () => [{ personId: 1, fullName: "Nguyễn Văn A", role: "staff" as const, unitName: null }],
      bind: async () => ({ channel: "console" as const, externalId: "person-1" }),
    };
    const done = runConsole({ engine, personas, translator, locale: "vi", input, output, provinceId: 1, filesDir: "/tmp", logger });
    input.end(`1\n${SECRET_TEXT}\n`);
    await done;
    expect(out).toContain(failed);
    expect(log()).toContain("console update failed");
    expect(log()).not.toContain("Bí Mật");
  });
});
