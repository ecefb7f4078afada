import { and, asc, desc, eq, inArray, isNull, lte, ne, sql } from "drizzle-orm";
import { DeliveryError, type ChannelSender } from "../core/channel-port.js";
import type { Db } from "../db/client.js";
import { campaigns, channelIdentities, outbox, people, registrations, roles, type ChannelName } from "../db/schema.js";
import { MAX_LATENESS_MS, quietUntil, reminderPolicySchema } from "../domain/reminders.js";
import { isLocale, type Translator } from "../i18n.js";
import type { Logger } from "../logger.js";
import { textOf, type MessageKind, type MessageKinds } from "./message-kinds.js";
import { unitHasSubmitted } from "../reminders/campaign-kinds.js";

export interface Leadership {
  /** True while this process holds the sender lock; checked before every batch. */
  isLeader(): Promise<boolean>;
}

export interface OutboxSenderDeps {
  db: Db;
  senders: Partial<Record<ChannelName, ChannelSender>>;
  translator: Translator;
  logger: Logger;
  now?: () => Date;
  batchSize?: number;
  /**
   * Messages per second per channel. Telegram allows about 30 per second in bulk; staying under
   * it keeps 429s rare. Zalo publishes no figure.
   */
  ratePerSecond?: Partial<Record<ChannelName, number>>;
  /** Only the leader sends, so the rate holds per bot token across instances. Default: always lead. */
  leadership?: Leadership;
  sleep?: (ms: number) => Promise<void>;
  /** Quiet hours are local time: reminders held up past 21:00 wait for the morning. */
  timeZone?: string;
  /** Kinds of message besides the built-in ones (notifications, reminders, nudges). */
  kinds?: MessageKinds;
}

const MAX_ATTEMPTS = 5;
const QUIET = reminderPolicySchema.parse({});
/** A row left in "sending" this long belongs to a process that died mid-send. */
const STALE_SENDING_MS = 5 * 60_000;
/** Telegram's bulk limit is about 30 per second; evenly paced 29 never exceeds it in any second. */
const DEFAULT_RATE: Record<ChannelName, number> = { telegram: 29, zalo: 10, console: 1000 };

type Row = typeof outbox.$inferSelect;

/** One drain: rows sent, dropped for good (skipped, failed, unreachable) and put back for later. */
export interface DrainReport {
  sent: number;
  dropped: number;
  later: number;
}
/** Reminders are not worth waking anybody for: held at night, dropped when half a day late. */
const reminderKind = { holdAtNight: () => true, dropAfterMs: MAX_LATENESS_MS };

const BUILT_IN_KINDS: MessageKinds = {
  notification: {},
  reminder: {
    ...reminderKind,
    async stale(db, row) {
      if (row.campaignId === null || row.unitId === null) return null;
      // Whatever the campaign's kind: its own rule of what "submitted" means.
      return (await unitHasSubmitted(db, row.campaignId, row.unitId)) ? "unit submitted" : null;
    },
  },
  "reminder-office": reminderKind,
  nudge: {
    ...reminderKind,
    async stale(db, row) {
      if (row.campaignId === null) return null;
      const answered = await db.$count(
        registrations,
        and(eq(registrations.campaignId, row.campaignId), eq(registrations.personId, row.personId), ne(registrations.status, "withdrawn")),
      );
      return answered > 0 ? "already registered" : null;
    },
  },
};

/**
 * The one dispatcher of the outbox: notifications, deadline reminders and staff nudges. It claims
 * rows with SKIP LOCKED, so dispatchers never take the same row, and sends each in the
 * recipient's language through the channel they used last, at the channel's rate.
 *
 * At-least-once window: a row is marked sent right after the messenger accepts it. A crash
 * between the two leaves that one row in "sending"; the next leader (or, without leadership,
 * STALE_SENDING_MS later) queues it again and that single message may arrive twice. Rows claimed
 * but not yet tried were never sent, so they are simply sent later. Nothing else is sent twice.
 */
export function createOutboxSender(deps: OutboxSenderDeps) {
  const now = deps.now ?? (() => new Date());
  const batch = deps.batchSize ?? 20;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const rate = { ...DEFAULT_RATE, ...deps.ratePerSecond };
  /** Earliest time the next message may leave on each channel (pacing and 429 pauses). */
  const nextSlot = new Map<ChannelName, number>();
  let running: Promise<DrainReport> | null = null;
  const kinds: MessageKinds = { ...BUILT_IN_KINDS, ...deps.kinds };

  async function claim(at: Date) {
    return deps.db.transaction(async (tx) => {
      // With a leader, this process is the only sender and has nothing in flight between batches:
      // any row still "sending" belongs to a leader that died, and goes back to the queue now.
      const orphaned = deps.leadership
        ? eq(outbox.status, "sending")
        : and(eq(outbox.status, "sending"), lte(outbox.notBefore, new Date(at.getTime() - STALE_SENDING_MS)));
      await tx.update(outbox).set({ status: "queued" }).where(orphaned);
      const rows = await tx
        .select()
        .from(outbox)
        .where(and(eq(outbox.status, "queued"), lte(outbox.notBefore, at)))
        .orderBy(asc(outbox.notBefore), asc(outbox.id))
        .limit(batch)
        .for("update", { skipLocked: true });
      if (rows.length > 0) {
        await tx
          .update(outbox)
          .set({ status: "sending", notBefore: at, attempts: sql`${outbox.attempts} + 1` })
          .where(
            inArray(
              outbox.id,
              rows.map((r) => r.id),
            ),
          );
      }
      return rows;
    });
  }

  /** Why a message queued earlier should no longer go out, or null when it still should. */
  async function staleReason(row: Row, kind: MessageKind): Promise<string | null> {
    if (row.campaignId !== null) {
      const [c] = await deps.db
        .select({ closedAt: campaigns.closedAt, deadlineAt: campaigns.deadlineAt })
        .from(campaigns)
        .where(eq(campaigns.id, row.campaignId));
      if (!c || c.closedAt) return "campaign closed";
      if (row.deadlineAt && c.deadlineAt.getTime() !== row.deadlineAt.getTime()) return "deadline moved";
    }
    return kind.stale ? kind.stale(deps.db, row) : null;
  }

  /** The person's reachable identities, the channel they used last first. */
  async function recipient(personId: number) {
    const [person] = await deps.db
      .select({
        locale: people.locale,
        anonymisedAt: people.anonymisedAt,
        unitId: people.unitId,
        provinceId: people.provinceId,
        fullName: people.fullName,
      })
      .from(people)
      .where(eq(people.id, personId));
    if (!person || person.anonymisedAt) return null;
    const identities = await deps.db
      .select()
      .from(channelIdentities)
      .where(and(eq(channelIdentities.personId, personId), isNull(channelIdentities.unreachableAt)))
      .orderBy(desc(sql`coalesce(${channelIdentities.lastSeenAt}, ${channelIdentities.createdAt})`));
    return {
      person,
      identities: identities.filter((i) => deps.senders[i.channel]),
      locale: isLocale(person.locale) ? person.locale : "vi",
    };
  }

  /**
   * A message to one chat (the notice that an erasure is done): the person's row is anonymised and
   * her chat links are gone, so the chat it names is the only way to her.
   */
  async function directRecipient(row: Row) {
    const [person] = await deps.db.select({ locale: people.locale }).from(people).where(eq(people.id, row.personId));
    const identities = deps.senders[row.toChannel!] ? [{ id: null, channel: row.toChannel!, externalId: row.toExternalId! }] : [];
    const locale = person?.locale;
    return { person: null, identities, locale: isLocale(locale) ? locale : "vi" };
  }

  /** Someone who can act when a person cannot be reached: their unit's leader, else the Văn phòng. */
  async function tellSomeone(row: Row, person: { provinceId: number; unitId: number | null; fullName: string }) {
    const leaders = person.unitId
      ? await deps.db
          .select({ id: roles.personId })
          .from(roles)
          .where(and(eq(roles.unitId, person.unitId), eq(roles.role, "unit_leader"), ne(roles.personId, row.personId)))
      : [];
    const office =
      leaders.length > 0
        ? []
        : await deps.db
            .select({ id: roles.personId })
            .from(roles)
            .where(and(eq(roles.provinceId, person.provinceId), eq(roles.role, "office")));
    const day = now().toISOString().slice(0, 10);
    const targets = [...new Set([...leaders, ...office].map((r) => r.id))];
    if (targets.length === 0) return;
    await deps.db
      .insert(outbox)
      .values(
        targets.map((id) => ({
          provinceId: row.provinceId,
          personId: id,
          kind: "notification",
          notBefore: now(),
          dedupeKey: `unreachable:${row.personId}:${id}:${day}`,
          message: { key: "notify-unreachable", vars: { name: person.fullName } },
        })),
      )
      .onConflictDoNothing();
  }

  async function paced(channel: ChannelName) {
    const wait = (nextSlot.get(channel) ?? 0) - Date.now();
    if (wait > 0) await sleep(wait);
    nextSlot.set(channel, Math.max(Date.now(), nextSlot.get(channel) ?? 0) + 1000 / rate[channel]);
  }

  // A chat address kept for one message goes once the message is done with (sent or given up).
  const finish = (row: Row, values: Partial<Row>) =>
    deps.db
      .update(outbox)
      .set(row.toExternalId !== null && values.status !== "queued" ? { ...values, toExternalId: null } : values)
      .where(eq(outbox.id, row.id));

  async function deliver(row: Row, at: Date): Promise<"sent" | "later" | "paused" | "dropped"> {
    // The row's own logger: its ids on every line (never the message or the person's name).
    const log = deps.logger.child({ outboxId: row.id, personId: row.personId, messageKind: row.kind });
    const kind = kinds[row.kind] ?? {};
    const stale = await staleReason(row, kind);
    if (stale) {
      await finish(row, { status: "skipped", lastError: stale });
      return "dropped";
    }
    if (kind.dropAfterMs !== undefined && at.getTime() - row.createdAt.getTime() > kind.dropAfterMs) {
      await finish(row, { status: "skipped", lastError: `more than ${Math.round(kind.dropAfterMs / 3600_000)} hours late` });
      return "dropped";
    }
    if (kind.holdAtNight?.(row)) {
      const morning = quietUntil(at, deps.timeZone ?? "Asia/Ho_Chi_Minh", QUIET);
      if (morning) {
        await finish(row, { status: "queued", notBefore: morning, attempts: row.attempts });
        return "later";
      }
    }
    const to = row.toChannel !== null && row.toExternalId !== null ? await directRecipient(row) : await recipient(row.personId);
    const render = (channel: ChannelName) => {
      const locale = to!.locale;
      const ctx = { channel, locale, t: (key: string, vars?: Record<string, string | number>) => deps.translator.t(locale, key, vars) };
      return (kind.render ?? textOf)(row, ctx);
    };
    let blocked = false;
    for (const identity of to?.identities ?? []) {
      const paused = (nextSlot.get(identity.channel) ?? 0) - Date.now();
      if (paused > 5_000) {
        // This channel is cooling down after a 429: keep the row for later, it was not tried.
        await finish(row, { status: "queued", notBefore: new Date(now().getTime() + paused), attempts: row.attempts });
        return "paused";
      }
      await paced(identity.channel);
      try {
        await deps.senders[identity.channel]!.send(identity.externalId, await render(identity.channel));
        await finish(row, { status: "sent", sentAt: now(), lastError: null });
        return "sent";
      } catch (e) {
        const err = e instanceof DeliveryError ? e : new DeliveryError("transient", (e as Error).message);
        log.warn({ channel: identity.channel, kind: err.kind }, "delivery failed");
        if (err.kind === "blocked") {
          // This chat is gone; the person may still be reachable on another channel.
          if (identity.id !== null)
            await deps.db.update(channelIdentities).set({ unreachableAt: at }).where(eq(channelIdentities.id, identity.id));
          blocked = true;
          continue;
        }
        if (err.kind === "rate_limited") {
          // One pause for the whole channel: every further send would be refused too.
          const waitMs = (err.retryAfterSeconds ?? 1) * 1000;
          nextSlot.set(identity.channel, Date.now() + waitMs);
          await finish(row, {
            status: "queued",
            notBefore: new Date(now().getTime() + waitMs),
            attempts: row.attempts,
            lastError: err.message.slice(0, 500),
          });
          return "paused";
        }
        const retry = err.kind === "transient" && row.attempts + 1 < MAX_ATTEMPTS;
        const delayMs = 2 ** (row.attempts + 1) * 10_000;
        await finish(
          row,
          retry
            ? { status: "queued", notBefore: new Date(at.getTime() + delayMs), lastError: err.message.slice(0, 500) }
            : { status: "failed", lastError: err.message.slice(0, 500) },
        );
        return retry ? "later" : "dropped";
      }
    }
    await finish(row, {
      status: blocked ? "failed" : "skipped",
      lastError: blocked ? "unreachable: blocked the bot" : "no reachable identity",
    });
    if (blocked && to?.person) await tellSomeone(row, to.person);
    return "dropped";
  }

  async function drainOnce(): Promise<DrainReport> {
    const report: DrainReport = { sent: 0, dropped: 0, later: 0 };
    for (;;) {
      if (deps.leadership && !(await deps.leadership.isLeader())) return report;
      const at = now();
      const rows = await claim(at);
      for (const [i, row] of rows.entries()) {
        const outcome = await deliver(row, at);
        if (outcome === "sent") report.sent++;
        else if (outcome === "dropped") report.dropped++;
        else report.later++;
        if (outcome === "paused") {
          // Paused by a 429: hand the rest of the batch back untouched, in order.
          await deps.db
            .update(outbox)
            .set({ status: "queued", attempts: sql`${outbox.attempts} - 1` })
            .where(
              inArray(
                outbox.id,
                rows.slice(i + 1).map((r) => r.id),
              ),
            );
          return report;
        }
      }
      if (rows.length < batch) return report;
    }
  }

  return {
    /** Sends everything due; concurrent calls share one run. Returns how many were sent. */
    drain(): Promise<number> {
      return this.drainReport().then((r) => r.sent);
    },
    /** Like drain, with what became of every row it took. */
    drainReport(): Promise<DrainReport> {
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
