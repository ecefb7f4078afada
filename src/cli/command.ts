import type { ParseArgsConfig } from "node:util";
import type { z } from "zod";
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import type { Locale, Vars } from "../i18n.js";
import type { Logger } from "../logger.js";

export interface CliContext {
  config: Config;
  logger: Logger;
  locale: Locale;
  t(key: string, vars?: Vars): string;
  out(line?: string): void;
  /** Opens (and migrates) the database on first use; `migrate --help` must not need one. */
  database(): Promise<Database>;
  /** Migrations the CLI applied when it opened the database (0 when it was up to date or given). */
  migrationsApplied?: number;
  now(): Date;
}

export interface Command<S extends z.ZodType = z.ZodType> {
  /** Words as typed: "units import". */
  name: string;
  /** Locale key of the one-line summary; `<key>-usage` holds the usage text. */
  summary: string;
  options?: ParseArgsConfig["options"];
  /** Validates `{ ...options, positionals }`; messages are locale keys. */
  schema: S;
  run(ctx: CliContext, args: z.infer<S>): Promise<number | void>;
}

export const defineCommand = <S extends z.ZodType>(c: Command<S>): Command<S> => c;
