import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, engine, type TestDatabase } from "../support/db.js";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram.js";
import { translator } from "../support/chat.js";

const TOKEN = "123456:fake-token-for-the-main-test-only";
let fake: FakeTelegram;
let t: TestDatabase | undefined;
let dataDir: string;

beforeAll(async () => {
  fake = await startFakeTelegram();
  dataDir = mkdtempSync(path.join(tmpdir(), "thidua-main-"));
  if (engine() === "postgres") t = await createTestDatabase();
});
afterAll(async () => {
  await fake.close();
  await t?.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

async function until(check: () => boolean, what: string, ms = 45_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("npm start with BOT_TOKEN", () => {
  it("registers the menu, polls, answers a user, and stops cleanly on SIGTERM", async () => {
    const env = { ...process.env, BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, DATA_DIR: dataDir, LOG_LEVEL: "warn", DATABASE_URL: t?.url ?? "" };
    const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      await until(() => fake.calls.some((c) => c.method === "getUpdates"), "polling to start");
      const menus = fake.calls.filter((c) => c.method === "setMyCommands");
      expect(menus.map((c) => c.body.language_code ?? "default")).toEqual(["default", "vi", "en"]);
      expect(menus[1]!.body.commands).toContainEqual({ command: "dangky", description: "Đăng ký thi đua" });
      expect(fake.calls.some((c) => c.method === "deleteWebhook")).toBe(true);
      // Every call carries the token in the path only; it must never reach the logs.
      expect(fake.calls.every((c) => c.token === TOKEN)).toBe(true);

      fake.pushText(777001, "/start");
      await until(() => fake.sent().some((c) => Number(c.body.chat_id) === 777001), "the reply");
      expect(fake.sent().find((c) => Number(c.body.chat_id) === 777001)!.body.text).toBe(translator.t("vi", "onboarding-no-code"));
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(stderr).not.toContain(TOKEN);
  }, 90_000);
});
