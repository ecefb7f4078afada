// One bot instance's dispatcher for bench:reminders: competes for the sender lock and, while it
// holds it, sends the outbox through the Telegram sender at the default rate.
import { createTelegramSender } from "../src/channels/telegram/sender.js";
import { openDatabase } from "../src/db/client.js";
import { createLeadership } from "../src/delivery/leader.js";
import { createOutboxSender } from "../src/delivery/outbox-sender.js";
import { createTranslator } from "../src/i18n.js";
import { createLogger } from "../src/logger.js";

const apiRoot = process.argv[2]!;
const logger = createLogger("silent");
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL!, dataDir: "unused", maxConnections: 3 });
const leadership = createLeadership(database, logger);
let announced = false;
const sender = createOutboxSender({
  db: database.db,
  senders: { telegram: createTelegramSender({ token: "1:bench", apiRoot }) },
  translator: createTranslator("vi"),
  logger,
  leadership: {
    async isLeader() {
      const lead = await leadership.isLeader();
      if (lead && !announced) {
        announced = true;
        process.stdout.write(`leader ${process.pid}\n`);
      }
      return lead;
    },
  },
});
let stop = false;
process.on("SIGTERM", () => (stop = true));
while (!stop) {
  await sender.drain();
  await new Promise((r) => setTimeout(r, 200));
}
await leadership.release();
await database.close();
