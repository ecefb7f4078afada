import { schedule, type ScheduledTask } from "node-cron";
import type { Db } from "../db/client.js";
import type { OutboxSender } from "../delivery/outbox-sender.js";
import type { Logger } from "../logger.js";
import { planDueReminders } from "./planner.js";

export interface ReminderSchedulerDeps {
  db: Db;
  outbox: OutboxSender;
  logger: Logger;
  timeZone: string;
  now?: () => Date;
}

/** Retries and rate pauses are due between ticks; the dispatcher looks this often. */
const DISPATCH_EVERY_MS = 2_000;

/**
 * Every minute, Vietnam time: plan what is due into the outbox, then dispatch. The first tick
 * runs at start, which catches up on reminders missed while the app was down (the planner skips
 * what is more than 12 hours late).
 */
export function startReminders(deps: ReminderSchedulerDeps) {
  const now = deps.now ?? (() => new Date());
  const tick = async () => {
    try {
      const planned = await planDueReminders(deps.db, now(), deps.timeZone);
      for (const p of planned) deps.logger.info(p, "reminders queued");
      await deps.outbox.drain();
    } catch (e) {
      deps.logger.error({ err: e }, "reminder tick failed");
    }
  };
  const task: ScheduledTask = schedule("* * * * *", tick, { timezone: deps.timeZone, noOverlap: true, name: "reminders" });
  const first = tick();
  const loop = setInterval(() => deps.outbox.kick(), DISPATCH_EVERY_MS);
  return {
    async stop() {
      clearInterval(loop);
      await task.stop();
      await first;
    },
  };
}
