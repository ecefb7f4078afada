import { sql } from "drizzle-orm";
import { insertMany } from "../db/bulk.js";
import type { DbOrTx } from "../db/client.js";
import { unawaited } from "../db/pipeline.js";
import { prepared } from "../db/prepared.js";
import { auditLog } from "../db/schema.js";
import { auditName, type ActorRef } from "../core/actor.js";

export interface AuditEntry {
  provinceId: number | null;
  /** Who did it (stored as "person:<id>", "cli" or "jobs"; never a name or a phone number). */
  actor: ActorRef;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

const CHUNK = 500;

/**
 * Fields that hold what a person wrote or is called. The audit trail is append-only, so erasure
 * cannot reach it: it records that such a field was set or changed ("[personal]"), while the
 * content stays in its own table, where erasure reaches it. Kept in step with migration 0006.
 */
export const PERSONAL_AUDIT_FIELDS = [
  "fullName",
  "phone",
  "position",
  "nomineeName",
  "summary",
  "title",
  "coAuthors",
  "initiativeTitle",
  "initiativeSubject",
  "initiativeText",
] as const;

function withoutPersonal(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value) || value instanceof Date) return value ?? null;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const f of PERSONAL_AUDIT_FIELDS) if (f in out && out[f] !== null && out[f] !== undefined) out[f] = "[personal]";
  return out;
}

const toRow = (e: AuditEntry) => ({
  provinceId: e.provinceId,
  actor: auditName(e.actor),
  action: e.action,
  entity: e.entity,
  entityId: e.entityId == null ? null : String(e.entityId),
  before: withoutPersonal(e.before),
  after: withoutPersonal(e.after),
});

// Most changes log one entry (every saved registration): built once.
const insertOne = prepared<ReturnType<typeof toRow>, unknown>("audit-one", (db) =>
  db.insert(auditLog).values({
    provinceId: sql.placeholder("provinceId"),
    actor: sql.placeholder("actor"),
    action: sql.placeholder("action"),
    entity: sql.placeholder("entity"),
    entityId: sql.placeholder("entityId"),
    before: sql.placeholder("before"),
    after: sql.placeholder("after"),
  }),
);

/** Call inside the transaction that makes the change, so the log and the change commit together. */
export async function writeAudit(tx: DbOrTx, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  // Nobody reads the answer: inside a pipelined transaction it travels with the next statement.
  if (list.length === 1) return void (await unawaited(tx, insertOne(tx, toRow(list[0]!))));
  for (let i = 0; i < list.length; i += CHUNK) await insertMany(tx, auditLog, list.slice(i, i + CHUNK).map(toRow));
}
