import type { DbOrTx } from "../db/client.js";
import { unawaited } from "../db/pipeline.js";
import { outbox } from "../db/schema.js";
import type { Notification } from "../core/index.js";

/** Queues notifications in the caller's transaction; the dispatcher sends them after commit. */
export async function insertOutboxNotifications(db: DbOrTx, notifications: Notification[]): Promise<void> {
  if (notifications.length === 0) return;
  await unawaited(
    db,
    db
      .insert(outbox)
      .values(
        notifications.map((n) => ({
          provinceId: n.provinceId,
          personId: n.personId,
          dedupeKey: n.dedupeKey,
          kind: "notification",
          message: n.message,
        })),
      )
      .onConflictDoNothing(),
  );
}
