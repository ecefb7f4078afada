import { sql } from "drizzle-orm";
import type { Inbox } from "../core/inbox-port.js";
import type { Db } from "../db/client.js";
import { transientDbError } from "../db/errors.js";
import { rowsOf } from "../db/rows.js";
import type { ChannelName } from "../db/schema.js";

/** Inbound updates kept in `inbound_updates` until their step commits (see core/inbox-port.ts). */
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
    retriesAfter: (e) => transientDbError(e) !== null,
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
