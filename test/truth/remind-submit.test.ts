import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelIdentities, outbox, registrations, roles, unitSubmissions } from "../../src/db/schema.js";
import { openRegistrationCampaign } from "../../src/features/registration/campaigns.js";
import { buildEngine, ChatUser, demoWorld, link, translator, type DemoWorld } from "../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
let leaderId: number;
const day = new Date("2026-11-22T03:00:00Z"); // 10:00 in Vietnam
const night = new Date("2026-11-22T15:00:00Z"); // 22:00 in Vietnam: quiet hours
const vi = (key: string, vars?: Record<string, string | number>) => translator.t("vi", key, vars);

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, day);
  await link(t, world.focal.personId, "62001");
  const [leader] = await t.db
    .select({ id: roles.personId })
    .from(roles)
    .where(and(eq(roles.unitId, world.unitId), eq(roles.role, "unit_leader")));
  leaderId = leader!.id;
  await link(t, leaderId, "62002");
});
afterAll(() => t.destroy());

const user = (id: string, at = day) =>
  new ChatUser(
    buildEngine(t, () => at),
    id,
  );

describe("/nhacnho says what will happen, when, and who cannot be reached (issue 17, item 8)", () => {
  it("at night: held until 07:00, people without a messenger named, and the /tiendo count explained", async () => {
    // Two teachers are on Telegram; the others have no messenger.
    await link(t, world.staff[0]!.personId, "62010");
    await link(t, world.staff[1]!.personId, "62011");
    const focal = user("62001", night);
    await focal.say("/tiendo");
    const progress = focal.text();
    const unanswered = Number(/(\d+) người chưa đăng ký|Chưa trả lời \((\d+)\)/.exec(progress)?.slice(1).find(Boolean) ?? NaN);

    await focal.say("/nhacnho");
    const menu = focal.text();
    const offline = world.staff.slice(2).map((s) => s.name);
    expect(menu).toContain(`${world.staff.length} người chưa đăng ký, trong đó 0 người đã được nhắc trong 24 giờ qua.`);
    // The focal person and the leader are counted by /tiendo but are not nudged: said, by name.
    expect(menu).toContain(`/tiendo đếm ${world.staff.length + 2} người chưa đăng ký: 2 người còn lại là đầu mối hoặc lãnh đạo đơn vị`);
    expect(menu).toContain(world.focal.name);
    if (!Number.isNaN(unanswered)) expect(unanswered).toBe(world.staff.length + 2);
    for (const name of offline) expect(menu).toContain(name);
    expect(focal.labels()).toContain("📣 Nhắc ngay (2 người)");

    await focal.press("Nhắc ngay");
    const reply = focal.text();
    expect(reply).not.toContain("Đã gửi lời nhắc");
    expect(reply).toContain("Đã xếp lời nhắc cho 2 người");
    expect(reply).toContain("lúc 07:00 ngày 23/11/2026");
    expect(reply).toContain(`${offline.length} người chưa kết nối với bot`);
    for (const name of offline) expect(reply).toContain(name);
    const nudges = await t.db.select().from(outbox).where(eq(outbox.kind, "nudge"));
    expect(nudges.map((n) => n.personId).sort()).toEqual([world.staff[0]!.personId, world.staff[1]!.personId].sort());
  });

  it("when nobody can be reached, it does not claim anything was sent", async () => {
    await t.db.delete(outbox);
    await t.db.delete(channelIdentities).where(eq(channelIdentities.externalId, "62010"));
    await t.db.delete(channelIdentities).where(eq(channelIdentities.externalId, "62011"));
    const focal = user("62001", new Date(day.getTime() + 3 * 24 * 3600_000));
    await focal.say("/nhacnho");
    expect(focal.labels().some((l) => l.includes("Nhắc ngay"))).toBe(false);
    expect(focal.text()).toContain(`${world.staff.length} người chưa kết nối với bot`);
  });
});

describe("submission waits for every registration to be reviewed (issue 17, items 8, 9, 11)", () => {
  it("lists the pending ones, offers to approve all, keeps the focal person's own for the leader, and is honest about the office", async () => {
    const campaign = (await openRegistrationCampaign(t.db, world.provinceId, day))!;
    const base = { provinceId: world.provinceId, campaignId: campaign.id, unitId: world.unitId, titleCode: "LDTT" };
    await t.db.insert(registrations).values([
      { ...base, personId: world.staff[0]!.personId },
      { ...base, personId: world.staff[1]!.personId },
      { ...base, personId: world.focal.personId },
    ]);
    const focal = user("62001");
    await focal.say("/huy");
    await focal.say("/dangky");
    await focal.press("Nộp bản đăng ký");
    expect(focal.text()).toContain("Còn 3 đăng ký chờ duyệt");
    expect(focal.text()).toContain(world.staff[0]!.name);
    expect(focal.text()).toContain(vi("truth-submit-own-waits"));
    expect(focal.labels()).not.toContain("📤 Nộp");
    await focal.press("Duyệt tất cả");
    expect(focal.text()).toContain("Đã duyệt 2 đăng ký.");
    expect(focal.text()).toContain("Còn 1 đăng ký chờ duyệt");
    const [sub] = await t.db.select().from(unitSubmissions).where(eq(unitSubmissions.unitId, world.unitId));
    expect(sub?.status ?? "draft").not.toBe("submitted");

    // Her own registration: no approve button, and the service refuses it too.
    await focal.press("Xem từng người");
    await focal.press(world.focal.name);
    expect(focal.labels()).not.toContain("✅ Duyệt");
    await focal.say("/huy");

    // The leader approves it; then the unit can be submitted. The office has no messenger linked.
    const leader = user("62002");
    await leader.say("/dangky");
    await leader.press("Đăng ký của cán bộ");
    await leader.press(world.focal.name);
    await leader.press("Duyệt");
    expect(leader.text()).toContain("Đã duyệt.");
    await leader.press("Quay lại");
    await leader.press("Nộp bản đăng ký");
    await leader.press("Nộp");
    expect(leader.text()).not.toContain("Văn phòng Sở đã được thông báo");
    expect(leader.text()).toContain("Chưa báo được cho Văn phòng Sở qua bot");
    const statuses = await t.db.select({ status: registrations.status }).from(registrations).where(eq(registrations.unitId, world.unitId));
    expect(statuses.every((r) => r.status === "approved")).toBe(true);
  });
});
