import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeliveryError, type ChannelSender } from "../../src/core/channel-port.js";
import { channelIdentities, outbox, people } from "../../src/db/schema.js";
import { createOutboxSender } from "../../src/delivery/outbox-sender.js";
import type { Outbound } from "../../src/core/index.js";
import { createLogger } from "../../src/logger.js";
import { demoWorld, link, translator, type DemoWorld } from "../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
});
afterAll(() => t.destroy());

function fakeSender(channel: "telegram" | "zalo", fail?: (externalId: string) => DeliveryError | null) {
  const sent: Array<{ to: string; messages: Outbound[] }> = [];
  const sender: ChannelSender = {
    channel,
    maxTextLength: channel === "zalo" ? 2000 : 4096,
    async send(to, messages) {
      const err = fail?.(to);
      if (err) throw err;
      sent.push({ to, messages });
    },
  };
  return { sender, sent };
}

const queue = (personId: number, key: string, vars: Record<string, string>) =>
  t.db
    .insert(outbox)
    .values({
      provinceId: world.provinceId,
      personId,
      dedupeKey: `${key}:${personId}:${Math.random()}`,
      kind: "notification",
      message: { key, vars },
      notBefore: now,
    })
    .returning();

describe("outbox sender", () => {
  it("sends in the recipient's language through the channel they used last", async () => {
    const p = world.staff[0]!.personId;
    await link(t, p, "8001", "telegram");
    await link(t, p, "8001zalo", "zalo");
    await t.db
      .update(channelIdentities)
      .set({ lastSeenAt: new Date(now.getTime() - 3600_000) })
      .where(eq(channelIdentities.externalId, "8001"));
    await t.db.update(channelIdentities).set({ lastSeenAt: now }).where(eq(channelIdentities.externalId, "8001zalo"));
    await t.db.update(people).set({ locale: "en" }).where(eq(people.id, p));
    const [row] = await queue(p, "notify-registration-approved", { title: "Lao động tiên tiến" });
    const tg = fakeSender("telegram");
    const zalo = fakeSender("zalo");
    const sender = createOutboxSender({
      db: t.db,
      senders: { telegram: tg.sender, zalo: zalo.sender },
      translator,
      logger: createLogger("silent"),
      now: () => now,
    });
    expect(await sender.drain()).toBe(1);
    expect(tg.sent).toEqual([]);
    expect(zalo.sent).toEqual([
      { to: "8001zalo", messages: [{ type: "text", text: "Your registration for Lao động tiên tiến was approved by your focal person." }] },
    ]);
    const [after] = await t.db.select().from(outbox).where(eq(outbox.id, row!.id));
    expect(after).toMatchObject({ status: "sent", attempts: 1 });
    expect(await sender.drain()).toBe(0);
  });

  it("a blocked identity is marked unreachable and the next identity is used", async () => {
    const p = world.staff[1]!.personId;
    await link(t, p, "8101", "telegram");
    await link(t, p, "8101zalo", "zalo");
    await t.db.update(channelIdentities).set({ lastSeenAt: now }).where(eq(channelIdentities.externalId, "8101"));
    await t.db
      .update(channelIdentities)
      .set({ lastSeenAt: new Date(now.getTime() - 3600_000) })
      .where(eq(channelIdentities.externalId, "8101zalo"));
    const [row] = await queue(p, "notify-registration-approved", { title: "X" });
    const tg = fakeSender("telegram", () => new DeliveryError("blocked", "Forbidden: bot was blocked by the user"));
    const zalo = fakeSender("zalo");
    const sender = createOutboxSender({
      db: t.db,
      senders: { telegram: tg.sender, zalo: zalo.sender },
      translator,
      logger: createLogger("silent"),
      now: () => now,
    });
    await sender.drain();
    const [identity] = await t.db.select().from(channelIdentities).where(eq(channelIdentities.externalId, "8101"));
    expect(identity!.unreachableAt).toEqual(now);
    expect(zalo.sent.map((s) => s.to)).toEqual(["8101zalo"]);
    const [after] = await t.db.select().from(outbox).where(eq(outbox.id, row!.id));
    expect(after!.status).toBe("sent");
  });

  it("transient failures are retried later; a person with no identity is skipped", async () => {
    const p = world.staff[2]!.personId;
    await link(t, p, "8201", "telegram");
    const [row] = await queue(p, "notify-registration-approved", { title: "X" });
    const [orphan] = await queue(world.staff[3]!.personId, "notify-registration-approved", { title: "X" });
    const tg = fakeSender("telegram", () => new DeliveryError("transient", "502 Bad Gateway"));
    const sender = createOutboxSender({
      db: t.db,
      senders: { telegram: tg.sender },
      translator,
      logger: createLogger("silent"),
      now: () => now,
    });
    await sender.drain();
    const [after] = await t.db.select().from(outbox).where(eq(outbox.id, row!.id));
    expect(after).toMatchObject({ status: "queued", attempts: 1, lastError: "502 Bad Gateway" });
    expect(after!.notBefore.getTime()).toBeGreaterThan(now.getTime());
    const [skipped] = await t.db.select().from(outbox).where(eq(outbox.id, orphan!.id));
    expect(skipped!.status).toBe("skipped");
  });
});
