import { pino, type Logger, type LoggerOptions } from "pino";

export type { Logger };

/**
 * Paths pino blanks out wherever they appear. Tokens would give anyone the bot; phone numbers are
 * personal data we keep only in the database.
 */
export const redactPaths = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "secret",
  "*.secret",
  "password",
  "*.password",
  "phone",
  "*.phone",
  "*.*.phone",
  "config.BOT_TOKEN",
  "config.ZALO_BOT_TOKEN",
  "config.WEBHOOK_SECRET",
  "config.FILE_LINK_SECRET",
  "config.DATABASE_URL",
  "headers.authorization",
  'headers["x-bot-api-secret-token"]',
  'headers["x-telegram-bot-api-secret-token"]',
];

interface FailedQuery extends Error {
  query: string;
  params: unknown[];
}
const isFailedQuery = (e: unknown): e is FailedQuery => e instanceof Error && "query" in e && "params" in e;

/** Fields of a PostgreSQL error that quote row values, e.g. "Key (phone)=(0912…) already exists". */
const VALUE_FIELDS = ["detail", "where", "internal_query", "parameters"] as const;

/**
 * Errors as pino writes them, minus the values they carry: Drizzle puts a failed statement's
 * parameters (names, answers, phone numbers) in its message and on the error, and PostgreSQL
 * quotes the offending row in `detail`. The SQL text and the database's error code are enough
 * to debug.
 */
export function serializeError(e: unknown): unknown {
  if (isFailedQuery(e)) {
    const cause = e.cause as { message?: string; code?: string } | undefined;
    const message = `Failed query: ${e.query}`;
    return {
      type: e.constructor.name,
      message,
      stack: e.stack?.replace(e.message, message),
      cause: cause ? { message: cause.message, code: cause.code } : undefined,
    };
  }
  const out = pino.stdSerializers.err(e as Error) as unknown as Record<string, unknown>;
  for (const field of VALUE_FIELDS) delete out[field];
  return out;
}

export function createLogger(level: LoggerOptions["level"] = "info", destination?: pino.DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: undefined,
    redact: { paths: redactPaths, censor: "[redacted]" },
    serializers: { err: serializeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The CLI prints results on stdout; its logs go to stderr so pipes stay clean. */
export const stderr = () => pino.destination(2);
