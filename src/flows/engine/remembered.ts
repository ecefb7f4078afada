import type { Claimed } from "./claim.js";
import type { UserRef } from "./types.js";

/**
 * What this instance saw of each recent conversation when its last step committed. The next step
 * of that chat starts from this copy at once instead of reading the conversation first, and its
 * save confirms the copy (claim.ts, saveConversation): a step that only moves on is then one
 * statement. Any instance may hold a copy of any conversation: an outdated one costs one retry
 * from the stored conversation, never a wrong step.
 *
 * Copies pay only while they are mostly current: behind a load balancer that spreads one chat's
 * updates over several instances, most would be out of date and every step would run twice. So
 * the share of recent copies that turned out stale is kept, and above a third only one start in
 * eight uses a copy: enough to see when they become worth it again.
 */
/** A conversation as its last step committed it; the data as the JSON that was saved. */
export interface Remembered {
  claimed: Claimed;
  dataJson: string;
}

export class RememberedConversations {
  /** Map order is recency order: the first key is the one seen longest ago. */
  private readonly entries = new Map<string, Remembered>();
  /** Moving average over roughly the last 50 starts from a copy: 1 when all were stale. */
  private staleShare = 0;
  private starts = 0;

  constructor(private readonly capacity: number) {}

  /** A private copy: the step may change its data freely. None while copies mostly turn out stale. */
  recall(user: UserRef): Claimed | undefined {
    if (this.staleShare > MAX_STALE_SHARE && ++this.starts % PROBE_EVERY !== 0) return undefined;
    const entry = this.entries.get(keyOf(user));
    if (!entry) return undefined;
    return { ...entry.claimed, conv: { ...entry.claimed.conv, data: JSON.parse(entry.dataJson) as Record<string, unknown> } };
  }

  /** After a commit. An older revision never replaces a newer one (two steps of one chat at once). */
  remember(user: UserRef, { claimed, dataJson }: Remembered): void {
    if (this.capacity <= 0) return;
    const key = keyOf(user);
    const held = this.entries.get(key);
    if (held && held.claimed.conv.revision >= claimed.conv.revision) return;
    this.entries.delete(key);
    this.entries.set(key, { claimed, dataJson });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(user: UserRef): void {
    this.entries.delete(keyOf(user));
  }

  /** How a step that started from a copy ended: the copy was current, or not. */
  outcome(stale: boolean): void {
    this.staleShare += ((stale ? 1 : 0) - this.staleShare) / 50;
  }
}

const MAX_STALE_SHARE = 1 / 3;
const PROBE_EVERY = 8;

const keyOf = (user: UserRef) => `${user.channel}\u0000${user.externalId}`;
