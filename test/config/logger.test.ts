import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { createLogger } from "../../src/logger.js";

/** A pino destination that keeps what it is given. */
function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, sink };
}

describe("logger", () => {
  it("redacts tokens, secrets and phone numbers", () => {
    const { lines, sink } = capture();
    const logger = createLogger("info", sink);
    logger.info({ token: "123:abc", person: { id: 7, phone: "0912345678" }, config: { BOT_TOKEN: "123:xyz" } }, "hello");
    const text = lines.join("");
    expect(text).not.toContain("123:abc");
    expect(text).not.toContain("0912345678");
    expect(text).not.toContain("123:xyz");
    expect(JSON.parse(text).person.id).toBe(7);
  });

  it("logs a failed query's SQL and error code, never its parameters", () => {
    const { lines, sink } = capture();
    const cause = Object.assign(new Error('value "2147483648" is out of range for type integer'), { code: "22003" });
    const failed = new DrizzleQueryError("update people set full_name = $1 where id = $2", ["Nguyễn Thị Hoa", 12], cause);
    createLogger("info", sink).error({ err: failed, updateId: 5 }, "telegram update failed");
    const line = JSON.parse(lines.join(""));
    expect(line.err.message).toBe("Failed query: update people set full_name = $1 where id = $2");
    expect(line.err.cause).toEqual({ message: 'value "2147483648" is out of range for type integer', code: "22003" });
    expect(lines.join("")).not.toContain("Nguyễn Thị Hoa");
    expect(line.updateId).toBe(5);
  });

  it("leaves out the row values PostgreSQL quotes in an error's detail", () => {
    const { lines, sink } = capture();
    const duplicate = Object.assign(new Error('duplicate key value violates unique constraint "people_phone_key"'), {
      code: "23505",
      detail: "Key (phone)=(0912345678) already exists.",
      constraint_name: "people_phone_key",
    });
    createLogger("info", sink).error({ err: duplicate }, "import failed");
    const line = JSON.parse(lines.join(""));
    expect(line.err).toMatchObject({ code: "23505", constraint_name: "people_phone_key" });
    expect(lines.join("")).not.toContain("0912345678");
  });
});
