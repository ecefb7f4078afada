import type { Tx } from "../../db/types.js";
import { localeFromClient, type Locale } from "../../i18n.js";
import type { Claim, ClaimOutcome, Conversation, ConversationStore, StepActor, StepSave } from "./store.js";
import type { InboundEvent, Notification, Outbound, UserRef } from "./types.js";

export interface MemoryStoreOptions {
  defaultLocale: Locale;
  /** Who is behind a chat (null: nobody has joined from it). */
  actorOf?(user: UserRef): StepActor | null;
  now?: () => Date;
  /** How long a step's replies wait for their sender before a redelivery may take them. */
  replyLeaseSeconds?: number;
}

interface Kept {
  replies: Outbound[];
  locale: Locale;
  leaseUntil: number;
}

/**
 * Conversations in a Map, for engine tests: the same contract as the PostgreSQL store (an update
 * is claimed once, a step and its save are all or nothing, undelivered replies wait for a
 * redelivery), with no database. A flow that reaches for `ctx.tx` fails loudly.
 */
export function createMemoryStore(options: MemoryStoreOptions) {
  const now = options.now ?? (() => new Date());
  const leaseMs = (options.replyLeaseSeconds ?? 60) * 1000;
  const conversations = new Map<string, Conversation>();
  const processed = new Set<string>();
  const kept = new Map<string, Kept>();
  const notifications: Notification[] = [];
  const chat = (user: UserRef) => `${user.channel}\u0000${user.externalId}`;
  const update = (channel: string, updateId: string) => `${channel}\u0000${updateId}`;
  const noDatabase = new Proxy({} as Tx, {
    get(_target, prop) {
      throw new Error(`the in-memory conversation store has no database (tx.${String(prop)})`);
    },
  });

  const store: ConversationStore = {
    async claim<T>(event: InboundEvent, step: (claim: Claim) => Promise<{ save: StepSave; value: T }>): Promise<ClaimOutcome<T>> {
      const id = update(event.user.channel, event.updateId);
      const stored = conversations.get(chat(event.user));
      const locale = stored?.locale ?? options.defaultLocale;
      if (processed.has(id)) {
        const waiting = kept.get(id);
        if (!waiting || waiting.leaseUntil > now().getTime()) return { kind: "duplicate", locale, unsent: null };
        waiting.leaseUntil = now().getTime() + leaseMs;
        return { kind: "duplicate", locale, unsent: { replies: waiting.replies, locale: waiting.locale } };
      }
      const at = now();
      const conv: Conversation = stored
        ? { ...stored, data: structuredClone(stored.data) }
        : {
            flow: null,
            step: null,
            data: {},
            version: 0,
            revision: 0,
            locale: localeFromClient(event.languageCode, options.defaultLocale),
            personId: null,
            provinceId: null,
          };
      // Nothing is kept until the step returns: a step that throws leaves no trace, as a rollback.
      const { save, value } = await step({ conv, actor: options.actorOf?.(event.user) ?? null, tx: noDatabase, at });
      processed.add(id);
      conversations.set(chat(event.user), { ...save.conv, data: structuredClone(save.conv.data), revision: conv.revision + 1 });
      notifications.push(...save.notifications);
      if (save.replies.length > 0) kept.set(id, { replies: save.replies, locale: save.conv.locale, leaseUntil: at.getTime() + leaseMs });
      return { kind: "step", value };
    },
    delivered(user, updateId) {
      kept.delete(update(user.channel, updateId));
    },
    flush: async () => {},
  };
  return Object.assign(store, {
    /** The conversation as stored now (tests look at it). */
    conversation: (user: UserRef) => conversations.get(chat(user)),
    /** Notifications saved by steps, in order. */
    notifications,
  });
}
