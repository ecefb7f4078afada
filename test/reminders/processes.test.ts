import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelIdentities, outbox, roles } from "../../src/db/schema.js";
import { planDueReminders } from "../../src/reminders/planner.js";
import { link, TZ } from "../support/chat.js";
import { createTestDatabase, engine, type TestDatabase } from "../support/db.js";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram.js";
import { octoberAt8, reminderWorld } from "./fixture.js";

const run = promisify(execFile);
let t: TestDatabase;
let fake: FakeTelegram;

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeTelegram();
});
afterAll(async () => {
  await fake.close();
  await t.destroy();
});

describe("exactly once across processes", () => {
  // Separate processes need a server they can all reach; the embedded database is one process's.
  it.skipIf(engine() !== "postgres")(
    "three dispatcher processes racing on one queue send every reminder once",
    async () => {
      const w = await reminderWorld(t);
      const managers = await t.db
        .select({ id: roles.personId })
        .from(roles)
        .where(inArray(roles.role, ["focal", "unit_leader"]));
      for (const [i, m] of managers.entries()) await link(t, m.id, String(50_000 + i));
      await planDueReminders(t.db, octoberAt8(19), TZ);
      const reachable = (
        await t.db
          .selectDistinct({ id: outbox.id })
          .from(outbox)
          .innerJoin(channelIdentities, eq(channelIdentities.personId, outbox.personId))
      ).length;
      expect(reachable).toBeGreaterThan(50);

      const child = () =>
        run(process.execPath, ["--import", "tsx", "test/support/dispatch-child.ts", fake.apiRoot, octoberAt8(19).toISOString()], {
          env: { ...process.env, DATABASE_URL: t.url! },
        });
      const results = await Promise.all([child(), child(), child()]);
      const counts = results.map((r) => Number(r.stdout.trim()));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(reachable);

      const perChat = new Map<string, number>();
      for (const c of fake.sent()) perChat.set(String(c.body.chat_id), (perChat.get(String(c.body.chat_id)) ?? 0) + 1);
      expect(fake.sent()).toHaveLength(reachable);
      expect([...perChat.values()].every((n) => n === 1)).toBe(true);
      expect(await t.db.$count(outbox, and(eq(outbox.status, "sent"), eq(outbox.campaignId, w.campaign.id)))).toBe(reachable);
    },
    60_000,
  );
});
