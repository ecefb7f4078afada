import { ConfigError, loadConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { runMigrations } from "./db/migrate.js";
import { createTranslator } from "./i18n.js";
import { createLogger } from "./logger.js";
import { loadDemo } from "./services/demo.js";
import { listProvinces } from "./services/provinces.js";

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const translator = createTranslator(config.DEFAULT_LOCALE);
  const t = (key: string, vars?: Record<string, string | number>) => translator.t(config.DEFAULT_LOCALE, key, vars);

  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await runMigrations(database, config.DATABASE_URL);
  logger.info({ engine: database.kind }, "database ready");

  // Zero-setup start: the embedded database gets a demo province on first run. A real server is
  // somebody's production data and never gets demo rows by itself.
  if (database.kind === "embedded" && (await listProvinces(database.db)).length === 0) {
    const demo = await loadDemo(database.db, new Date(), config.TIMEZONE, (key, vars) => translator.t("vi", key, vars));
    console.log(t("app-demo-loaded", { province: demo.provinceCode }));
  }

  console.log(t("app-no-channel"));
  await database.close();
}

main().catch((e) => {
  if (e instanceof ConfigError || (e as Error).name === "DatabaseBusyError") {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  throw e;
});
