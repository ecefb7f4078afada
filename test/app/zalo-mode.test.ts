import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, until } from "../support/app-process.js";
import { translator } from "../support/chat.js";
import { startFakeZalo, zaloText, type FakeZalo } from "../support/fake-zalo.js";

const TOKEN = "1234:fake-zalo-token-main-test";
let fake: FakeZalo;
beforeAll(async () => {
  fake = await startFakeZalo();
});
afterAll(() => fake.close());

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe("npm start with ZALO_BOT_TOKEN (no webhook URL)", () => {
  it("polls getUpdates, answers on Zalo, serves /healthz, and stops cleanly on SIGTERM", async () => {
    const port = await freePort();
    const app = await startApp({ ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: fake.apiRoot, PORT: String(port) });
    let code: number | null;
    try {
      await until(() => fake.calls.some((c) => c.method === "getUpdates"), "polling to start");
      expect(fake.calls.map((c) => c.method).slice(0, 2)).toEqual(["getMe", "deleteWebhook"]);
      fake.push(zaloText("6ede77", "/start").result);
      await until(() => fake.textsTo("6ede77").length > 0, "the reply");
      expect(fake.textsTo("6ede77")[0]).toBe(translator.t("vi", "onboarding-no-code"));
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    } finally {
      code = await app.stop();
    }
    expect(code).toBe(0);
    expect(app.stderr()).not.toContain(TOKEN);
  }, 90_000);
});
