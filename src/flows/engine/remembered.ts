import type { Claimed } from "./claim.js";
import type { UserRef } from "./types.js";

/**
 * What this instance saw of each recent conversation when its last step committed. The next step
 * of that chat starts from this copy at once instead of reading the conversation first, and its
 * save confirms the copy (claim.ts, saveConversation): a step that only moves on is then one
 * statement. Any instance may hold a copy of any conversation: an outdated one costs one retry
 * from the stored conversation, never a wrong step.
 */
export class RememberedConversations {
  /** Map order is recency order: the first key is the one seen longest ago. */
  private readonly entries = new Map<string, { claimed: Claimed; dataJson: string }>();

  constructor(private readonly capacity: number) {}

  /** A private copy: the step may change its data freely. */
  recall(user: UserRef): Claimed | undefined {
    const entry = this.entries.get(keyOf(user));
    if (!entry) return undefined;
    return { ...entry.claimed, conv: { ...entry.claimed.conv, data: JSON.parse(entry.dataJson) as Record<string, unknown> } };
  }

  /** After a commit. An older revision never replaces a newer one (two steps of one chat at once). */
  remember(user: UserRef, claimed: Claimed, dataJson: string): void {
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
}

const keyOf = (user: UserRef) => `${user.channel}\u0000${user.externalId}`;
