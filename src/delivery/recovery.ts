import type { ChannelSender } from "../core/channel-port.js";
import { DeliveryError } from "../core/channel-port.js";
import type { Inbox } from "../core/inbox-port.js";
import type { Db } from "../db/client.js";
import type { ChannelName } from "../db/schema.js";
import { forgetReplies, takeDueReplies } from "../flows/engine/replies.js";
import type { Logger } from "../logger.js";

export interface RecoveryDeps {
  db: Db;
  /** Filled by the channels as they start (the app's senders). */
  senders: Partial<Record<ChannelName, ChannelSender>>;
  /** Handles a kept inbound update again, by channel (Zalo's adapter). */
  inbound?: Partial<Record<ChannelName, (body: unknown) => Promise<void>>>;
  inbox?: Inbox;
  logger: Logger;
  everyMs?: number;
  /** Lease of what a sweep takes (config RECOVERY_AFTER_SECONDS). */
  leaseSeconds?: number;
}

/** After this many tries a stored reply or update is given up (and logged). */
const MAX_ATTEMPTS = 5;
const BATCH = 20;

/**
 * Finishes what a crashed instance left: replies that were stored with their step but never
 * delivered, and kept inbound updates whose step never committed. Every instance sweeps; leases
 * (FOR UPDATE SKIP LOCKED, then lease_until) keep two from taking the same row.
 */
export function createRecovery(deps: RecoveryDeps) {
  async function replies(): Promise<number> {
    let sent = 0;
    for (const p of await takeDueReplies(deps.db, BATCH, deps.leaseSeconds)) {
      const sender = deps.senders[p.channel];
      if (!sender) continue; // this instance cannot reach that channel; its lease runs out for another
      try {
        await sender.send(p.externalId, p.replies);
        sent++;
        await forgetReplies(deps.db, [p]);
      } catch (e) {
        const err = e instanceof DeliveryError ? e : new DeliveryError("transient", (e as Error)?.message ?? String(e));
        const giveUp = err.kind === "blocked" || err.kind === "fatal" || p.attempts >= MAX_ATTEMPTS;
        deps.logger.warn(
          { channel: p.channel, updateId: p.updateId, kind: err.kind, attempts: p.attempts, giveUp },
          "stored replies not delivered",
        );
        if (giveUp) await forgetReplies(deps.db, [p]);
      }
    }
    return sent;
  }

  async function inbound(): Promise<number> {
    if (!deps.inbox) return 0;
    let handled = 0;
    for (const entry of await deps.inbox.due(BATCH)) {
      const handle = deps.inbound?.[entry.channel];
      if (!handle) continue;
      if (entry.attempts > MAX_ATTEMPTS) {
        deps.logger.error({ channel: entry.channel, updateId: entry.updateId }, "kept update given up");
        await deps.inbox.done(entry.channel, entry.updateId);
        continue;
      }
      deps.logger.info({ channel: entry.channel, updateId: entry.updateId, attempts: entry.attempts }, "kept update handled again");
      await handle(entry.body);
      handled++;
    }
    return handled;
  }

  let running: Promise<{ replies: number; updates: number }> | null = null;
  return {
    /** One pass; concurrent calls share it. */
    sweep(): Promise<{ replies: number; updates: number }> {
      running ??= (async () => {
        // Updates first: handling one stores its replies, which go out with this pass or the next.
        const updates = await inbound();
        return { updates, replies: await replies() };
      })().finally(() => {
        running = null;
      });
      return running;
    },
  };
}

/** Sweeps at start (what the last run left) and then every `everyMs`. */
export function startRecovery(deps: RecoveryDeps) {
  const recovery = createRecovery(deps);
  const pass = () => recovery.sweep().catch((e) => deps.logger.warn({ err: e }, "recovery sweep failed"));
  let current: Promise<unknown> = pass();
  const timer = setInterval(() => {
    current = pass();
  }, deps.everyMs ?? 10_000);
  return {
    ...recovery,
    async stop() {
      clearInterval(timer);
      await current;
    },
  };
}
