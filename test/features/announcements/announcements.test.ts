import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTelegramSender } from "../../../src/channels/telegram/sender.js";
import { zaloRenderer } from "../../../src/channels/zalo/adapter.js";
import { createZaloClient } from "../../../src/channels/zalo/client.js";
import { createZaloSender } from "../../../src/channels/zalo/sender.js";
import { announcements, announcementSeen, channelIdentities, outbox, people, roles } from "../../../src/db/schema.js";
import { createOutboxSender, type Leadership } from "../../../src/delivery/outbox-sender.js";
import { announcementKinds } from "../../../src/features/announcements/index.js";
import { createAnnouncement } from "../../../src/features/announcements/service.js";
import { createFileLinks } from "../../../src/files/links.js";
import { createDiskFileStore } from "../../../src/files/store.js";
import { createLogger } from "../../../src/logger.js";
import { buildEngine, ChatUser, demoWorld, link, translator, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { startFakeTelegram, type FakeTelegram } from "../../support/fake-telegram.js";
import { startFakeZalo, type FakeZalo } from "../../support/fake-zalo.js";
import { zaloServer } from "../../support/zalo-world.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

let t: TestDatabase;
let tg: FakeTelegram;
let zalo: FakeZalo;
let w: DemoWorld;
/** Every focal person and leader of the province; all on Telegram but the first (no messenger). */
let managers: number[];
const OFFICE_CHAT = "40001";
const chatOf = (personId: number) => `7${personId}`;
/** 10:00 on 1 December 2026, Vietnam time. */
const MORNING = new Date("2026-12-01T03:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  tg = await startFakeTelegram();
  zalo = await startFakeZalo();
  w = await demoWorld(t, new Date("2026-11-01T03:00:00Z"));
  await link(t, w.office.personId, OFFICE_CHAT);
  const rows = await t.db
    .select({ id: roles.personId })
    .from(roles)
    .where(and(eq(roles.provinceId, w.provinceId), inArray(roles.role, ["focal", "unit_leader"])));
  managers = [...new Set(rows.map((r) => r.id))].sort((a, b) => a - b);
  for (const id of managers.slice(1)) await link(t, id, chatOf(id));
  // Two teachers of the focal person's school: one on Telegram, one on Zalo.
  await link(t, w.staff[0]!.personId, chatOf(w.staff[0]!.personId));
  await link(t, w.staff[1]!.personId, "zalo-staff-1", "zalo");
  await link(t, w.staff[2]!.personId, chatOf(w.staff[2]!.personId));
});
afterAll(async () => {
  await tg.close();
  await zalo.close();
  await t.destroy();
});
beforeEach(async () => {
  await t.db.delete(announcementSeen);
  await t.db.delete(outbox);
  await t.db.delete(announcements);
  await t.db.update(channelIdentities).set({ unreachableAt: null });
  tg.calls.length = 0;
  zalo.calls.length = 0;
});

function dispatcher(at: () => Date, opts: { leadership?: Leadership; batchSize?: number } = {}) {
  const logger = createLogger("silent");
  const store = createDiskFileStore(mkdtempSync(path.join(tmpdir(), "thidua-ann-")));
  const links = createFileLinks("https://bot.example.vn", "a-file-link-secret-for-tests");
  const client = createZaloClient({ token: "1:z", apiRoot: zalo.apiRoot, logger, maxRetries: 0 });
  return createOutboxSender({
    db: t.db,
    senders: {
      telegram: createTelegramSender({ token: "1:x", apiRoot: tg.apiRoot }),
      zalo: createZaloSender(client, zaloRenderer({ files: store, links, translator }, "vi")),
    },
    translator,
    logger,
    now: at,
    ratePerSecond: { telegram: 1000, zalo: 1000 },
    kinds: announcementKinds(t.db),
    ...opts,
  });
}

const messagesTo = (chatId: string) => tg.sent().filter((c) => String(c.body.chat_id) === chatId);

/** The Văn phòng writes an announcement to every focal person and leader and reaches the preview. */
async function officeComposes(
  at: Date,
  text = "Kính gửi các đơn vị: Sở triển khai kế hoạch thi đua năm học 2026-2027.\nĐề nghị các đơn vị phổ biến tới cán bộ.",
) {
  const office = new ChatUser(
    buildEngine(t, () => at),
    OFFICE_CHAT,
  );
  await office.say("/thongbao");
  if (office.labels().some((l) => l.includes("Soạn thông báo mới"))) await office.press("Soạn thông báo mới");
  expect(office.text()).toContain("Nhập nội dung thông báo (tối đa 2.000 ký tự)");
  await office.say(text);
  await office.press("Đầu mối và lãnh đạo");
  await office.press("Toàn tỉnh");
  return office;
}

describe("/thongbao (/broadcast)", () => {
  it("an announcement to every focal person and leader arrives once each, with the ✅ Đã xem button, however many dispatchers run", async () => {
    const office = await officeComposes(MORNING);
    const reachable = managers.length - 1;
    expect(office.text()).toContain(
      "XEM TRƯỚC — người nhận sẽ thấy như sau:\n────────\n📢 THÔNG BÁO\nNgười gửi: " +
        w.office.name +
        ", Văn phòng Sở\n\nKính gửi các đơn vị:",
    );
    expect(office.text()).toContain("Gửi tới: Đầu mối và lãnh đạo đơn vị — Toàn tỉnh");
    expect(office.text()).toContain(
      `Sẽ nhận được: ${reachable} người.\nKhông gửi được: 1 người (chưa dùng bot: 1; đã chặn bot: 0; từ chối nhận thông báo: 0).`,
    );
    await office.press("Ai không nhận được");
    const [first] = await t.db.select({ name: people.fullName }).from(people).where(eq(people.id, managers[0]!));
    expect(office.text()).toContain(`• ${first!.name}`);
    expect(office.text()).toContain("(chưa dùng bot)");

    await office.press("Gửi ngay");
    expect(office.text()).toBe(`✅ Đang gửi thông báo tới ${reachable} người. Gõ /thongbao để xem ai đã nhận, ai đã xem.`);
    expect(await t.db.$count(outbox, eq(outbox.kind, "announcement"))).toBe(reachable);

    // Two instances dispatch at once: SKIP LOCKED gives each row to one of them.
    const sent = await Promise.all([dispatcher(() => MORNING).drain(), dispatcher(() => MORNING).drain()]);
    expect(sent[0]! + sent[1]!).toBe(reachable);
    for (const id of managers.slice(1)) {
      const got = messagesTo(chatOf(id));
      expect(got).toHaveLength(1);
      expect(got[0]!.body.text).toMatch(/^📢 THÔNG BÁO\n/);
      expect(JSON.stringify(got[0]!.body.reply_markup)).toContain('"text":"✅ Đã xem"');
    }
    expect(messagesTo(chatOf(managers[0]!))).toHaveLength(0);
    expect(messagesTo(OFFICE_CHAT)).toHaveLength(0);
  });

  it("quiet hours hold a scheduled announcement until the morning; «Gửi ngay» at night goes at once", async () => {
    const office = await officeComposes(MORNING);
    await office.press("Hẹn giờ gửi");
    await office.say("01/12/2026 22:30");
    expect(office.text()).toContain(
      "lúc 02/12/2026 07:00.\nVì 01/12/2026 22:30 rơi vào giờ nghỉ (21:00–07:00), thông báo sẽ được gửi vào buổi sáng.",
    );
    const night = new Date("2026-12-01T16:00:00Z"); // 23:00
    expect(await dispatcher(() => night).drain()).toBe(0);
    const morning = new Date("2026-12-02T00:01:00Z"); // 07:01
    expect(await dispatcher(() => morning).drain()).toBe(managers.length - 1);

    // At 22:00 the preview offers the morning, and «Gửi ngay» sends now on purpose.
    const late = new Date("2026-12-02T15:00:00Z");
    tg.calls.length = 0;
    const again = await officeComposes(late, "Khẩn: đề nghị các đơn vị gửi báo cáo trong tối nay.");
    expect(again.text()).toContain(
      "đang trong giờ nghỉ (21:00–07:00). «Gửi ngay» sẽ gửi ngay bây giờ; hoặc chọn gửi lúc 03/12/2026 07:00.",
    );
    expect(again.labels()).toContain("🌅 Gửi lúc 07:00 sáng");
    await again.press("Gửi ngay");
    expect(await dispatcher(() => late).drain()).toBe(managers.length - 1);
  });

  it("a scheduled time that is past or unreadable is refused and changes nothing", async () => {
    const office = await officeComposes(MORNING);
    await office.press("Hẹn giờ gửi");
    await office.say("30/11/2026 08:00");
    expect(office.text()).toContain("Thời điểm này đã qua.");
    await office.say("ngày mai");
    expect(office.text()).toContain("Chưa đúng dạng thời điểm.");
    expect(await t.db.$count(announcements)).toBe(0);
  });

  it("«Đã xem» is counted (button on Telegram, reply on Zalo); the sender sees the counts, who has not seen, and nudges them once", async () => {
    const focal = new ChatUser(
      buildEngine(t, () => MORNING),
      chatOf(w.focal.personId),
    );
    await focal.say("/thongbao");
    await focal.say("Chiều nay 15:00 họp tổ chuyên môn về đăng ký thi đua.");
    // A focal person's announcement goes to their own unit's staff only.
    expect(focal.text()).toContain("Gửi tới: Toàn bộ cán bộ — đơn vị mình");
    await focal.press("Gửi ngay");
    const rows = await t.db.select().from(outbox).where(eq(outbox.kind, "announcement"));
    const unitPeople = await t.db.select({ id: people.id }).from(people).where(eq(people.unitId, w.unitId));
    expect(rows.every((r) => unitPeople.some((p) => p.id === r.personId))).toBe(true);
    expect(rows.map((r) => r.personId)).toEqual(expect.arrayContaining([w.staff[0]!.personId, w.staff[1]!.personId]));
    await dispatcher(() => MORNING).drain();

    const zaloText = zalo.textsTo("zalo-staff-1");
    expect(zaloText).toHaveLength(1);
    expect(zaloText[0]).toContain("Chiều nay 15:00 họp tổ chuyên môn");
    expect(zaloText[0]).toContain("Khi đã đọc, vui lòng trả lời «đã xem».");

    // The Telegram teacher presses the button, in the middle of nothing.
    const teacher = new ChatUser(
      buildEngine(t, () => MORNING),
      chatOf(w.staff[0]!.personId),
    );
    const [msg] = messagesTo(chatOf(w.staff[0]!.personId));
    const token = (msg!.body.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard[0]![0]!
      .callback_data;
    await teacher.send({ kind: "choice", token });
    expect(teacher.text()).toBe("✅ Cảm ơn bạn, đã ghi nhận bạn đã xem thông báo.");
    await teacher.send({ kind: "choice", token });
    expect(teacher.text()).toBe("Bạn đã xác nhận xem thông báo này rồi.");

    const total = rows.length;
    await focal.say("/thongbao");
    await focal.press("📊");
    expect(focal.text()).toContain(`Người nhận: ${total} · Đã gửi tới: ${total} · Đang chờ gửi: 0`);
    expect(focal.text()).toContain(`Đã xem: 1 · Chưa xem: ${total - 1}`);
    await focal.press("Ai chưa xem");
    expect(focal.text()).toContain(`• ${w.staff[1]!.name}`);
    expect(focal.text()).not.toContain(`• ${w.staff[0]!.name}`);

    // The Zalo teacher replies "đã xem" (typed without marks, as people do).
    const z = zaloServer(
      zalo,
      buildEngine(t, () => MORNING),
    );
    expect(await z.user("zalo-staff-1").say("da xem")).toBe("✅ Cảm ơn bạn, đã ghi nhận bạn đã xem thông báo.");

    await focal.press("Cập nhật");
    expect(focal.text()).toContain(`Đã xem: 2 · Chưa xem: ${total - 2}`);
    await focal.press("Nhắc người chưa xem");
    expect(focal.text()).toBe(`🔔 Đã nhắc ${total - 2} người chưa xem. Mỗi thông báo chỉ nhắc được một lần.`);
    const nudges = await t.db.select().from(outbox).where(eq(outbox.kind, "announcement-nudge"));
    expect(nudges.map((n) => n.personId)).not.toContain(w.staff[0]!.personId);
    expect(nudges.map((n) => n.personId)).not.toContain(w.staff[1]!.personId);
    expect(nudges.map((n) => n.personId)).toContain(w.staff[2]!.personId);
    await dispatcher(() => MORNING).drain();
    expect(messagesTo(chatOf(w.staff[2]!.personId)).map((m) => m.body.text)[1]).toMatch(
      /^🔔 Nhắc lại: bạn chưa xác nhận đã xem thông báo dưới đây\./,
    );
    await focal.say("/thongbao");
    await focal.press("📊");
    expect(focal.labels().some((l) => l.includes("Nhắc người chưa xem"))).toBe(false);
    expect(focal.text()).toContain("Đã nhắc người chưa xem lúc 01/12/2026 10:00.");
  });

  it("a teacher is told kindly that announcements are not theirs to send", async () => {
    const teacher = new ChatUser(
      buildEngine(t, () => MORNING),
      chatOf(w.staff[0]!.personId),
    );
    await teacher.say("/broadcast");
    expect(teacher.text()).toContain("Chức năng gửi thông báo dành cho Văn phòng Sở và cán bộ đầu mối");
    expect(await t.db.$count(announcements)).toBe(0);
  });

  it("a restart mid-send loses and repeats nothing", async () => {
    const a = await t.db.transaction((tx) =>
      createAnnouncement(tx, {
        scope: { provinceId: w.provinceId, senderId: w.office.personId, unitId: null },
        audience: { who: "managers", where: { kind: "province" } },
        body: "Thông báo kiểm tra.",
        sendAt: MORNING,
        urgent: true,
        now: MORNING,
        chunk: 7,
      }),
    );
    const reachable = managers.length - 1;
    expect(a.recipients).toBe(reachable);
    // The first instance sends two batches and then dies (it loses the lock).
    let checks = 0;
    const dying: Leadership = { isLeader: async () => ++checks <= 2 };
    const firstSent = await dispatcher(() => MORNING, { leadership: dying, batchSize: 5 }).drain();
    expect(firstSent).toBe(10);
    // It had claimed three more rows when it died: they stand in "sending", never sent.
    const queued = await t.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.announcementId, a.id), eq(outbox.status, "queued")))
      .limit(3);
    await t.db
      .update(outbox)
      .set({ status: "sending" })
      .where(
        inArray(
          outbox.id,
          queued.map((q) => q.id),
        ),
      );

    // The standby takes over.
    const rest = await dispatcher(() => MORNING, { leadership: { isLeader: async () => true } }).drain();
    expect(firstSent + rest).toBe(reachable);
    for (const id of managers.slice(1)) expect(messagesTo(chatOf(id))).toHaveLength(1);
    expect(await t.db.$count(outbox, and(eq(outbox.announcementId, a.id), eq(outbox.status, "sent")))).toBe(reachable);
  });
});
