import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelIdentities, consents, dataRequests, outbox, people } from "../../../src/db/schema.js";
import { reachCounts } from "../../../src/features/announcements/audience.js";
import { createAnnouncement } from "../../../src/features/announcements/service.js";
import { insertOutbox } from "../../../src/reminders/planner.js";
import { createInvite } from "../../../src/services/invites.js";
import { CONSENT_NOTICE_VERSION } from "../../../src/features/onboarding/service.js";
import { erasePerson, requestErasure } from "../../../src/services/personal-data.js";
import { cli } from "../../support/cli.js";
import { buildEngine, ChatUser, demoWorld, link, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let w: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");
let code: string;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await demoWorld(t, now);
  code = (await createInvite(t.db, { provinceId: w.provinceId, unitId: w.unitId, role: "staff", expiresAt: null, maxUses: 50 }, "test"))
    .code;
});
afterAll(() => t.destroy());

const user = (id: string) =>
  new ChatUser(
    buildEngine(t, () => now),
    id,
    "telegram",
  );
const personOf = async (externalId: string) =>
  (await t.db.select().from(channelIdentities).where(eq(channelIdentities.externalId, externalId)))[0]!.personId;
const decisionsOf = async (personId: number) =>
  (await t.db.select().from(consents).where(eq(consents.personId, personId))).map((c) => ({
    purpose: c.purpose,
    accepted: c.accepted,
    version: c.noticeVersion,
    at: c.decidedAt,
  }));

describe("consent per purpose (issue 16)", () => {
  it("declining messages at joining still lets the person join and use /dangky; each purpose is stored with time and version", async () => {
    const u = user("8101");
    await u.say(`/start ${code}`);
    expect(u.text()).toContain("Mục đích 2 (tùy chọn)");
    await u.press("Tôi chỉ đồng ý mục đích 1");
    await u.press("Bỏ qua").catch(() => undefined);
    await u.say("Trần Văn Khải");
    await u.press("Giáo viên");
    expect(u.text()).toContain("Chào mừng Trần Văn Khải!");
    const id = await personOf("8101");
    expect((await decisionsOf(id)).sort((a, b) => a.purpose.localeCompare(b.purpose))).toEqual([
      { purpose: "messages", accepted: false, version: CONSENT_NOTICE_VERSION, at: now },
      { purpose: "records", accepted: true, version: CONSENT_NOTICE_VERSION, at: now },
    ]);
    await u.say("/dangky");
    expect(u.text()).not.toContain("Bạn chưa tham gia");
  });

  it("an announcement counts them as declined and queues nothing for them; reminders skip them, answers to their own actions do not", async () => {
    const id = await personOf("8101");
    const scope = { provinceId: w.provinceId, senderId: w.office.personId, unitId: null };
    const audience = { who: "everyone" as const, where: { kind: "unit" as const, id: w.unitId } };
    const counts = await reachCounts(t.db, scope, audience);
    expect(counts.declined).toBe(1);
    await t.db.transaction((tx) => createAnnouncement(tx, { scope, audience, body: "Họp chi bộ.", sendAt: now, urgent: false, now }));
    expect(await t.db.$count(outbox, and(eq(outbox.personId, id), eq(outbox.kind, "announcement")))).toBe(0);

    const base = { provinceId: w.provinceId, personId: id, message: { key: "onboarding-next" } };
    const queued = await insertOutbox(t.db, [
      { ...base, dedupeKey: "c16-reminder", kind: "reminder" },
      { ...base, dedupeKey: "c16-nudge", kind: "nudge" },
      { ...base, dedupeKey: "c16-answer", kind: "notification" },
    ]);
    expect(queued).toBe(1);
    expect((await t.db.select({ kind: outbox.kind }).from(outbox).where(eq(outbox.personId, id))).map((r) => r.kind)).toEqual([
      "notification",
    ]);
  });

  it("/toi turns messages off and on again, each change recorded with time and notice version", async () => {
    const id = w.staff[0]!.personId;
    await link(t, id, "8102");
    const u = user("8102");
    await u.say("/toi");
    expect(u.text()).toContain("ĐỒNG Ý XỬ LÝ DỮ LIỆU");
    await u.press("Tắt nhận nhắc việc");
    expect(u.text()).toContain("bạn không nhận nhắc việc và thông báo chung nữa (lúc 22/11/2026 10:00, phiên bản 2026-12)");
    expect((await decisionsOf(id)).filter((d) => d.purpose === "messages")).toEqual([
      { purpose: "messages", accepted: false, version: CONSENT_NOTICE_VERSION, at: now },
    ]);
    expect(
      await insertOutbox(t.db, [
        { provinceId: w.provinceId, personId: id, message: { key: "onboarding-next" }, dedupeKey: "c16-r2", kind: "reminder" },
      ]),
    ).toBe(0);
    await u.press("Bật nhận nhắc việc");
    expect(u.text()).toContain("bạn nhận lại nhắc việc và thông báo chung");
    expect(
      await insertOutbox(t.db, [
        { provinceId: w.provinceId, personId: id, message: { key: "onboarding-next" }, dedupeKey: "c16-r3", kind: "reminder" },
      ]),
    ).toBe(1);
  });

  it("/toi corrects the phone in any VN format and refuses a bad number without changing anything", async () => {
    const id = w.staff[1]!.personId;
    await link(t, id, "8103");
    const [before] = await t.db.select({ phone: people.phone }).from(people).where(eq(people.id, id));
    const u = user("8103");
    await u.say("/toi");
    await u.press("Sửa số điện thoại");
    await u.say("12345");
    expect(u.text()).toContain("Số điện thoại chưa đúng");
    expect((await t.db.select({ phone: people.phone }).from(people).where(eq(people.id, id)))[0]!.phone).toBe(before!.phone);
    await u.say("+84 912 345 678");
    expect(u.text()).toContain("Đã cập nhật.");
    expect((await t.db.select({ phone: people.phone }).from(people).where(eq(people.id, id)))[0]!.phone).toBe("0912345678");
    expect(await t.db.$count(channelIdentities, eq(channelIdentities.personId, id))).toBe(1);
  });

  it("withdrawing records consent in /toi is recorded and becomes an erasure request stating the legal time limit; the erasure names the chats to tell", async () => {
    const id = w.staff[2]!.personId;
    await link(t, id, "8104");
    const u = user("8104");
    await u.say("/toi");
    await u.press("Rút đồng ý xử lý hồ sơ");
    await u.press("Rút đồng ý");
    expect(u.text()).toContain("Nghị định 356/2025/NĐ-CP");
    expect((await decisionsOf(id)).filter((d) => d.purpose === "records" && !d.accepted)).toEqual([
      { purpose: "records", accepted: false, version: CONSENT_NOTICE_VERSION, at: now },
    ]);
    const [req] = await t.db.select().from(dataRequests).where(eq(dataRequests.personId, id));
    expect(req).toMatchObject({ kind: "erase", status: "open" });
    const { tell } = await t.db.transaction((tx) => erasePerson(tx, req!.id, w.provinceId, now, "test"));
    expect(tell).toEqual([{ channel: "telegram", externalId: "8104", locale: "vi" }]);
  });

  it("requests erase queues the notice to her chat and says it is queued, never that she was told", async () => {
    const id = await personOf("8101");
    await requestErasure(t.db, id, w.provinceId, now, () => undefined);
    const [req] = await t.db
      .select()
      .from(dataRequests)
      .where(and(eq(dataRequests.personId, id), eq(dataRequests.status, "open")));
    const out = await cli(t, ["requests", "erase", "--id", String(req!.id)], { locale: "vi", now });
    expect(out.code).toBe(0);
    expect(out.output).toContain('Đã xếp lời báo "đã xóa xong" cho người yêu cầu vào hàng gửi trên 1 kênh nhắn tin');
    expect(out.output).not.toContain("Đã báo cho người yêu cầu");
    const queued = await t.db.select().from(outbox).where(eq(outbox.personId, id));
    expect(queued.map((m) => [m.message.key, m.toExternalId])).toEqual([["consent-erasure-done", "8101"]]);
  });
});
