import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { unawaited } from "../db/pipeline.js";
import { prepared } from "../db/prepared.js";
import { auditLog } from "../db/schema.js";

export interface AuditEntry {
  provinceId: number | null;
  /** Who did it: "cli", "person:<id>", "system". Never a name or a phone number. */
  actor: string;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

const CHUNK = 500;

const toRow = (e: AuditEntry) => ({
  provinceId: e.provinceId,
  actor: e.actor,
  action: e.action,
  entity: e.entity,
  entityId: e.entityId == null ? null : String(e.entityId),
  before: e.before ?? null,
  after: e.after ?? null,
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
  for (let i = 0; i < list.length; i += CHUNK) await tx.insert(auditLog).values(list.slice(i, i + CHUNK).map(toRow));
}
