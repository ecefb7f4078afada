/**
 * One bot instance of bench:steps in a process of its own (as instances behind a webhook are):
 * its own pool, engine and bot. Told its people and update ids by the parent over IPC, it warms
 * up, waits for "go", runs, and reports its figures.
 */
import { openDatabase } from "../src/db/client.js";
import { createDriver, type RunFigures } from "./steps-driver.js";

interface Job {
  ids: number[];
  rounds: number;
  concurrency: number;
  firstUpdateId: number;
}

const job = await new Promise<Job>((resolve) => process.once("message", (m) => resolve(m as Job)));
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: "unused" });
const driver = createDriver(database, job.firstUpdateId);
await driver.warmUp(job.ids.slice(0, 2));
process.send!({ ready: true });
await new Promise((resolve) => process.once("message", resolve));
const figures: RunFigures = await driver.run(job.ids, job.rounds, job.concurrency);
process.send!({ figures }, () => void database.close().then(() => process.exit(0)));
