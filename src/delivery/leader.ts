import type postgres from "postgres";
import type { Database } from "../db/client.js";
import type { Logger } from "../logger.js";
import type { Leadership } from "./outbox-sender.js";
import type { DatabaseHealth } from "../db/health.js";

/** Names the lock every instance's dispatcher competes for. */
export const SENDER_LOCK_KEY = 7_140_2026;
/** A standby asks for the lock this often; the lock is retaken well within 10 s of a loss. */
const RETRY_MS = 3_000;

/**
 * One sender per database, so the send rate holds per bot token however many instances run.
 * The lock is a session advisory lock on a connection set aside for it: when the holder dies its
 * connection closes, the lock goes with it, and a standby takes over at its next try.
 * The embedded database belongs to one process, which always leads.
 */
export function createLeadership(
  database: Database,
  logger: Logger,
  health?: DatabaseHealth,
): Leadership & { release(): Promise<void>; holding(): boolean } {
  if (database.kind === "embedded" || !database.sql) return { isLeader: async () => true, release: async () => {}, holding: () => true };
  const sql = database.sql;
  let held: postgres.ReservedSql | null = null;
  let lastTry = 0;

  const drop = () => {
    held?.release();
    held = null;
  };

  return {
    async isLeader() {
      if (held) {
        try {
          await held`select 1`;
          return true;
        } catch {
          // The session is gone and the lock with it; another instance (or this one, below, on a
          // fresh connection) takes it over.
          logger.warn("lost the sender lock's connection");
          health?.lost();
          drop();
          lastTry = 0;
        }
      }
      if (Date.now() - lastTry < RETRY_MS) return false;
      lastTry = Date.now();
      let conn: postgres.ReservedSql | null = null;
      try {
        conn = await sql.reserve();
        const [row] = await conn`select pg_try_advisory_lock(${SENDER_LOCK_KEY}) as locked`;
        health?.answered();
        if (row?.locked) {
          held = conn;
          logger.info("this instance is the sender");
          return true;
        }
      } catch (e) {
        logger.warn({ err: e }, "sender lock not available");
      }
      conn?.release();
      return false;
    },
    holding: () => held !== null,
    async release() {
      if (!held) return;
      await held`select pg_advisory_unlock(${SENDER_LOCK_KEY})`.catch(() => {});
      drop();
    },
  };
}
