import { getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "./client.js";
import { rowsOf } from "./rows.js";

/**
 * Many rows in one statement with one parameter: the rows travel as one JSON array and
 * PostgreSQL unpacks them (`jsonb_to_recordset`). Drizzle builds a thousand-row VALUES list one
 * parameter at a time, which cost the client more CPU than the database spent writing the rows
 * (a profile of `people import`: most of its CPU in drizzle's query builder).
 *
 * Every row must give the same columns (a missing key is written as NULL, not the default);
 * jsonb columns take the value itself, timestamps an ISO string or a Date.
 */
export async function insertMany<T extends PgTable>(
  db: DbOrTx,
  table: T,
  rows: Array<Partial<T["$inferInsert"]>>,
  opts: { returningIds?: boolean; onConflictDoNothing?: boolean } = {},
): Promise<number[]> {
  if (rows.length === 0) return [];
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in rows[0]!);
  const records = rows.map((r) => {
    const out: Record<string, unknown> = {};
    for (const [key, column] of columns) out[column.name] = (r as Record<string, unknown>)[key] ?? null;
    return out;
  });
  const names = sql.raw(columns.map(([, c]) => `"${c.name}"`).join(", "));
  const types = sql.raw(columns.map(([, c]) => `"${c.name}" ${c.getSQLType()}`).join(", "));
  const statement: SQL = sql`insert into ${sql.raw(`"${getTableName(table)}"`)} (${names})
    select ${names} from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as x(${types})
    ${opts.onConflictDoNothing ? sql`on conflict do nothing` : sql``}
    ${opts.returningIds ? sql`returning id` : sql``}`;
  const result = await db.execute(statement);
  if (!opts.returningIds) return [];
  // Serial ids are drawn in the order the rows are inserted, which is the order given.
  return rowsOf<{ id: number | string }>(result)
    .map((r) => Number(r.id))
    .sort((a, b) => a - b);
}
