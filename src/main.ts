import type { ServerType } from "@hono/node-server";
import { createApp, type App } from "./app.js";
import { runConsole } from "./channels/console/console.js";
import { createConsoleSender } from "./channels/console/sender.js";
import { createPersonaDirectory } from "./demo/personas.js";
import { ConfigError, loadConfig, publicUrlOf, type Mode } from "./config.js";
import { databaseReady } from "./db/ready.js";
import { fileServices } from "./files/index.js";
import { useErasureFileStore } from "./features/requests/files.js";
import type { ZaloEvent } from "./channels/zalo/inbound.js";
import { closeServer, createHttpApp, listen, type HttpApp } from "./server/http.js";
import { createLogger, stderr } from "./logger.js";

/** The web workspace's part of the HTTP server, on the app's database and file links. */
const webDeps = (app: App, files: ReturnType<typeof fileServices>) => ({
  db: app.database.db,
  logger: app.logger,
  timeZone: app.config.TIMEZONE,
  publicUrl: publicUrlOf(app.config),
  files: { store: files.store, links: files.links },
  translator: app.translator,
  onNotified: () => app.outbox.kick(),
});

/** Listens for the web workspace alone: when the port is taken the app goes on without it, and says so. */
async function listenForWeb(http: HttpApp, app: App): Promise<ServerType | null> {
  try {
    return await listen(http, app.config.PORT, app.logger);
  } catch (e) {
    app.logger.warn({ port: app.config.PORT, code: (e as NodeJS.ErrnoException).code }, "web workspace not available: the port is in use");
    return null;
  }
}

/** No token: the terminal chat on the same engine, the README's quick start. */
async function consoleMode(app: App) {
  const { config, translator } = app;
  app.senders.console = createConsoleSender(process.stdout, { translator, locale: config.DEFAULT_LOCALE, filesDir: app.filesDir });
  if (app.demoProvinceId === null) {
    process.stdout.write(`${translator.t(config.DEFAULT_LOCALE, "console-no-personas")}\n`);
    return;
  }
  // The web workspace runs here too: a newcomer picks the Văn phòng persona, types /web and opens the link.
  const files = fileServices(config, app.logger, app.database.db);
  useErasureFileStore(files.store);
  const http = createHttpApp({
    logger: app.logger,
    ready: () => databaseReady(app.database.db),
    files: { store: files.store, secret: files.secret, personal: files.personal },
    web: webDeps(app, files),
  });
  const server = await listenForWeb(http, app);
  if (server) process.stdout.write(`${translator.t(config.DEFAULT_LOCALE, "web-console-hint", { url: `${publicUrlOf(config)}/web` })}\n`);
  await runConsole({
    engine: app.engine,
    personas: createPersonaDirectory(app.database.db),
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
  if (server) await closeServer(server);
}

/** Resolves on SIGTERM or SIGINT: the signal to stop taking updates and shut down in order. */
const stopSignal = () =>
  new Promise<string>((resolve) => {
    process.once("SIGTERM", () => resolve("SIGTERM"));
    process.once("SIGINT", () => resolve("SIGINT"));
  });

/** Telegram and/or Zalo, the HTTP server when a webhook or Zalo needs it, until SIGTERM. */
async function botMode(app: App, mode: Exclude<Mode, { kind: "console" }>) {
  const { config, logger } = app;
  // The messengers' clients are loaded here: the console never needs them.
  const [
    { startTelegram },
    { startZalo },
    { channelSenders },
    { createTelegramFileFetcher },
    { createZaloFileFetcher },
    { startReminders },
    { startEvidenceKeeper },
    { startRecovery },
    { useImportFetchers },
  ] = await Promise.all([
    import("./channels/telegram/mode.js"),
    import("./channels/zalo/start.js"),
    import("./delivery/senders.js"),
    import("./channels/telegram/files.js"),
    import("./channels/zalo/files.js"),
    // So are the schedulers and keepers that run only beside a messenger (node-cron among them).
    import("./reminders/scheduler.js"),
    import("./features/nominations/evidence.js"),
    import("./delivery/recovery.js"),
    import("./features/import/fetchers.js"),
  ]);
  const files = fileServices(config, logger, app.database.db);
  app.jobs.setLinks(files.links);
  useErasureFileStore(files.store);
  Object.assign(app.senders, channelSenders(config, { logger, translator: app.translator, files: files.store, links: files.links }));
  const telegram = mode.telegram ? await startTelegram(app) : null;
  const zalo = mode.zalo ? await startZalo(app, mode.zalo, files.store, files.links) : null;
  // The HTTP server runs in every mode: webhooks and Zalo's file links need it, and the web workspace always does.
  const http = createHttpApp({
    logger,
    ready: async () => {
      const ok = await databaseReady(app.database.db);
      if (ok) app.health.answered();
      else app.health.lost();
      return ok;
    },
    readiness: () => ({ database: app.health.snapshot(), sender: app.leadership.holding() }),
    ...(telegram?.webhookSecret ? { telegram: { bot: telegram.bot, secret: telegram.webhookSecret } } : {}),
    ...(zalo?.webhookSecret ? { zalo: { adapter: zalo.adapter, secret: zalo.webhookSecret } } : {}),
    files: { store: files.store, secret: files.secret, personal: files.personal },
    web: webDeps(app, files),
  });
  const server = mode.kind === "webhook" || zalo ? await listen(http, config.PORT, logger) : await listenForWeb(http, app);
  // What a crash left: kept Zalo updates to handle, stored replies to send.
  const recovery = startRecovery({
    db: app.database.db,
    senders: app.senders,
    inbox: app.inbox,
    inbound: zalo ? { zalo: (body) => zalo.adapter.handle(body as ZaloEvent) } : {},
    logger,
    leaseSeconds: config.RECOVERY_AFTER_SECONDS,
    everyMs: Math.min(10_000, config.RECOVERY_AFTER_SECONDS * 500),
  });
  const reminders = startReminders({ db: app.database.db, outbox: app.outbox, logger, timeZone: config.TIMEZONE });
  // Evidence arrives as Telegram file ids or Zalo photo URLs; copies with checksums are made outside the chat steps.
  const fetchers = {
    ...(mode.telegram ? { telegram: createTelegramFileFetcher(mode.telegram.token, mode.telegram.apiRoot) } : {}),
    ...(mode.zalo ? { zalo: createZaloFileFetcher() } : {}),
  };
  const evidence = startEvidenceKeeper(app.database.db, fetchers, files.store, logger);
  useImportFetchers(fetchers);

  const signal = await stopSignal();
  logger.info({ signal }, "shutting down");
  // Stop taking updates, let the ones in hand finish, then flush notifications.
  await Promise.all([telegram?.stop(), zalo?.stop(), http.drain()]);
  if (server) await closeServer(server);
  await reminders.stop();
  await recovery.stop();
  await evidence.stop();
  await app.outbox.drain();
}

async function main() {
  const config = loadConfig();
  const { mode } = config;
  const chat = mode.kind === "console";
  // In console mode the terminal belongs to the chat: logs go to stderr, and only warnings.
  const logger = chat ? createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL, stderr()) : createLogger(config.LOG_LEVEL);
  const app = await createApp(config, logger);
  try {
    if (mode.kind === "console") await consoleMode(app);
    else await botMode(app, mode);
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
