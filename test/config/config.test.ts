import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";

describe("configuration", () => {
  it("starts with nothing set: embedded database in ./data, Vietnamese, Vietnam time", () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.DATA_DIR).toBe("./data");
    expect(c.DEFAULT_LOCALE).toBe("vi");
    expect(c.TIMEZONE).toBe("Asia/Ho_Chi_Minh");
    expect(c.TELEGRAM_API_ROOT).toBe("https://api.telegram.org");
    expect(c.PORT).toBe(8080);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", BOT_TOKEN: " " }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    ["DATABASE_URL", "mysql://x", "DATABASE_URL: expected a postgres:// connection URL"],
    ["PORT", "eighty", "PORT:"],
    ["LOG_LEVEL", "loud", "LOG_LEVEL:"],
    ["DEFAULT_LOCALE", "fr", "DEFAULT_LOCALE:"],
    ["TIMEZONE", "Mars/Olympus", "TIMEZONE: expected an IANA time zone"],
    ["TELEGRAM_API_ROOT", "not a url", "TELEGRAM_API_ROOT: expected an http(s) URL"],
  ])("names %s and what was expected when it is wrong", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it("never prints the value of a bad token", () => {
    const secret = "12345:short-but-secret";
    try {
      loadConfig({ BOT_TOKEN: secret });
      expect.unreachable();
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toContain("BOT_TOKEN");
      expect(message).not.toContain(secret);
      expect(message.split("\n")).toHaveLength(1);
    }
  });

  it("requires a secret with a webhook", () => {
    expect(() => loadConfig({ WEBHOOK_URL: "https://bot.example.vn/telegram/webhook" })).toThrow("WEBHOOK_SECRET");
  });
});
