import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, until } from "../support/app-process.js";
import { translator } from "../support/chat.js";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram.js";

const TOKEN = "123456:fake-token-for-the-main-test-only";
let fake: FakeTelegram;

beforeAll(async () => {
  fake = await startFakeTelegram();
});
afterAll(() => fake.close());

describe("npm start with BOT_TOKEN", () => {
  it("registers the menu, polls, answers a user, and stops cleanly on SIGTERM", async () => {
    const app = await startApp({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot });
    let code: number | null;
    try {
      await until(() => fake.calls.some((c) => c.method === "getUpdates"), "polling to start");
      const menus = fake.calls.filter((c) => c.method === "setMyCommands");
      expect(menus.map((c) => c.body.language_code ?? "default")).toEqual(["default", "vi", "en"]);
      expect(menus[1]!.body.commands).toContainEqual({ command: "dangky", description: "Đăng ký thi đua" });
      expect(fake.calls.some((c) => c.method === "deleteWebhook")).toBe(true);
      expect(fake.calls.every((c) => c.token === TOKEN)).toBe(true);

      fake.pushText(777001, "/start");
      await until(() => fake.sent().some((c) => Number(c.body.chat_id) === 777001), "the reply");
      expect(fake.sent().find((c) => Number(c.body.chat_id) === 777001)!.body.text).toBe(translator.t("vi", "onboarding-no-code"));
    } finally {
      code = await app.stop();
    }
    expect(code).toBe(0);
    // The token travels in the URL path only; it must never reach the logs.
    expect(app.stderr()).not.toContain(TOKEN);
  }, 90_000);
});
