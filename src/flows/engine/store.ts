import type { Tx } from "../../db/types.js";
import type { Locale } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import type { Actor, InboundEvent, Notification, Outbound, UserRef } from "./types.js";

/**
 * Where conversations are kept between updates. The engine asks for two things only: claim the
 * conversation for an update (once per update id), and save what the step made of it together
 * with its replies and notifications, all or nothing. The PostgreSQL store (postgres-store.ts)
 * keeps its speed-ups behind this; the in-memory one (memory-store.ts) serves engine tests.
 */

/** Where a chat stands between two updates. */
export interface ConversationState {
  flow: string | null;
  step: string | null;
  data: Record<string, unknown>;
  version: number;
  locale: Locale;
  personId: number | null;
  provinceId: number | null;
}

/** A stored conversation; its revision moves on with every save (a remembered copy is good while it matches). */
export interface Conversation extends ConversationState {
  revision: number;
}

/** The person behind the chat as the step sees them, with the language stored on them. */
export type StepActor = Actor & { locale: string };

/** What a step starts from once its update is claimed. */
export interface Claim {
  conv: Conversation;
  actor: StepActor | null;
  /** The step's transaction: flows read and write through it, and it commits with the save. */
  tx: Tx;
  /** The step's clock: one time for the whole step. */
  at: Date;
}

/** What the store saves after a step, in the step's transaction. */
export interface StepSave {
  conv: ConversationState;
  replies: Outbound[];
  notifications: Notification[];
}

export type ClaimOutcome<T> =
  /** The step ran and was saved; `value` is what it returned. */
  | { kind: "step"; value: T }
  /**
   * The update was handled before (a redelivery). `unsent`: what its step stored and nobody
   * delivered yet, leased to this caller now; null when nothing is left to send.
   */
  | { kind: "duplicate"; locale: Locale; unsent: { replies: Outbound[]; locale: string } | null };

export interface ClaimOptions {
  /** The update's own logger (its ids bound). */
  log: Logger;
  /**
   * Whether a step of this conversation may start from a copy the store remembers instead of the
   * stored row (false for flows whose steps take long: they must lock first).
   */
  mayStartFromCopy(conv: Conversation): boolean;
}

export interface ConversationStore {
  /**
   * Claims the conversation for `event` and runs `step` on it; the save it returns commits with
   * it. The step may run more than once (a transient failure, a stale copy): it must keep its
   * effects in the transaction and in what it returns.
   */
  claim<T>(
    event: InboundEvent,
    step: (claim: Claim) => Promise<{ save: StepSave; value: T }>,
    options: ClaimOptions,
  ): Promise<ClaimOutcome<T>>;
  /** The replies of this update reached the person: they need not be kept any more. */
  delivered(user: UserRef, updateId: string): void;
  /** Forgets delivered replies now (before the database closes). */
  flush(): Promise<void>;
}
