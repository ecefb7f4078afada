import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTelegramSender } from "../../src/channels/telegram/sender.js";
import { campaigns, channelIdentities, outbox, reminderPlans, unitSubmissions } from "../../src/db/schema.js";
import { createOutboxSender } from "../../src/delivery/outbox-sender.js";
import { endOfLocalDay } from "../../src/domain/calendar.js";
import { createLogger } from "../../src/logger.js";
import { planDueReminders } from "../../src/reminders/planner.js";
import { translator, TZ } from "../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram.js";
import { octoberAt8, reminderWorld } from "./fixture.js";

let t: TestDatabase;
let fake: FakeTelegram;
let w: Awaited<ReturnType<typeof reminderWorld>>;

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeTelegram();
  w = await reminderWorld(t);
});
afterAll(async () => {
  await fake.close();
  await t.destroy();
});
beforeEach(async () => {
  // Each test plans from scratch.
  await t.db.delete(outbox);
  await t.db.delete(reminderPlans);
  await t.db.delete(unitSubmissions);
  await t.db.update(campaigns).set({ deadlineAt: w.deadline, closedAt: null }).where(eq(campaigns.id, w.campaign.id));
  await t.db.update(channelIdentities).set({ unreachableAt: null });
  fake.setRule();
  fake.calls.length = 0;
});

const dispatcher = (at: Date) =>
  createOutboxSender({
    db: t.db,
    senders: { telegram: createTelegramSender({ token: "1:x", apiRoot: fake.apiRoot }) },
    translator,
    logger: createLogger("silent"),
    now: () => at,
    ratePerSecond: { telegram: 1000 },
  });
const textsTo = (chatId: string) =>
  fake
    .sent()
    .filter((c) => String(c.body.chat_id) === chatId)
    .map((c) => c.body.text as string);

describe("deadline reminders", () => {
  it("plans D-7 once for the focal person and leader of every unit not submitted, however often it ticks", async () => {
    const first = await Promise.all([
      planDueReminders(t.db, octoberAt8(13), TZ),
      planDueReminders(t.db, octoberAt8(13), TZ),
      planDueReminders(t.db, octoberAt8(13), TZ),
    ]);
    const planned = first.flat();
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ campaignId: w.campaign.id, offset: -7, kind: "deadline" });
    expect(await planDueReminders(t.db, new Date(octoberAt8(13).getTime() + 5 * 60_000), TZ)).toEqual([]);

    const mine = await t.db.select().from(outbox).where(eq(outbox.unitId, w.world.unitId));
    expect(mine.map((r) => r.personId).sort()).toEqual([w.world.focal.personId, w.leaderId].sort());
    expect(mine[0]!.message).toMatchObject({ key: "reminder-before", vars: { deadline: "20/10/2026", days: 7, targets: 0 } });
    expect(await t.db.$count(outbox)).toBe(planned[0]!.queued);
  });

  it("says the deadline, the days left and what is missing, in the recipient's language", async () => {
    await planDueReminders(t.db, octoberAt8(17), TZ);
    expect(await dispatcher(octoberAt8(17)).drain()).toBeGreaterThan(0);
    const [text] = textsTo("31001");
    const [row] = await t.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.personId, w.world.focal.personId), eq(outbox.kind, "reminder")));
    const vars = row!.message.vars!;
    expect(text).toBe(
      `⏰ Nhắc hạn: ${w.campaign.title}\nHạn nộp: 20/10/2026 (còn 3 ngày).\n${vars.unit}: ${vars.missing}/${vars.members} cán bộ chưa đăng ký; chưa nhập chỉ tiêu thi đua.\nGõ /dangky để hoàn thiện và nộp bản đăng ký của đơn vị.`,
    );
    expect(Number(vars.members)).toBeGreaterThan(5);
  });

  it("a unit that submits between planning and sending gets nothing more", async () => {
    await planDueReminders(t.db, octoberAt8(19), TZ);
    await t.db.insert(unitSubmissions).values({
      provinceId: w.world.provinceId,
      campaignId: w.campaign.id,
      unitId: w.world.unitId,
      status: "submitted",
      submittedAt: octoberAt8(19),
    });
    await dispatcher(octoberAt8(19)).drain();
    expect(textsTo("31001")).toEqual([]);
    const rows = await t.db.select().from(outbox).where(eq(outbox.unitId, w.world.unitId));
    expect(rows.map((r) => [r.status, r.lastError])).toEqual([
      ["skipped", "unit submitted"],
      ["skipped", "unit submitted"],
    ]);
    // And the next reminder is not planned for it at all.
    await planDueReminders(t.db, octoberAt8(20), TZ);
    expect(await t.db.$count(outbox, and(eq(outbox.unitId, w.world.unitId), eq(outbox.reminderOffset, 0)))).toBe(0);
  });

  it("a moved deadline re-plans and drops what was queued for the old one; a closed campaign plans none", async () => {
    await planDueReminders(t.db, octoberAt8(13), TZ);
    const moved = endOfLocalDay({ year: 2026, month: 10, day: 25 }, TZ);
    await t.db.update(campaigns).set({ deadlineAt: moved }).where(eq(campaigns.id, w.campaign.id));
    await dispatcher(octoberAt8(13)).drain();
    expect(fake.sent()).toHaveLength(0);
    expect(new Set((await t.db.select().from(outbox)).map((r) => r.lastError))).toEqual(new Set(["deadline moved"]));
    // The new D-7 is 18/10.
    expect(await planDueReminders(t.db, octoberAt8(18), TZ)).toMatchObject([{ offset: -7 }]);

    await t.db
      .update(campaigns)
      .set({ closedAt: octoberAt8(18) })
      .where(eq(campaigns.id, w.campaign.id));
    expect(await planDueReminders(t.db, octoberAt8(22), TZ)).toEqual([]);
  });

  it("overdue: the units are told, and the Văn phòng gets one list of the late units", async () => {
    const planned = await planDueReminders(t.db, octoberAt8(21), TZ);
    expect(planned).toMatchObject([{ offset: 1 }]);
    await dispatcher(octoberAt8(21)).drain();
    expect(textsTo("31001")[0]).toContain("⚠️ Đơn vị đã quá hạn 1 ngày");
    const office = textsTo("31003");
    expect(office).toHaveLength(1);
    expect(office[0]).toMatch(/^Các đơn vị chưa nộp .+ \(hạn 20\/10\/2026\): \d+ đơn vị\./);
    expect(office[0]).toContain(`• ${w.world.unitCode} – `);
  });

  it("a reminder more than 12 hours late is skipped, not sent at night", async () => {
    expect(await planDueReminders(t.db, new Date(Date.UTC(2026, 9, 13, 14, 30)), TZ)).toEqual([]); // 21:30, quiet
    expect(await planDueReminders(t.db, new Date(Date.UTC(2026, 9, 14, 2, 0)), TZ)).toEqual([]); // D-7 a day late
  });
});

describe("dispatch at night", () => {
  it("a reminder held up until the quiet hours waits for the morning, and is dropped when over 12 hours late", async () => {
    // Planned at 10:00 (a restart caught up on the 08:00 reminder), held up until 21:30.
    await planDueReminders(t.db, new Date(Date.UTC(2026, 9, 17, 3, 0)), TZ);
    const night = new Date(Date.UTC(2026, 9, 17, 14, 30));
    expect(await dispatcher(night).drain()).toBe(0);
    expect(fake.sent()).toHaveLength(0);
    const [held] = await t.db.select().from(outbox).where(eq(outbox.personId, w.world.focal.personId));
    expect(held).toMatchObject({ status: "queued", notBefore: new Date(Date.UTC(2026, 9, 18, 0, 0)) }); // 07:00
    await dispatcher(new Date(Date.UTC(2026, 9, 18, 0, 0))).drain();
    expect(fake.sent()).toHaveLength(0);
    const [dropped] = await t.db.select().from(outbox).where(eq(outbox.id, held!.id));
    expect(dropped).toMatchObject({ status: "skipped", lastError: "more than 12 hours late" });
  });
});

describe("dispatch failures", () => {
  it("403 blocked: the identity is marked unreachable and the unit leader is told", async () => {
    fake.setRule((c) =>
      c.method === "sendMessage" && String(c.body.chat_id) === "31001"
        ? { status: 403, body: { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" } }
        : undefined,
    );
    await planDueReminders(t.db, octoberAt8(17), TZ);
    await dispatcher(octoberAt8(17)).drain();
    const [identity] = await t.db.select().from(channelIdentities).where(eq(channelIdentities.externalId, "31001"));
    expect(identity!.unreachableAt).not.toBeNull();
    const [row] = await t.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.personId, w.world.focal.personId), eq(outbox.kind, "reminder")));
    expect(row).toMatchObject({ status: "failed", lastError: "unreachable: blocked the bot" });
    await dispatcher(octoberAt8(17)).drain();
    expect(textsTo("31002")).toContain(translator.t("vi", "notify-unreachable", { name: w.world.focal.name }));
  });

  it("429: the dispatcher waits retry_after, then sends everything once", async () => {
    let refused = false;
    fake.setRule((c) => {
      if (c.method !== "sendMessage" || refused) return undefined;
      refused = true;
      return {
        status: 429,
        body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } },
      };
    });
    await planDueReminders(t.db, octoberAt8(19), TZ);
    const total = await t.db.$count(outbox);
    const firstRun = await dispatcher(octoberAt8(19)).drain();
    expect(firstRun).toBe(0);
    const [held] = await t.db.select().from(outbox).where(eq(outbox.lastError, "sendMessage: 429 Too Many Requests: retry after 1"));
    expect(held).toMatchObject({ status: "queued", notBefore: new Date(octoberAt8(19).getTime() + 1000) });
    await new Promise((r) => setTimeout(r, 1100));
    // Only people linked to a chat can be reached; the others are skipped, never retried.
    const reachable = (
      await t.db
        .selectDistinct({ id: outbox.id })
        .from(outbox)
        .innerJoin(channelIdentities, eq(channelIdentities.personId, outbox.personId))
    ).length;
    expect(await dispatcher(new Date(octoberAt8(19).getTime() + 5_000)).drain()).toBe(reachable);
    // The refused call, then every reachable row once.
    expect(fake.sent()).toHaveLength(reachable + 1);
    expect(await t.db.$count(outbox, eq(outbox.status, "sent"))).toBe(reachable);
    expect(await t.db.$count(outbox, inArray(outbox.status, ["sent", "skipped"]))).toBe(total);
  });

  it("three dispatchers racing send each reminder exactly once", async () => {
    await planDueReminders(t.db, octoberAt8(19), TZ);
    const total = await t.db.$count(outbox);
    await Promise.all([dispatcher(octoberAt8(19)).drain(), dispatcher(octoberAt8(19)).drain(), dispatcher(octoberAt8(19)).drain()]);
    const perRecipient = new Map<string, number>();
    for (const c of fake.sent()) perRecipient.set(String(c.body.chat_id), (perRecipient.get(String(c.body.chat_id)) ?? 0) + 1);
    const linked = await t.db
      .select({ id: outbox.id })
      .from(outbox)
      .innerJoin(channelIdentities, eq(channelIdentities.personId, outbox.personId));
    expect(fake.sent()).toHaveLength(linked.length);
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
    expect(await t.db.$count(outbox, inArray(outbox.status, ["sent", "skipped"]))).toBe(total);
  });
});
