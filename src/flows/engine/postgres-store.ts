import { eq, lt } from "drizzle-orm";
import type { Db, Tx } from "../../db/types.js";
import { transientDbError } from "../../db/errors.js";
import { unawaited } from "../../db/pipeline.js";
import { people, processedUpdates, stepReplies } from "../../db/schema.js";
import type { Locale } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import { insertOutboxNotifications } from "../../services/notifications.js";
import { actorFromRow, actorRowAfter } from "./actor.js";
import { claimStored, isDuplicateUpdate, saveConversation, type Claimed } from "./claim.js";
import { RememberedConversations, type Remembered } from "./remembered.js";
import { createDeliveredLog, encodeReplies, REPLY_LEASE_SECONDS, takeReplies } from "./replies.js";
import type { Claim, ClaimOptions, ClaimOutcome, ConversationStore, StepSave } from "./store.js";
import type { InboundEvent } from "./types.js";

/** Runs of one step at most, when the database fails it in a way another run may not meet. */
const RETRY_ATTEMPTS = 5;

export interface PostgresStoreOptions {
  db: Db;
  logger: Logger;
  defaultLocale: Locale;
  now?: () => Date;
  /** How long a step's stored replies wait for this instance to send them before anyone else may. */
  replyLeaseSeconds?: number;
  /** Told when a step lost its database connection (readiness reports it). */
  onConnectionLost?: () => void;
  /** Pauses between runs of a step after a transient database failure (tests make it instant). */
  sleep?: (ms: number) => Promise<void>;
  /** How many conversations an instance keeps in memory to start their next step sooner; 0: none. */
  rememberConversations?: number;
}

type Step<T> = (claim: Claim) => Promise<{ save: StepSave; value: T }>;
/** One run in one transaction: the step's outcome, and the conversation as it stands once this commits. */
type Run<T> = { outcome: ClaimOutcome<T>; next: Remembered | null };

/**
 * Conversations in PostgreSQL (or PGlite), with what makes a chat step cheap there: the update is
 * claimed, the conversation locked and the person loaded in one statement (claim.ts); the next
 * step of a chat starts from a remembered copy that its save confirms (remembered.ts); statements
 * whose answers nobody reads ride along with the next one (db/pipeline.ts); delivered replies are
 * forgotten in batches (replies.ts). A deadlock, a serialization failure or a lost connection runs
 * the step again before anything reaches the person.
 */
export function createPostgresStore(options: PostgresStoreOptions): ConversationStore {
  const { db, defaultLocale } = options;
  const now = options.now ?? (() => new Date());
  const leaseSeconds = options.replyLeaseSeconds ?? REPLY_LEASE_SECONDS;
  const memory = new RememberedConversations(options.rememberConversations ?? 10_000);
  const deliveredLog = createDeliveredLog(db, options.logger);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  /** One run of the step on `tx`, from `from` (a remembered copy) or from the stored row. */
  async function run<T>(tx: Tx, event: InboundEvent, from: Claimed | null, step: Step<T>): Promise<Run<T>> {
    const at = now();
    const claimed = from ?? (await claimStored(tx, event, defaultLocale));
    if (!claimed) return { outcome: { kind: "duplicate", locale: defaultLocale, unsent: null }, next: null };
    const actor = await actorFromRow(tx, claimed.actorRow, at);
    const { save, value } = await step({ conv: claimed.conv, actor, tx, at });
    const state = save.conv;
    if (state.personId && actor && state.locale !== actor.locale) {
      await unawaited(tx, tx.update(people).set({ locale: state.locale }).where(eq(people.id, state.personId)));
    }
    await insertOutboxNotifications(tx, save.notifications);
    const dataJson = JSON.stringify(state.data);
    await saveConversation(tx, event, state, { data: dataJson, replies: encodeReplies(save.replies), leaseSeconds }, at, from);
    const outcome: ClaimOutcome<T> = { kind: "step", value };
    // A step that changed who the person is (joined, switched language) is read afresh next time.
    const actorKept = (actor?.personId ?? null) === state.personId && (!actor || actor.locale === state.locale);
    if (!actorKept) return { outcome, next: null };
    const actorRow = claimed.actorRow && actorRowAfter(claimed.actorRow, at);
    return {
      outcome,
      next: { claimed: { conv: { ...state, revision: claimed.conv.revision + 1 }, actorRow, actorFp: claimed.actorFp }, dataJson },
    };
  }

  /** Commits a run, then keeps the conversation as it now stands for the chat's next update. */
  async function commit<T>(event: InboundEvent, from: Claimed | null, step: Step<T>): Promise<ClaimOutcome<T>> {
    const { outcome, next } = await db.transaction((tx) => run(tx, event, from, step));
    if (next) memory.remember(event.user, next);
    return outcome;
  }

  /**
   * A redelivered update: what its step stored and nobody delivered yet is leased to this caller.
   * `force` after a lost connection, when the stored replies may be this instance's own from a
   * commit it never heard back about.
   */
  async function unsent<T>(event: InboundEvent, locale: Locale, force: boolean, log: Logger): Promise<ClaimOutcome<T>> {
    const pending = await takeReplies(db, event.user, event.updateId, force, leaseSeconds);
    if (pending) log.info({ attempts: pending.attempts }, "stored replies sent again");
    return { kind: "duplicate", locale, unsent: pending && { replies: pending.replies, locale: pending.locale } };
  }

  /**
   * From the stored conversation; a transient failure runs it again, a few times with growing
   * jittered pauses. Safe because the update id is claimed in the same transaction: a step that
   * did commit is found, and its stored replies are what gets sent.
   */
  async function fromStored<T>(event: InboundEvent, step: Step<T>, log: Logger): Promise<ClaimOutcome<T>> {
    let lostConnection = false;
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await commit(event, null, step);
        return outcome.kind === "duplicate" ? await unsent(event, outcome.locale, lostConnection, log) : outcome;
      } catch (e) {
        memory.forget(event.user);
        const kind = transientDbError(e);
        if (!kind || attempt >= RETRY_ATTEMPTS) throw e;
        if (kind === "connection") {
          lostConnection = true;
          options.onConnectionLost?.();
        }
        const base = (kind === "conflict" ? 10 : 150) * 2 ** (attempt - 1);
        log.warn({ attempt, kind }, "chat step ran into a transient database failure; running it again");
        await sleep(base + Math.random() * 2 * base);
      }
    }
  }

  /** From a remembered copy, confirmed by the save; a stale one costs a run from the stored row. */
  async function fromCopy<T>(event: InboundEvent, copy: Claimed, step: Step<T>, log: Logger): Promise<ClaimOutcome<T> | null> {
    try {
      const outcome = await commit(event, copy, step);
      memory.outcome(false);
      return outcome;
    } catch (e) {
      memory.forget(event.user);
      if (isDuplicateUpdate(e)) return unsent(event, copy.conv.locale, false, log);
      memory.outcome(true);
      // Mostly the copy was out of date (another instance, or another update of this chat, moved
      // on; the person changed): nothing of it was kept, so once more from the stored conversation.
      log.debug({ err: e }, "remembered conversation refused; step run again");
      return null;
    }
  }

  return {
    async claim<T>(event: InboundEvent, step: Step<T>, { log, mayStartFromCopy }: ClaimOptions): Promise<ClaimOutcome<T>> {
      const copy = memory.recall(event.user);
      const fromMemory = copy && mayStartFromCopy(copy.conv) ? await fromCopy(event, copy, step, log) : null;
      return fromMemory ?? fromStored(event, step, log);
    },
    delivered(user, updateId) {
      deliveredLog.delivered(user.channel, updateId);
    },
    flush: () => deliveredLog.flush(),
  };
}

/** Keeps the processed-update table small; ids older than any redelivery window are useless. */
export async function pruneProcessedUpdates(db: Db, olderThan: Date): Promise<void> {
  // Through the column, so the driver serialises the Date (a raw Date in sql`` breaks postgres.js).
  await db.delete(processedUpdates).where(lt(processedUpdates.processedAt, olderThan));
  // Replies no instance could deliver by then (their channel is gone) are of no use either.
  await db.delete(stepReplies).where(lt(stepReplies.createdAt, olderThan));
}
