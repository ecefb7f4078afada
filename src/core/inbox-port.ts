import type { ChannelName } from "./messages.js";

/**
 * Inbound updates that no channel would send again (a Zalo webhook call answered 200, an event
 * taken by getUpdates), kept before they are acknowledged and deleted once their step has
 * committed (the implementation: delivery/inbox.ts). A crash in between leaves the row; the recovery sweep (delivery/recovery.ts) hands it
 * to the channel again when its lease has run out. The engine's update-id claim makes a second
 * handling of one update harmless.
 */
export interface Inbox {
  /** Keeps the update, leased to this instance while it handles it. */
  keep(channel: ChannelName, updateId: string, body: unknown): Promise<void>;
  /** The update's step committed (or the update was refused for good): forget it. */
  done(channel: ChannelName, updateId: string): Promise<void>;
  /** Updates whose handler died (lease run out), leased to the caller, oldest first. */
  due(limit: number): Promise<InboxEntry[]>;
  /** Whether a failed step leaves the update kept for another attempt (the database is away): say nothing yet. */
  retriesAfter?(e: unknown): boolean;
}

export interface InboxEntry {
  channel: ChannelName;
  updateId: string;
  body: unknown;
  attempts: number;
}
