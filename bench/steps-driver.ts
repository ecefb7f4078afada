/**
 * The simulated teachers of bench:steps on one bot instance: a bot built by createBot with the Bot
 * API intercepted in-process, driven through bot.handleUpdate as Telegram would (a command, then
 * button presses), one update at a time per person.
 */
import { Socket } from "node:net";
import type { Update } from "grammy/types";
import { createBot } from "../src/channels/telegram/bot.js";
import type { Database } from "../src/db/client.js";
import { createEngine } from "../src/flows/engine/engine.js";
import { flowDeps } from "../src/flows/index.js";
import { createTranslator } from "../src/i18n.js";
import { createLogger } from "../src/logger.js";

export const TZ = "Asia/Ho_Chi_Minh";
const LDTT = "Lao động tiên tiến";

// Writes to sockets: the Bot API is intercepted, so these are the database's round trips (a
// pipelined statement rides along with the next one instead of adding a write).
let socketWrites = 0;
const socketWrite = Socket.prototype.write;
Socket.prototype.write = function (this: Socket, ...args: Parameters<Socket["write"]>) {
  socketWrites++;
  return socketWrite.apply(this, args);
} as Socket["write"];

export interface RunFigures {
  latencies: number[];
  seconds: number;
  /** CPU of this process, of which `kernelMs` in system calls (socket writes and reads, mostly). */
  cpuMs: number;
  kernelMs: number;
  socketWrites: number;
}

/** `firstUpdateId`: update ids are remembered for redelivery checks, so no two runs may share one. */
export function createDriver(database: Database, firstUpdateId: number) {
  const translator = createTranslator("vi");
  const vi = (key: string) => translator.t("vi", key);
  const engine = createEngine({
    db: database.db,
    translator,
    logger: createLogger("silent"),
    timeZone: TZ,
    defaultLocale: "vi",
    ...flowDeps,
  });
  const bot = createBot({
    config: { BOT_TOKEN: "1:bench-token-not-a-real-one-xxxxxxxx", TELEGRAM_API_ROOT: "http://127.0.0.1:9", DEFAULT_LOCALE: "vi" },
    logger: createLogger("silent"),
    engine,
    translator,
    botInfo: { id: 1, is_bot: true, first_name: "bench", username: "bench_bot" } as never,
  });
  /** The keyboard each chat was shown last: what the simulated person presses next. */
  const keyboards = new Map<string, Array<{ text: string; callback_data: string }>>();
  const lastText = new Map<string, string>();
  let messageId = 0;
  bot.api.config.use(async (_prev, method, payload) => {
    const p = payload as Record<string, any>;
    if (method !== "sendMessage") return { ok: true, result: true } as never;
    lastText.set(String(p.chat_id), p.text);
    if (p.reply_markup) keyboards.set(String(p.chat_id), p.reply_markup.inline_keyboard.flat());
    return { ok: true, result: { message_id: ++messageId, date: 0, chat: { id: p.chat_id, type: "private" }, text: p.text } } as never;
  });

  let updateId = firstUpdateId;
  const latencies: number[] = [];
  const from = (id: number) => ({ id, is_bot: false, first_name: "GV", language_code: "vi" });
  async function step(update: Update) {
    const start = performance.now();
    await bot.handleUpdate(update);
    latencies.push(performance.now() - start);
  }
  const say = (id: number, text: string) =>
    step({
      update_id: ++updateId,
      message: { message_id: updateId, date: 0, chat: { id, type: "private", first_name: "GV" }, from: from(id), text },
    } as Update);
  async function press(id: number, label: string) {
    const button = keyboards.get(String(id))?.find((b) => b.text === label || b.text.startsWith(`${label} `));
    if (!button) throw new Error(`user ${id}: no button "${label}" after: ${lastText.get(String(id))}`);
    await step({
      update_id: ++updateId,
      callback_query: {
        id: String(++updateId),
        from: from(id),
        chat_instance: "c",
        data: button.callback_data,
        message: { message_id: 1, date: 0, chat: { id, type: "private", first_name: "GV" } },
      },
    } as Update);
  }

  /** One registration (or an edit of it): six or seven updates, each one step of the flow. */
  async function registerOnce(id: number) {
    await say(id, "/dangky");
    if (keyboards.get(String(id))?.some((b) => b.text === vi("register-edit"))) await press(id, vi("register-edit"));
    await press(id, vi("register-identity-ok"));
    await press(id, LDTT);
    await press(id, vi("register-no-award"));
    await press(id, vi("common-no"));
    await press(id, vi("register-save"));
  }

  return {
    async warmUp(ids: number[]) {
      for (const id of ids) await registerOnce(id);
      latencies.length = 0;
    },
    /** Every person registers `rounds` times; `concurrency` of them have an update in flight. */
    async run(ids: number[], rounds: number, concurrency: number): Promise<RunFigures> {
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const writesBefore = socketWrites;
      let next = 0;
      async function worker() {
        while (next < ids.length) {
          const id = ids[next++]!;
          for (let r = 0; r < rounds; r++) await registerOnce(id);
        }
      }
      await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
      const cpu = process.cpuUsage(cpuBefore);
      const seconds = (performance.now() - started) / 1000;
      return {
        latencies: [...latencies],
        seconds,
        cpuMs: (cpu.user + cpu.system) / 1000,
        kernelMs: cpu.system / 1000,
        socketWrites: socketWrites - writesBefore,
      };
    },
  };
}
