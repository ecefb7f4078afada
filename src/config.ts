import { z } from "zod";

/** Empty strings count as unset: env files and CI often export `VAR=`. */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const withDefault = <T extends z.ZodTypeAny>(schema: T, value: z.output<T>) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.default(value as never));

const httpUrl = z.url({ protocol: /^https?$/, error: "expected an http(s) URL" });

const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { error: "expected an IANA time zone such as Asia/Ho_Chi_Minh" },
);

const envSchema = z
  .object({
    BOT_TOKEN: optional(z.string().regex(/^\d+:[\w-]{20,}$/, { error: "expected a Telegram bot token like 123456:ABC…" })),
    BOT_USERNAME: optional(z.string().regex(/^@?[A-Za-z][A-Za-z0-9_]{3,31}$/, { error: "expected a Telegram bot username" })),
    TELEGRAM_API_ROOT: withDefault(httpUrl, "https://api.telegram.org"),
    ZALO_BOT_TOKEN: optional(z.string().regex(/^\d+:\S{8,}$/, { error: "expected a Zalo bot token like 1234:abcd…" })),
    ZALO_API_ROOT: withDefault(httpUrl, "https://bot-api.zaloplatforms.com"),
    DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\/\S+$/, { error: "expected a postgres:// connection URL" })),
    DATA_DIR: withDefault(z.string().min(1), "./data"),
    WEBHOOK_URL: optional(z.url({ protocol: /^https$/, error: "expected an https URL" })),
    WEBHOOK_SECRET: optional(z.string().regex(/^[A-Za-z0-9_-]{8,256}$/, { error: "expected 8–256 characters of A-Z, a-z, 0-9, _ or -" })),
    FILE_LINK_SECRET: optional(z.string().min(16, { error: "expected at least 16 characters" })),
    PORT: withDefault(z.coerce.number().int().min(1).max(65535), 8080),
    RECOVERY_AFTER_SECONDS: withDefault(z.coerce.number().int().min(1).max(3600), 60),
    PUBLIC_URL: optional(httpUrl),
    LOG_LEVEL: withDefault(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]), "info"),
    DEFAULT_LOCALE: withDefault(z.enum(["vi", "en"]), "vi"),
    TIMEZONE: withDefault(timeZone, "Asia/Ho_Chi_Minh"),
  })
  .superRefine((c, ctx) => {
    if (c.WEBHOOK_URL && !c.WEBHOOK_SECRET) {
      ctx.addIssue({ code: "custom", path: ["WEBHOOK_SECRET"], message: "expected a secret whenever WEBHOOK_URL is set" });
    }
  });

type Env = z.infer<typeof envSchema>;

/** A messenger's bot: its token and its API's address. */
export interface BotAccount {
  token: string;
  apiRoot: string;
}

/**
 * How the bot meets people, by mode. The console needs no secret; polling has at least one bot;
 * a webhook has at least one bot, its public URL and its secret. Zalo runs alongside Telegram
 * (or alone) in either messenger mode. Code reads the secrets from here, never with a `!`.
 */
export type Mode =
  | { kind: "console" }
  | { kind: "polling"; telegram: BotAccount | null; zalo: BotAccount | null }
  | { kind: "webhook"; telegram: BotAccount | null; zalo: BotAccount | null; webhook: { url: string; secret: string } };

function modeOf(env: Env, ctx: z.RefinementCtx): Mode {
  const telegram = env.BOT_TOKEN ? { token: env.BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT } : null;
  const zalo = env.ZALO_BOT_TOKEN ? { token: env.ZALO_BOT_TOKEN, apiRoot: env.ZALO_API_ROOT } : null;
  if (!telegram && !zalo) return { kind: "console" };
  if (!env.WEBHOOK_URL) return { kind: "polling", telegram, zalo };
  if (!env.WEBHOOK_SECRET) {
    ctx.addIssue({ code: "custom", path: ["WEBHOOK_SECRET"], message: "expected a secret whenever WEBHOOK_URL is set" });
    return z.NEVER;
  }
  return { kind: "webhook", telegram, zalo, webhook: { url: env.WEBHOOK_URL, secret: env.WEBHOOK_SECRET } };
}

/** The environment, checked, with the mode it implies. */
export const configSchema = envSchema.transform((env, ctx) => ({ ...env, mode: modeOf(env, ctx) }));

export type Config = z.infer<typeof configSchema>;

/** The server's public base (web workspace links, signed file links): PUBLIC_URL, else this machine's port. */
export const publicUrlOf = (c: Pick<Config, "PUBLIC_URL" | "PORT">): string =>
  (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, "");

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Parses the environment. The error names the variable and what was expected, never the value:
 * a mistyped token must not end up in a terminal scrollback or a log collector.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? "environment");
  const expected = issue.code === "invalid_type" ? "a value" : issue.message;
  throw new ConfigError(`Configuration error: ${name}: ${expected}`);
}
