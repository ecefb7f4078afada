import { createApp, type App } from "./app.js";
import { runConsole } from "./channels/console/console.js";
import { createConsoleSender } from "./channels/console/sender.js";
import { ConfigError, loadConfig } from "./config.js";
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

async function main() {
  const config = loadConfig();
  const chat = !config.BOT_TOKEN && !config.ZALO_BOT_TOKEN;
  // In console mode the terminal belongs to the chat: logs go to stderr, and only warnings.
  const logger = chat ? createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL, stderr()) : createLogger(config.LOG_LEVEL);
  const app = await createApp(config, logger);
  try {
    if (chat) await consoleMode(app);
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
