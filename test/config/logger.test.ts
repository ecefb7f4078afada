import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";

describe("logger", () => {
  it("redacts tokens, secrets and phone numbers", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger("info", sink);
    logger.info({ token: "123:abc", person: { id: 7, phone: "0912345678" }, config: { BOT_TOKEN: "123:xyz" } }, "hello");
    const text = lines.join("");
    expect(text).not.toContain("123:abc");
    expect(text).not.toContain("0912345678");
    expect(text).not.toContain("123:xyz");
    expect(JSON.parse(text).person.id).toBe(7);
  });
});
