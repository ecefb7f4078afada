import { ConfigError, loadConfig } from "../config.js";
import { createLogger, stderr } from "../logger.js";
import { runCli } from "./run.js";

// `npm run cli -- units list | head` closes the pipe early; that is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
});

try {
  const config = loadConfig();
  // Logs go to stderr so command output stays clean for pipes.
  const logger = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL, stderr());
  process.exitCode = await runCli(process.argv.slice(2), { config, logger, out: (line) => process.stdout.write(`${line}\n`) });
  // The command is done; an idle keep-alive socket to a messenger's API must not keep the process
  // waiting (it did, for minutes, after `reminders run-due`). Exit once stdout is flushed.
  process.stdout.write("", () => process.exit());
} catch (e) {
  if (e instanceof ConfigError) {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
