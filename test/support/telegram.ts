import type { Bot } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { createBot, type BotDeps } from "../../src/channels/telegram/bot.js";
import { createLogger } from "../../src/logger.js";
import { translator } from "./chat.js";

export const TEST_TOKEN = "123456:TEST-token-for-the-test-suite-only";
export const botInfo: UserFromGetMe = {
  id: 123456,
  is_bot: true,
  first_name: "Thi đua",
  username: "thidua_test_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export interface ApiCall {
  method: string;
  payload: Record<string, any>;
}

/** Answers for methods the bot calls; anything else succeeds with `true`. */
type Responder = (
  call: ApiCall,
) =>
  { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: Record<string, unknown> } | undefined;

/**
 * A bot whose Bot API calls never leave the process: each call is recorded and answered the way
 * Telegram would. `respond` can fail chosen calls (403, 429…).
 */
export function interceptedBot(
  deps: Omit<BotDeps, "config" | "logger" | "translator" | "botInfo"> & Partial<Pick<BotDeps, "logger">>,
  respond?: Responder,
) {
  const calls: ApiCall[] = [];
  let messageId = 1000;
  const bot = createBot({
    config: { BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: "http://127.0.0.1:9", DEFAULT_LOCALE: "vi" },
    logger: deps.logger ?? createLogger("silent"),
    translator,
    botInfo,
    ...deps,
  });
  bot.api.config.use(async (_prev, method, payload) => {
    const call = { method, payload: payload as Record<string, any> };
    calls.push(call);
    const custom = respond?.(call);
    if (custom) return custom as never;
    if (method === "sendMessage" || method === "sendDocument") {
      const p = payload as Record<string, any>;
      return { ok: true, result: { message_id: ++messageId, date: 0, chat: { id: p.chat_id, type: "private" }, text: p.text } } as never;
    }
    return { ok: true, result: true } as never;
  });
  return { bot, calls };
}

let updateSeq = 5000;

const from = (userId: number) => ({ id: userId, is_bot: false, first_name: "Người dùng", language_code: "vi" });
const chat = (userId: number) => ({ id: userId, type: "private" as const, first_name: "Người dùng" });

export const updates = {
  text(userId: number, text: string, updateId = ++updateSeq): Update {
    const entities = text.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
    return {
      update_id: updateId,
      message: { message_id: updateId, date: 0, chat: chat(userId), from: from(userId), text, ...(entities ? { entities } : {}) },
    } as Update;
  },
  press(userId: number, data: string, messageId = 1, updateId = ++updateSeq): Update {
    return {
      update_id: updateId,
      callback_query: {
        id: `cb${updateId}`,
        from: from(userId),
        chat_instance: "ci",
        data,
        message: { message_id: messageId, date: 0, chat: chat(userId), text: "…", reply_markup: { inline_keyboard: [] } },
      },
    } as Update;
  },
  photo(userId: number, updateId = ++updateSeq): Update {
    return {
      update_id: updateId,
      message: {
        message_id: updateId,
        date: 0,
        chat: chat(userId),
        from: from(userId),
        photo: [
          { file_id: "small", file_unique_id: "s", width: 90, height: 90 },
          { file_id: "big", file_unique_id: "b", width: 1280, height: 960, file_size: 200_000 },
        ],
      },
    } as Update;
  },
  document(userId: number, fileName: string, mime: string, size: number, updateId = ++updateSeq): Update {
    return {
      update_id: updateId,
      message: {
        message_id: updateId,
        date: 0,
        chat: chat(userId),
        from: from(userId),
        document: { file_id: `doc${updateId}`, file_unique_id: `u${updateId}`, file_name: fileName, mime_type: mime, file_size: size },
      },
    } as Update;
  },
  /** A shared contact: `contactUserId` is the sender's own id when sent with the request_contact button. */
  contact(userId: number, phone: string, contactUserId: number | undefined, updateId = ++updateSeq): Update {
    return {
      update_id: updateId,
      message: {
        message_id: updateId,
        date: 0,
        chat: chat(userId),
        from: from(userId),
        contact: { phone_number: phone, first_name: "Người dùng", ...(contactUserId !== undefined ? { user_id: contactUserId } : {}) },
      },
    } as Update;
  },
  sticker(userId: number, updateId = ++updateSeq): Update {
    return {
      update_id: updateId,
      message: {
        message_id: updateId,
        date: 0,
        chat: chat(userId),
        from: from(userId),
        sticker: { file_id: "st", file_unique_id: "st", type: "regular", width: 512, height: 512, is_animated: false, is_video: false },
      },
    } as Update;
  },
};

/** What the person saw: the texts sent to them since `since`, and the buttons under the last one. */
export function view(calls: ApiCall[], since = 0) {
  const sent = calls.slice(since).filter((c) => c.method === "sendMessage");
  const last = [...sent].reverse().find((c) => c.payload.reply_markup?.inline_keyboard);
  const buttons: Array<{ text: string; callback_data: string }> = last ? last.payload.reply_markup.inline_keyboard.flat() : [];
  // A reply keyboard (the "share my phone number" request) and whether the last reply removed it.
  const lastReply = [...sent].reverse().find((c) => c.payload.reply_markup?.keyboard || c.payload.reply_markup?.remove_keyboard);
  const replyKeyboard: Array<{ text: string; request_contact?: boolean }> = lastReply?.payload.reply_markup.keyboard?.flat() ?? [];
  return {
    texts: sent.map((c) => c.payload.text as string),
    buttons,
    replyKeyboard,
    keyboardRemoved: !!lastReply?.payload.reply_markup.remove_keyboard,
  };
}

/** Drives one user: sends text and presses buttons by label, as a person on a phone would. */
export class TelegramUser {
  private mark = 0;
  constructor(
    readonly bot: Bot,
    readonly calls: ApiCall[],
    readonly userId: number,
  ) {}

  async say(text: string) {
    this.mark = this.calls.length;
    await this.bot.handleUpdate(updates.text(this.userId, text));
    return this.seen();
  }

  async press(label: string) {
    // The latest keyboard this person was shown, even if the last reply had none.
    const { buttons } = view(this.calls.filter((c) => String(c.payload.chat_id) === String(this.userId)));
    const button = buttons.find((b) => b.text.includes(label));
    if (!button) throw new Error(`no button "${label}" in ${buttons.map((b) => b.text).join(" | ")}`);
    this.mark = this.calls.length;
    await this.bot.handleUpdate(updates.press(this.userId, button.callback_data));
    return this.seen();
  }

  async send(update: Update) {
    this.mark = this.calls.length;
    await this.bot.handleUpdate(update);
    return this.seen();
  }

  seen() {
    return view(this.calls, this.mark);
  }
}
