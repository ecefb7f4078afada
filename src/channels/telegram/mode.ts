import type { Bot } from "grammy";
import type { App } from "../../app.js";
import { availableCommands } from "../../flows/index.js";
import { createBot } from "./bot.js";
import { registerCommands } from "./commands.js";
import { registerWebhook, startPolling } from "./start.js";

export interface TelegramChannel {
  bot: Bot;
  /** Webhook mode: the secret the HTTP server checks. */
  webhookSecret?: string;
  stop(): Promise<void>;
}

/** BOT_TOKEN: the bot, by long polling or the webhook. */
export async function startTelegram(app: App): Promise<TelegramChannel> {
  const { config, logger, translator } = app;
  const bot = createBot({ config, logger, engine: app.engine, translator, onNotified: () => app.outbox.kick() });
  await registerCommands(bot.api, availableCommands(), translator).catch((e) => logger.warn({ err: e }, "command menu not registered"));
  const { mode } = config;
  if (mode.kind === "webhook") {
    await registerWebhook(bot, mode.webhook.url, mode.webhook.secret, logger);
    return { bot, webhookSecret: mode.webhook.secret, stop: async () => {} };
  }
  const runner = await startPolling(bot, logger);
  // The runner finishes the updates it holds before it resolves.
  return { bot, stop: () => runner.stop() };
}
