// One dispatcher process for the exactly-once test: drains the outbox of DATABASE_URL through a
// Telegram sender pointed at the fake Bot API, then prints how many it sent.
import { createTelegramSender } from "../../src/channels/telegram/sender.js";
import { openDatabase } from "../../src/db/client.js";
import { createOutboxSender } from "../../src/delivery/outbox-sender.js";
import { createTranslator } from "../../src/i18n.js";
import { createLogger } from "../../src/logger.js";

const [apiRoot, nowIso] = process.argv.slice(2);
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL!, dataDir: "unused", maxConnections: 2 });
const at = new Date(nowIso!);
const sender = createOutboxSender({
  db: database.db,
  senders: { telegram: createTelegramSender({ token: "1:x", apiRoot: apiRoot! }) },
  translator: createTranslator("vi"),
  logger: createLogger("silent"),
  now: () => at,
  batchSize: 5,
  ratePerSecond: { telegram: 1000 },
});
const sent = await sender.drain();
await database.close();
process.stdout.write(`${sent}\n`);
