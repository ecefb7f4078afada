import { parseArgs } from "node:util";
import { ZodError } from "zod";
import type { Config } from "../config.js";
import { openDatabase, type Database } from "../db/client.js";
import { runMigrations } from "../db/migrate.js";
import { terminalSafe } from "../domain/safe-text.js";
import { appliedMigrations } from "../db/ready.js";
import { UserError } from "../core/errors.js";
import { createTranslator, type Translator } from "../i18n.js";
import type { Logger } from "../logger.js";
import type { CliContext, Command } from "./command.js";
import { campaignCommands } from "./commands/campaign.js";
import { demoCommands } from "./commands/demo.js";
import { exportCommands } from "./commands/export.js";
import { importCommands } from "./commands/imports.js";
import { inviteCommands } from "./commands/invite.js";
import { migrateCommands } from "./commands/migrate.js";
import { progressCommands } from "./commands/progress.js";
import { provinceCommands } from "./commands/province.js";
import { nominationCommands } from "./commands/nominations.js";
import { reminderCommands } from "./commands/reminders.js";
import { requestCommands } from "./commands/requests.js";
import { roleCommands } from "./commands/role.js";
import { unitCommands } from "./commands/units.js";
import { resultsCommands } from "../features/results/cli.js";

export const commands: Command[] = [
  ...migrateCommands,
  ...provinceCommands,
  ...importCommands,
  ...unitCommands,
  ...campaignCommands,
  ...inviteCommands,
  ...roleCommands,
  ...requestCommands,
  ...reminderCommands,
  ...nominationCommands,
  ...demoCommands,
  ...progressCommands,
  ...exportCommands,
  ...resultsCommands,
];

export interface CliDeps {
  config: Config;
  logger: Logger;
  out: (line: string) => void;
  /** An already-open database (tests); otherwise the CLI opens, migrates and closes its own. */
  database?: Database;
  translator?: Translator;
  now?: () => Date;
}

function findCommand(words: string[]): { command: Command; rest: string[] } | null {
  let best: { command: Command; rest: string[] } | null = null;
  for (const command of commands) {
    const parts = command.name.split(" ");
    if (parts.every((p, i) => words[i] === p) && (!best || parts.length > best.command.name.split(" ").length)) {
      best = { command, rest: words.slice(parts.length) };
    }
  }
  return best;
}

/** Runs one CLI invocation and returns the exit code; it never calls process.exit itself. */
export async function runCli(argv: string[], deps: CliDeps): Promise<number> {
  const translator = deps.translator ?? createTranslator(deps.config.DEFAULT_LOCALE);
  const locale = deps.config.DEFAULT_LOCALE;
  const t = (key: string, vars?: Record<string, string | number>) => translator.t(locale, key, vars);
  // Stored text (an imported name) must not drive the admin's terminal.
  const out = (line = "") => deps.out(terminalSafe(line));
  const listCommands = () => {
    out(t("cli-usage"));
    for (const c of commands) out(`  ${c.name.padEnd(18)} ${t(c.summary)}`);
  };

  const found = findCommand(argv);
  if (!found) {
    if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
      listCommands();
      return argv.length === 0 ? 2 : 0;
    }
    out(t("cli-unknown-command", { command: argv.join(" ") }));
    listCommands();
    return 2;
  }
  const { command, rest } = found;
  if (rest.includes("--help") || rest.includes("-h")) {
    out(`${command.name}: ${t(command.summary)}`);
    out(t(`${command.summary}-usage`));
    return 0;
  }

  let opened: Database | undefined;
  const ctx: CliContext = {
    config: deps.config,
    logger: deps.logger,
    locale,
    t,
    out,
    now: deps.now ?? (() => new Date()),
    async database() {
      if (deps.database) return deps.database;
      if (!opened) {
        opened = await openDatabase({ databaseUrl: deps.config.DATABASE_URL, dataDir: deps.config.DATA_DIR, maxConnections: 2 });
        const before = await appliedMigrations(opened.db);
        await runMigrations(opened, deps.config.DATABASE_URL);
        ctx.migrationsApplied = (await appliedMigrations(opened.db)) - before;
      }
      return opened;
    },
  };

  try {
    let parsed;
    try {
      const { values, positionals } = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: true, strict: true });
      parsed = command.schema.parse({ ...values, positionals });
    } catch (e) {
      if (e instanceof ZodError) {
        const issue = e.issues[0]!;
        const name = issue.path[0] === "positionals" ? t("cli-argument") : `--${String(issue.path[0] ?? "")}`;
        const expected = issue.message.startsWith("cli-") ? t(issue.message) : t("cli-expect-valid");
        out(t("cli-bad-argument", { name, expected }));
      } else {
        out(t("cli-bad-option", { detail: (e as Error).message.split("\n")[0] ?? "" }));
      }
      out(t(`${command.summary}-usage`));
      return 2;
    }
    return (await command.run(ctx, parsed)) ?? 0;
  } catch (e) {
    if (e instanceof UserError) {
      out(t(e.key, e.vars));
      return 1;
    }
    if (e instanceof ZodError) {
      out(t("cli-bad-argument", { name: `--${String(e.issues[0]?.path[0] ?? "")}`, expected: t(e.issues[0]!.message) }));
      return 2;
    }
    if ((e as Error).name === "DatabaseBusyError") {
      const busy = e as { dir?: string; pid?: number; message: string };
      out(busy.dir ? t("truth-cli-database-busy", { dir: busy.dir, pid: busy.pid ?? 0 }) : busy.message);
      return 1;
    }
    deps.logger.error({ err: e, command: command.name }, "cli command failed");
    out(t("cli-failed", { command: command.name }));
    return 1;
  } finally {
    await opened?.close();
  }
}
