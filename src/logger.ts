import { createHash } from "node:crypto";
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

/**
 * The only fields of an error that reach the log besides its type, message and stack: codes and
 * names that say what failed, never values. grammY errors carry the request `payload` (a reply's
 * text, a person's name and phone) and sometimes the context with `api.token` and the whole
 * update; PostgreSQL errors quote rows in `detail`; none of that is copied.
 */
const SAFE_FIELDS = [
  "code",
  "errno",
  "syscall",
  "error_code",
  "description",
  "method",
  "status",
  "statusCode",
  "kind",
  "severity",
  "routine",
  "constraint",
  "constraint_name",
  "table_name",
  "column_name",
  "retryAfter",
] as const;

/** Bot tokens (Telegram and Zalo are "<digits>:<secret>"), a token inside an API URL, VN phone numbers. */
const SECRET_PATTERNS: Array<[RegExp, string]> = [
  [/\/bot[^/\s"']+/g, "/bot[redacted]"],
  [/\b\d{5,}:[A-Za-z0-9_-]{20,}/g, "[redacted]"],
  [/(?<![\d])(?:\+?84|0)[\s.]?[35789](?:[\s.]?\d){8}(?![\d])/g, "[phone]"],
];

export function scrub(text: string): string {
  let out = text;
  for (const [re, by] of SECRET_PATTERNS) out = out.replace(re, by);
  return out;
}

/**
 * Errors as pino writes them, minus the values they carry: Drizzle puts a failed statement's
 * parameters (names, answers, phone numbers) in its message and on the error, and PostgreSQL
 * quotes the offending row in `detail`. The SQL text and the database's error code are enough
 * to debug. Everything else is a whitelist (SAFE_FIELDS), strings scrubbed of tokens and phones.
 */
export function serializeError(e: unknown, depth = 0): unknown {
  if (isFailedQuery(e)) {
    const cause = e.cause as { message?: string; code?: string } | undefined;
    const message = `Failed query: ${e.query}`;
    return {
      type: e.constructor.name,
      message,
      stack: e.stack?.replace(e.message, message),
      cause: cause ? { message: cause.message === undefined ? undefined : scrub(cause.message), code: cause.code } : undefined,
    };
  }
  if (!(e instanceof Error)) return { type: typeof e, message: typeof e === "string" ? scrub(e) : "[non-error value]" };
  const out: Record<string, unknown> = { type: e.constructor?.name ?? "Error", message: scrub(e.message ?? "") };
  if (e.stack) out.stack = scrub(e.stack);
  const fields = e as unknown as Record<string, unknown>;
  for (const f of SAFE_FIELDS) {
    const v = fields[f];
    if (typeof v === "string") out[f] = scrub(v);
    else if (typeof v === "number" || typeof v === "boolean") out[f] = v;
  }
  // grammY's HttpError keeps the fetch failure (its message can hold the API URL with the token).
  const inner = e.cause ?? (fields.error instanceof Error ? fields.error : undefined);
  if (inner !== undefined && depth < 3) out.cause = serializeError(inner, depth + 1);
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

/** A chat in logs: a short digest of its channel and external id, never the id (a phone-linked account) itself. */
export const chatDigest = (channel: string, externalId: string): string =>
  createHash("sha256").update(`${channel}\u0000${externalId}`).digest("base64url").slice(0, 12);

/** The logger of one inbound update: its channel, update id and chat digest on every line. */
export function updateLogger(logger: Logger, event: { user: { channel: string; externalId: string }; updateId: string }): Logger {
  return logger.child({
    channel: event.user.channel,
    updateId: event.updateId,
    chat: chatDigest(event.user.channel, event.user.externalId),
  });
}
