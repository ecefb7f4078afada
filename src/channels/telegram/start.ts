import { run, type RunnerHandle } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Logger } from "../../logger.js";

const ALLOWED_UPDATES = ["message", "callback_query"] as const;

/** Long polling for a single-host setup: no public URL needed. */
export async function startPolling(bot: Bot, logger: Logger): Promise<RunnerHandle> {
  await bot.init();
  // Polling and a webhook are exclusive on Telegram's side; a leftover webhook would starve us.
  await bot.api.deleteWebhook();
  const runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
  logger.info({ bot: bot.botInfo.username }, "telegram polling started");
  return runner;
}

/** Webhook mode: Telegram posts updates to our HTTP server, with the secret in a header. */
export async function registerWebhook(bot: Bot, publicUrl: string, secret: string, logger: Logger): Promise<void> {
  await bot.init();
  const url = new URL("telegram/webhook", publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`).toString();
  await bot.api.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
  logger.info({ bot: bot.botInfo.username }, "telegram webhook registered");
}
