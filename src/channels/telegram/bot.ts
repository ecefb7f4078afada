import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Config } from "../../config.js";
import type { Engine } from "../../flows/engine/engine.js";
import type { Translator } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import { handleInbound } from "../boundary.js";
import { chatIdOf, toInboundEvent } from "./inbound.js";
import { sendOutbound } from "./render.js";

export interface BotDeps {
  config: Pick<Config, "BOT_TOKEN" | "TELEGRAM_API_ROOT" | "DEFAULT_LOCALE">;
  logger: Logger;
  /** Only `handle` is used. */
  engine: Pick<Engine, "handle">;
  translator: Translator;
  /** Called when a reply queued notifications, so the outbox is sent now rather than at the next tick. */
  onNotified?: () => void;
  /** Known bot identity: skips getMe, so tests and benchmarks build the bot with no network. */
  botInfo?: UserFromGetMe;
}

/** Limits for replies to the person in front of us: a short wait is fine, a long one is not. */
const RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 10 };

/**
 * The Telegram adapter: every update becomes one engine event, and the engine's replies are
 * rendered back. It holds no state of its own, so any instance can serve any chat.
 */
export function createBot(deps: BotDeps): Bot {
  const { config, logger, engine, translator } = deps;
  if (!config.BOT_TOKEN) throw new Error("createBot needs BOT_TOKEN");
  const bot = new Bot(config.BOT_TOKEN, {
    client: { apiRoot: config.TELEGRAM_API_ROOT },
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
  });
  bot.api.config.use(autoRetry(RETRY));

  // One update at a time per chat, so a fast double tap is seen in order (the engine also locks
  // the conversation row, which keeps this true across instances).
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));

  const boundary = {
    engine,
    translator,
    logger,
    defaultLocale: config.DEFAULT_LOCALE,
    ...(deps.onNotified ? { onNotified: deps.onNotified } : {}),
  };
  bot.use(async (ctx) => {
    const event = toInboundEvent(ctx.update);
    if (!event) return;
    const query = ctx.callbackQuery;
    // Stop the spinner on the pressed button whatever happens next.
    if (query) await ctx.answerCallbackQuery().catch(() => {});
    const chatId = chatIdOf(ctx.update);
    await handleInbound(boundary, event, {
      // The pressed keyboard has served; removing it keeps old buttons from being pressed again.
      beforeReplies: async () => {
        if (query?.message?.reply_markup)
          await ctx.api.editMessageReplyMarkup(query.message.chat.id, query.message.message_id).catch(() => {});
      },
      send: (replies) => sendOutbound(ctx.api, chatId!, replies),
      sayFailed: async (text) => {
        if (chatId !== null) await ctx.api.sendMessage(chatId, text);
      },
    });
  });

  bot.catch((err) => logger.error({ err: err.error, updateId: err.ctx.update.update_id }, "telegram middleware failed"));
  return bot;
}
