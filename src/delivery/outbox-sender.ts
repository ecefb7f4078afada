import { and, asc, desc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { DeliveryError, type ChannelSender } from "../channels/port.js";
import type { Db } from "../db/client.js";
import { channelIdentities, outbox, people, type ChannelName } from "../db/schema.js";
import { isLocale, type Translator } from "../i18n.js";
import type { Logger } from "../logger.js";

export interface OutboxSenderDeps {
  db: Db;
  senders: Partial<Record<ChannelName, ChannelSender>>;
  translator: Translator;
  logger: Logger;
  now?: () => Date;
  batchSize?: number;
}

const MAX_ATTEMPTS = 5;
/** A row left in "sending" this long belongs to a process that died mid-send. */
const STALE_SENDING_MS = 5 * 60_000;

/**
 * Sends queued outbox messages to their recipients, in each person's language, through the
 * channel they used last. Rows are claimed with SKIP LOCKED so several instances never take the
 * same row. At-least-once window: a crash after the messenger accepted a message but before the
 * row is marked sent leaves it in "sending"; after STALE_SENDING_MS it is queued again and that
 * one message may arrive twice. Nothing else is ever sent twice.
 */
export function createOutboxSender(deps: OutboxSenderDeps) {
  const now = deps.now ?? (() => new Date());
  const batch = deps.batchSize ?? 50;
  let running: Promise<number> | null = null;

  async function claim(at: Date) {
    return deps.db.transaction(async (tx) => {
      await tx
        .update(outbox)
        .set({ status: "queued" })
        .where(and(eq(outbox.status, "sending"), lte(outbox.notBefore, new Date(at.getTime() - STALE_SENDING_MS))));
      const rows = await tx
        .select()
        .from(outbox)
        .where(and(eq(outbox.status, "queued"), lte(outbox.notBefore, at)))
        .orderBy(asc(outbox.id))
        .limit(batch)
        .for("update", { skipLocked: true });
      if (rows.length > 0) {
        await tx
          .update(outbox)
          .set({ status: "sending", notBefore: at, attempts: sql`${outbox.attempts} + 1` })
          .where(inArray(outbox.id, rows.map((r) => r.id)));
      }
      return rows;
    });
  }

  /** The person's reachable identities, the channel they used last first. */
  async function recipient(personId: number) {
    const [person] = await deps.db.select({ locale: people.locale, anonymisedAt: people.anonymisedAt }).from(people).where(eq(people.id, personId));
    if (!person || person.anonymisedAt) return null;
    const identities = await deps.db
      .select()
      .from(channelIdentities)
      .where(and(eq(channelIdentities.personId, personId), isNull(channelIdentities.unreachableAt)))
      .orderBy(desc(sql`coalesce(${channelIdentities.lastSeenAt}, ${channelIdentities.createdAt})`));
    return { identities: identities.filter((i) => deps.senders[i.channel]), locale: isLocale(person.locale) ? person.locale : "vi" };
  }

  async function deliver(row: typeof outbox.$inferSelect, at: Date): Promise<void> {
    const to = await recipient(row.personId);
    const text = to ? deps.translator.t(to.locale, row.message.key, row.message.vars) : "";
    for (const identity of to?.identities ?? []) {
      try {
        await deps.senders[identity.channel]!.send(identity.externalId, [{ type: "text", text }]);
        await deps.db.update(outbox).set({ status: "sent", sentAt: now(), lastError: null }).where(eq(outbox.id, row.id));
        return;
      } catch (e) {
        const err = e instanceof DeliveryError ? e : new DeliveryError("transient", (e as Error).message);
        deps.logger.warn({ outboxId: row.id, personId: row.personId, channel: identity.channel, kind: err.kind }, "delivery failed");
        if (err.kind === "blocked") {
          // This chat is gone; the person may still be reachable on another channel.
          await deps.db.update(channelIdentities).set({ unreachableAt: at }).where(eq(channelIdentities.id, identity.id));
          continue;
        }
        const retry = (err.kind === "transient" || err.kind === "rate_limited") && row.attempts + 1 < MAX_ATTEMPTS;
        const delayMs = err.retryAfterSeconds ? err.retryAfterSeconds * 1000 : 2 ** (row.attempts + 1) * 10_000;
        await deps.db
          .update(outbox)
          .set(retry ? { status: "queued", notBefore: new Date(at.getTime() + delayMs), lastError: err.message.slice(0, 500) } : { status: "failed", lastError: err.message.slice(0, 500) })
          .where(eq(outbox.id, row.id));
        return;
      }
    }
    await deps.db.update(outbox).set({ status: "skipped", lastError: "no reachable identity" }).where(eq(outbox.id, row.id));
  }

  async function drainOnce(): Promise<number> {
    let sent = 0;
    for (;;) {
      const at = now();
      const rows = await claim(at);
      for (const row of rows) {
        await deliver(row, at);
        sent++;
      }
      if (rows.length < batch) return sent;
    }
  }

  return {
    /** Sends everything due; concurrent calls share one run. */
    drain(): Promise<number> {
      running ??= drainOnce().finally(() => {
        running = null;
      });
      return running;
    },
    /** Fire and forget, for after a reply: failures are logged, never thrown at the user. */
    kick(): void {
      this.drain().catch((e) => deps.logger.error({ err: e }, "outbox drain failed"));
    },
  };
}

export type OutboxSender = ReturnType<typeof createOutboxSender>;
