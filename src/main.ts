import { createApp, type App } from "./app.js";
import { runConsole } from "./channels/console/console.js";
import { createConsoleSender } from "./channels/console/sender.js";
import { ConfigError, loadConfig } from "./config.js";
import { databaseReady } from "./db/ready.js";
import { fileServices } from "./files/index.js";
import { startReminders } from "./reminders/scheduler.js";
import { startEvidenceKeeper } from "./services/evidence.js";
import type { ServerType } from "@hono/node-server";
import type { HttpApp } from "./server/http.js";
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

/** Telegram and/or Zalo, the HTTP server when a webhook or Zalo needs it, until SIGTERM. */
async function botMode(app: App) {
  const { config, logger } = app;
  // The messengers' clients and the HTTP server are loaded here: the console never needs them.
  const [{ startTelegram }, { startZalo }, { channelSenders }, { createTelegramFileFetcher }, { closeServer, createHttpApp, listen }] = await Promise.all([
    import("./channels/telegram/mode.js"),
    import("./channels/zalo/start.js"),
    import("./delivery/senders.js"),
    import("./channels/telegram/files.js"),
    import("./server/http.js"),
  ]);
  const files = fileServices(config, logger);
  app.jobs.setLinks(files.links);
  Object.assign(app.senders, channelSenders(config, { logger, translator: app.translator, files: files.store, links: files.links }));
  const telegram = config.BOT_TOKEN ? await startTelegram(app) : null;
  const zalo = config.ZALO_BOT_TOKEN ? await startZalo(app, files.store, files.links) : null;
  let server: ServerType | null = null;
  let http: HttpApp | null = null;
  if (config.WEBHOOK_URL || zalo) {
    http = createHttpApp({
      logger,
      ready: () => databaseReady(app.database.db),
      ...(telegram?.webhookSecret ? { telegram: { bot: telegram.bot, secret: telegram.webhookSecret } } : {}),
      ...(zalo?.webhookSecret ? { zalo: { adapter: zalo.adapter, secret: zalo.webhookSecret } } : {}),
      files: { store: files.store, secret: files.secret },
    });
    server = await listen(http, config.PORT, logger);
  }
  const reminders = startReminders({ db: app.database.db, outbox: app.outbox, logger, timeZone: config.TIMEZONE });
  // Evidence arrives as Telegram file ids; copies with checksums are made outside the chat steps.
  const evidence = startEvidenceKeeper(app.database.db, config.BOT_TOKEN ? { telegram: createTelegramFileFetcher(config.BOT_TOKEN, config.TELEGRAM_API_ROOT) } : {}, files.store, logger);

  const signal = await stopSignal();
  logger.info({ signal }, "shutting down");
  // Stop taking updates, let the ones in hand finish, then flush notifications.
  await Promise.all([telegram?.stop(), zalo?.stop(), http?.drain()]);
  if (server) await closeServer(server);
  await reminders.stop();
  await evidence.stop();
  await app.outbox.drain();
}

async function main() {
  const config = loadConfig();
  const chat = !config.BOT_TOKEN && !config.ZALO_BOT_TOKEN;
  // In console mode the terminal belongs to the chat: logs go to stderr, and only warnings.
  const logger = chat ? createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL, stderr()) : createLogger(config.LOG_LEVEL);
  const app = await createApp(config, logger);
  try {
    if (chat) await consoleMode(app);
    else await botMode(app);
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
