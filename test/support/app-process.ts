import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase, engine, type TestDatabase } from "./db.js";

/** Polls until `check` holds. */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 45_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * `npm start` as a child process, on this run's engine: a fresh embedded data directory, or a
 * fresh database on the real server.
 */
export async function startApp(env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "thidua-main-"));
  const t: TestDatabase | undefined = engine() === "postgres" ? await createTestDatabase() : undefined;
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn", DATABASE_URL: t?.url ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    stderr: () => stderr,
    /** Sends SIGTERM and resolves with the exit code. */
    async stop() {
      child.kill("SIGTERM");
      const code = await exited;
      await t?.destroy();
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
