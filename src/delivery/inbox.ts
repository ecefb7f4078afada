import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { rowsOf } from "../db/rows.js";
import type { ChannelName } from "../db/schema.js";

/**
 * Inbound updates that no channel would send again (a Zalo webhook call answered 200, an event
 * taken by getUpdates), kept before they are acknowledged and deleted once their step has
 * committed. A crash in between leaves the row; the recovery sweep (delivery/recovery.ts) hands it
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
}

export interface InboxEntry {
  channel: ChannelName;
  updateId: string;
  body: unknown;
  attempts: number;
}

/** A webhook update is handled in milliseconds; a row older than this was left by a crash. */
export const INBOX_LEASE_SECONDS = 30;

export function createInbox(db: Db, leaseSeconds = INBOX_LEASE_SECONDS): Inbox {
  return {
    async keep(channel, updateId, body) {
      await db.execute(sql`
        insert into inbound_updates (channel, update_id, body, lease_until)
        values (${channel}, ${updateId}, ${JSON.stringify(body)}::jsonb, clock_timestamp() + ${leaseSeconds} * interval '1 second')
        on conflict do nothing`);
    },
    async done(channel, updateId) {
      await db.execute(sql`delete from inbound_updates where channel = ${channel} and update_id = ${updateId}`);
    },
    async due(limit) {
      const result = await db.execute(sql`
        update inbound_updates i set lease_until = clock_timestamp() + ${leaseSeconds} * interval '1 second', attempts = i.attempts + 1
        from (select channel, update_id from inbound_updates where lease_until < now() order by received_at limit ${limit} for update skip locked) d
        where i.channel = d.channel and i.update_id = d.update_id
        returning i.channel, i.update_id, i.body, i.attempts`);
      return rowsOf<{ channel: ChannelName; update_id: string; body: unknown; attempts: number }>(result).map((r) => ({
        channel: r.channel,
        updateId: r.update_id,
        body: typeof r.body === "string" ? JSON.parse(r.body) : r.body,
        attempts: Number(r.attempts),
      }));
    },
  };
}
