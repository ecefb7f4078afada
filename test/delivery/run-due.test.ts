import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "../../src/db/schema.js";
import { cli } from "../support/cli.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";
import { startFakeTelegram } from "../support/fake-telegram.js";
import { reminderWorld } from "../reminders/fixture.js";

let t: TestDatabase;
let fake: Awaited<ReturnType<typeof startFakeTelegram>>;
beforeAll(async () => {
  t = await createTestDatabase();
  await reminderWorld(t);
  fake = await startFakeTelegram();
});
afterAll(async () => {
  await fake.close();
  await t.destroy();
});

describe("reminders run-due with a messenger configured", () => {
  it("finishes and says what it sent, what it skipped and what is still queued", async () => {
    const env = { BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ", TELEGRAM_API_ROOT: fake.apiRoot };
    const run = await cli(t, ["reminders", "run-due", "--now", "2026-10-13T08:05:00+07:00"], { locale: "vi", env });
    expect(run.code).toBe(0);
    const rows = await t.db.select().from(outbox);
    const sent = rows.filter((r) => r.status === "sent").length;
    const skipped = rows.filter((r) => r.status === "skipped" || r.status === "failed").length;
    expect(sent).toBeGreaterThan(0);
    expect(skipped).toBeGreaterThan(0);
    expect(fake.calls.filter((c) => c.method === "sendMessage")).toHaveLength(sent);
    expect(run.output).toContain(`Đã gửi ${sent} tin nhắn.`);
    expect(run.output).toContain(
      `Bỏ qua ${skipped} tin (người nhận chưa có kênh liên lạc, đã chặn bot hoặc tin không còn cần gửi); còn 0 tin đang chờ gửi.`,
    );
    expect(await t.db.select().from(outbox).where(eq(outbox.status, "sending"))).toEqual([]);
  });
});
