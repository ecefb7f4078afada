import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTelegramSender } from "../../src/channels/telegram/sender.js";
import { campaigns, nominations, outbox, reminderPlans } from "../../src/db/schema.js";
import { createOutboxSender } from "../../src/delivery/outbox-sender.js";
import { endOfLocalDay } from "../../src/domain/calendar.js";
import { createLogger } from "../../src/logger.js";
import { planDueReminders } from "../../src/reminders/planner.js";
import { translator, TZ } from "../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram.js";
import { reminderWorld } from "./fixture.js";

let t: TestDatabase;
let fake: FakeTelegram;
let w: Awaited<ReturnType<typeof reminderWorld>>;
let nominationId: number;
/** Seed 004: the list of điển hình tiên tiến is due 25/12. */
const deadline = endOfLocalDay({ year: 2026, month: 12, day: 25 }, TZ);
const decemberAt8 = (day: number) => new Date(Date.UTC(2026, 11, day, 1, 0));

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeTelegram();
  w = await reminderWorld(t);
  // Only the nomination campaign is open here.
  await t.db
    .update(campaigns)
    .set({ closedAt: new Date("2026-09-01T00:00:00Z") })
    .where(eq(campaigns.kind, "registration"));
  const [c] = await t.db.select().from(campaigns).where(eq(campaigns.kind, "nomination"));
  nominationId = c!.id;
  // The other school has sent its list already.
  await t.db.insert(nominations).values({
    provinceId: w.world.provinceId,
    campaignId: nominationId,
    unitId: w.world.otherUnitId,
    kind: "individual",
    nomineeName: "Nguyễn Văn An",
    field: "Giáo dục",
    summary: "Tóm tắt thành tích.",
    status: "submitted",
  });
});
afterAll(async () => {
  await fake.close();
  await t.destroy();
});
beforeEach(async () => {
  await t.db.delete(outbox);
  await t.db.delete(reminderPlans);
  await t.db.delete(nominations).where(eq(nominations.unitId, w.world.unitId));
  await t.db.update(campaigns).set({ closedAt: null, deadlineAt: deadline, settings: {} }).where(eq(campaigns.id, nominationId));
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

describe("reminders of a nomination campaign", () => {
  it("D-7 reaches the focal person of a unit that has not sent its list, in the nomination's own words; a unit that has sent gets none", async () => {
    const planned = await planDueReminders(t.db, decemberAt8(18), TZ);
    expect(planned).toEqual([expect.objectContaining({ campaignId: nominationId, offset: -7, kind: "deadline" })]);
    expect(await t.db.$count(outbox, eq(outbox.unitId, w.world.otherUnitId))).toBe(0);
    await dispatcher(decemberAt8(18)).drain();
    const [c] = await t.db.select().from(campaigns).where(eq(campaigns.id, nominationId));
    const [text] = textsTo("31001");
    const [row] = await t.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.personId, w.world.focal.personId), eq(outbox.kind, "reminder")));
    expect(text).toBe(
      `⏰ Nhắc hạn gửi danh sách điển hình tiên tiến: ${c!.title}\nHạn gửi: 25/12/2026 (còn 7 ngày).\n${row!.message.vars!.unit} chưa gửi danh sách điển hình tiên tiến.\nGõ /dienhinh để lập và gửi danh sách của đơn vị.`,
    );
    // The leader of the unit too; no staff nudge for nominations.
    expect(textsTo("31002")).toHaveLength(1);
    expect(await t.db.$count(outbox, eq(outbox.kind, "nudge"))).toBe(0);
  });

  it("has its own default days: two weeks ahead as well", async () => {
    expect(await planDueReminders(t.db, decemberAt8(11), TZ)).toEqual([expect.objectContaining({ offset: -14 })]);
  });

  it("a unit that sends its list between planning and sending gets nothing more", async () => {
    await planDueReminders(t.db, decemberAt8(22), TZ);
    await t.db.insert(nominations).values({
      provinceId: w.world.provinceId,
      campaignId: nominationId,
      unitId: w.world.unitId,
      kind: "individual",
      nomineeName: "Trần Thị Bình",
      field: "Giáo dục",
      summary: "Tóm tắt.",
      status: "submitted",
    });
    await dispatcher(decemberAt8(22)).drain();
    expect(textsTo("31001")).toEqual([]);
    expect(new Set((await t.db.select().from(outbox).where(eq(outbox.unitId, w.world.unitId))).map((r) => r.lastError))).toEqual(
      new Set(["unit submitted"]),
    );
  });

  it("the campaign's settings can turn its reminders off", async () => {
    await t.db
      .update(campaigns)
      .set({ settings: { reminders: { enabled: false } } })
      .where(eq(campaigns.id, nominationId));
    expect(await planDueReminders(t.db, decemberAt8(18), TZ)).toEqual([]);
    expect(await t.db.$count(outbox)).toBe(0);
  });

  it("overdue: the Văn phòng gets the list of units that have not sent theirs", async () => {
    await planDueReminders(t.db, decemberAt8(26), TZ);
    await dispatcher(decemberAt8(26)).drain();
    expect(textsTo("31001")[0]).toContain("⚠️ Đơn vị đã quá hạn gửi danh sách điển hình tiên tiến 1 ngày");
    const office = textsTo("31003");
    expect(office).toHaveLength(1);
    expect(office[0]).toMatch(/^Các đơn vị chưa gửi danh sách điển hình tiên tiến — .+ \(hạn 25\/12\/2026\): \d+ đơn vị\./);
    expect(office[0]).toContain(`• ${w.world.unitCode} – `);
  });
});
