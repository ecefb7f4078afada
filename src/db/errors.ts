/** What a database error says, whichever driver raised it (postgres.js, PGlite). */
export interface DriverError {
  /** SQLSTATE, e.g. 23505 for a unique violation. */
  code: string;
  /** The constraint it names, if any. */
  constraint: string | undefined;
}

/** The driver's error, however deep Drizzle wrapped it (DrizzleQueryError keeps it as `cause`). */
export function driverError(e: unknown): DriverError | undefined {
  type Raw = { code?: unknown; cause?: unknown; constraint_name?: string; constraint?: string };
  for (let x = e as Raw | undefined; x && typeof x === "object"; x = x.cause as Raw | undefined) {
    if (typeof x.code === "string" && /^[0-9A-Z]{5}$/.test(x.code)) return { code: x.code, constraint: x.constraint_name ?? x.constraint };
  }
  return undefined;
}

/** SQLSTATEs of a transaction that lost a race and may simply run again. */
const CONFLICT_CODES = new Set(["40P01", "40001"]);
/** postgres.js's own codes and the SQLSTATEs of a connection that went away under a statement. */
const CONNECTION_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "57P01",
  "57P02",
  "57P03",
]);

/**
 * Whether running the failed transaction again may succeed: "conflict" for a deadlock or a
 * serialization failure, "connection" when the connection was lost (the server restarted, an
 * administrator or a pooler closed it). Null for everything else.
 */
export function transientDbError(e: unknown): "conflict" | "connection" | null {
  type Raw = { code?: unknown; cause?: unknown; errors?: unknown };
  for (let x = e as Raw | undefined, depth = 0; x && typeof x === "object" && depth < 8; x = x.cause as Raw | undefined, depth++) {
    const code = typeof x.code === "string" ? x.code : "";
    if (CONFLICT_CODES.has(code)) return "conflict";
    if (CONNECTION_CODES.has(code) || code.startsWith("08")) return "connection";
  }
  return null;
}
