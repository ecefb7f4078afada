import { runCli } from "../../src/cli/run.js";
import { loadConfig } from "../../src/config.js";
import type { Database } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";

export interface CliResult {
  code: number;
  output: string;
}

/** Runs the admin CLI in-process against a test database, in the given locale. */
export async function cli(
  database: Database,
  argv: string[],
  opts: { locale?: "vi" | "en"; now?: Date; env?: Record<string, string> } = {},
): Promise<CliResult> {
  const lines: string[] = [];
  const config = loadConfig({ DEFAULT_LOCALE: opts.locale ?? "en", ...opts.env });
  const code = await runCli(argv, {
    config,
    logger: createLogger("silent"),
    database,
    out: (l) => lines.push(l),
    ...(opts.now ? { now: () => opts.now! } : {}),
  });
  return { code, output: lines.join("\n") };
}
