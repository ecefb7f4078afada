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

export function createLogger(level: LoggerOptions["level"] = "info", destination?: pino.DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: undefined,
    redact: { paths: redactPaths, censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The CLI prints results on stdout; its logs go to stderr so pipes stay clean. */
export const stderr = () => pino.destination(2);
