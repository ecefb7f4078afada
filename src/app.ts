import path from "node:path";
import type { Inbox } from "./core/inbox-port.js";
import type { ChannelSender } from "./core/channel-port.js";
import { createInbox } from "./delivery/inbox.js";
import { publicUrlOf, type Config } from "./config.js";
import { setWebPublicUrl } from "./features/web/links.js";
import { setInviteBotUsername } from "./features/invites/service.js";
import { openDatabase, type Database } from "./db/client.js";
import { runMigrations } from "./db/migrate.js";
import { createLeadership } from "./delivery/leader.js";
import { createDatabaseHealth, type DatabaseHealth } from "./db/health.js";
import { createOutboxSender, type OutboxSender } from "./delivery/outbox-sender.js";
import { createEngine, type Engine } from "./flows/engine/engine.js";
import { createPostgresStore, pruneProcessedUpdates } from "./flows/engine/postgres-store.js";
import { flowDeps } from "./flows/index.js";
import { featureMessageKinds } from "./features/message-kinds.js";
import { startJobs, type Jobs } from "./features/jobs/index.js";
import { createTranslator, type Translator } from "./i18n.js";
import type { Logger } from "./logger.js";
import { loadDemo } from "./services/demo.js";
import { listProvinces } from "./services/provinces.js";

export interface App {
  config: Config;
  logger: Logger;
  database: Database;
  translator: Translator;
  engine: Engine;
  filesDir: string;
  /** Channels register their senders here so notifications reach people on any of them. */
  senders: Partial<Record<ChannelSender["channel"], ChannelSender>>;
  outbox: OutboxSender;
  /** Lost database connections and their recovery, for /readyz. */
  health: DatabaseHealth;
  /** Whether this instance holds the sender lock, for /readyz. */
  leadership: { holding(): boolean };
  /** Background jobs (a province's Word zip), claimed by whichever instance is free. */
  jobs: Jobs;
  /** Where Zalo updates are kept until their step commits (the recovery sweep hands back the rest). */
  inbox: Inbox;
  /** The province a demo persona belongs to, when the demo was loaded. */
  demoProvinceId: number | null;
  close(): Promise<void>;
}

/** Redelivery windows are minutes; a week of update ids is plenty. */
const PROCESSED_UPDATES_KEEP_MS = 7 * 24 * 3600_000;

/**
 * Everything but the channels: database (migrated), translations, the flow engine and the outbox
 * sender. On the embedded database the demo province is loaded on the first run.
 */
export async function createApp(config: Config, logger: Logger): Promise<App> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await runMigrations(database, config.DATABASE_URL);
  logger.info({ engine: database.kind }, "database ready");
  const translator = createTranslator(config.DEFAULT_LOCALE);
  setWebPublicUrl(publicUrlOf(config));
  setInviteBotUsername(config.BOT_USERNAME);

  let demoProvinceId: number | null = null;
  const provinces = await listProvinces(database.db);
  // Zero-setup start: the embedded database gets a demo province on first run. A real server holds
  // somebody's production data and never gets demo rows by itself.
  if (database.kind === "embedded" && provinces.length === 0) {
    const demo = await loadDemo(database.db, new Date(), config.TIMEZONE, (key, vars) => translator.t("vi", key, vars));
    demoProvinceId = demo.provinceId;
    logger.info({ province: demo.provinceCode }, "demo province loaded");
  } else {
    demoProvinceId = provinces.find((p) => p.code === "DEMO")?.id ?? provinces[0]?.id ?? null;
  }

  const health = createDatabaseHealth();
  const store = createPostgresStore({
    db: database.db,
    logger,
    defaultLocale: config.DEFAULT_LOCALE,
    replyLeaseSeconds: config.RECOVERY_AFTER_SECONDS,
    onConnectionLost: () => health.lost(),
  });
  const engine = createEngine({ store, translator, logger, timeZone: config.TIMEZONE, defaultLocale: config.DEFAULT_LOCALE, ...flowDeps });
  const senders: App["senders"] = {};
  const leadership = createLeadership(database, logger, health);
  const outbox = createOutboxSender({
    db: database.db,
    senders,
    translator,
    logger,
    leadership,
    timeZone: config.TIMEZONE,
    kinds: featureMessageKinds(database.db, config.TIMEZONE),
  });
  const jobs = startJobs({ db: database.db, senders: () => senders, translator, logger, dataDir: config.DATA_DIR });
  await pruneProcessedUpdates(database.db, new Date(Date.now() - PROCESSED_UPDATES_KEEP_MS));

  return {
    config,
    logger,
    database,
    translator,
    engine,
    filesDir: path.resolve(config.DATA_DIR, "exports"),
    senders,
    outbox,
    health,
    leadership,
    jobs,
    inbox: createInbox(database.db, config.RECOVERY_AFTER_SECONDS),
    demoProvinceId,
    async close() {
      await engine.flush();
      await jobs.stop();
      await leadership.release();
      await database.close();
    },
  };
}
