import { createApp, type App } from "./app.js";
import { runConsole } from "./channels/console/console.js";
import { createConsoleSender } from "./channels/console/sender.js";
import { createBot } from "./channels/telegram/bot.js";
import { registerCommands } from "./channels/telegram/commands.js";
import { createTelegramSender } from "./channels/telegram/sender.js";
import { registerWebhook, startPolling } from "./channels/telegram/start.js";
import { ConfigError, loadConfig } from "./config.js";
import { availableCommands } from "./flows/index.js";
import { createLogger, stderr } from "./logger.js";

/** No token: the terminal chat on the same engine, the README's quick start. */
async function consoleMode(app: App) {
  const { config, translator } = app;
  app.senders.console = createConsoleSender(process.stdout, { translator, locale: config.DEFAULT_LOCALE, filesDir: app.filesDir });
  if (app.demoProvinceId === null) {
    process.stdout.write(`${translator.t(config.DEFAULT_LOCALE, "console-no-personas")}\n`);
    return;
  }
  await runConsole({
    engine: app.engine,
    db: app.database.db,
    translator,
    locale: config.DEFAULT_LOCALE,
    input: process.stdin,
    output: process.stdout,
    provinceId: app.demoProvinceId,
    filesDir: app.filesDir,
    logger: app.logger,
    onNotified: () => app.outbox.kick(),
  });
  await app.outbox.drain();
}

/** Resolves on SIGTERM or SIGINT: the signal to stop taking updates and shut down in order. */
const stopSignal = () =>
  new Promise<string>((resolve) => {
    process.once("SIGTERM", () => resolve("SIGTERM"));
    process.once("SIGINT", () => resolve("SIGINT"));
  });

/** BOT_TOKEN: the Telegram bot, by long polling or (WEBHOOK_URL) through the HTTP server. */
async function telegramMode(app: App) {
  const { config, logger, translator } = app;
  const bot = createBot({ config, logger, engine: app.engine, translator, onNotified: () => app.outbox.kick() });
  // Notifications go out without auto-retry: the outbox dispatcher owns rate and retries.
  app.senders.telegram = createTelegramSender({ token: config.BOT_TOKEN!, apiRoot: config.TELEGRAM_API_ROOT });
  await registerCommands(bot.api, availableCommands(), translator).catch((e) => logger.warn({ err: e }, "command menu not registered"));
  if (config.WEBHOOK_URL) {
    await registerWebhook(bot, config.WEBHOOK_URL, config.WEBHOOK_SECRET!, logger);
    return { bot, stop: async () => {} };
  }
  const runner = await startPolling(bot, logger);
  return { bot, stop: () => runner.stop() };
}

async function main() {
  const config = loadConfig();
  const chat = !config.BOT_TOKEN && !config.ZALO_BOT_TOKEN;
  // In console mode the terminal belongs to the chat: logs go to stderr, and only warnings.
  const logger = chat ? createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL, stderr()) : createLogger(config.LOG_LEVEL);
  const app = await createApp(config, logger);
  try {
    if (chat) await consoleMode(app);
    else {
      const telegram = config.BOT_TOKEN ? await telegramMode(app) : null;
      app.outbox.kick();
      const signal = await stopSignal();
      app.logger.info({ signal }, "shutting down");
      // Stop taking updates first; the runner waits for the updates in flight.
      await telegram?.stop();
      await app.outbox.drain();
    }
  } finally {
    await app.close();
  }
}

main().catch((e) => {
  if (e instanceof ConfigError || (e as Error).name === "DatabaseBusyError") {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  throw e;
});
