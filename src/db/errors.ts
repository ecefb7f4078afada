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
