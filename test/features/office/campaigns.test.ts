import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, campaigns, outbox, unitSubmissions } from "../../../src/db/schema.js";
import { openRegistrationCampaign } from "../../../src/features/registration/campaigns.js";
import { buildEngine, ChatUser, demoWorld, link, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  await link(t, world.office.personId, "9101");
  await link(t, world.focal.personId, "9102");
  await link(t, world.staff[0]!.personId, "9103");
});
afterAll(() => t.destroy());

const user = (id: string) =>
  new ChatUser(
    buildEngine(t, () => now),
    id,
  );

async function startOpen(office: ChatUser, kind: string, year: string) {
  await office.say("/dotthidua");
  expect(office.text()).toContain("Các đợt thi đua:");
  await office.press("Mở đợt mới");
  await office.press(kind);
  await office.say("Bình chọn sáng kiến cấp ngành 2027");
  await office.say(year);
  await office.say("01/12/2026");
}

describe("/dotthidua (the Văn phòng's campaigns in the chat)", () => {
  it("a focal person and a teacher are refused", async () => {
    for (const id of ["9102", "9103"]) {
      const u = user(id);
      await u.say("/dotthidua");
      expect(u.text()).not.toContain("Các đợt thi đua:");
      expect(u.labels()).not.toContain("➕ Mở đợt mới");
    }
  });

  it("opens a campaign after a confirmation, with an audit entry", async () => {
    const office = user("9101");
    await startOpen(office, "Sáng kiến", "2026-2027");
    await office.say("15/12/2026");
    expect(office.text()).toContain("Mở đợt mới?");
    expect(office.text()).toContain("Mở: 01/12/2026 — Hạn chót: 15/12/2026");
    expect(await t.db.$count(campaigns, eq(campaigns.title, "Bình chọn sáng kiến cấp ngành 2027"))).toBe(0);
    await office.press("Đồng ý");
    expect(office.text()).toContain("hạn chót 15/12/2026");
    const [row] = await t.db.select().from(campaigns).where(eq(campaigns.title, "Bình chọn sáng kiến cấp ngành 2027"));
    expect(row!.kind).toBe("initiative");
    expect(
      await t.db.$count(
        auditLog,
        and(
          eq(auditLog.entity, "campaign"),
          eq(auditLog.action, "create"),
          eq(auditLog.entityId, String(row!.id)),
          eq(auditLog.actor, `person:${world.office.personId}`),
        ),
      ),
    ).toBe(1);
  });

  it("refuses a second open campaign of the same kind and year", async () => {
    const office = user("9101");
    await startOpen(office, "Sáng kiến", "2026-2027");
    await office.say("20/12/2026");
    await office.press("Đồng ý");
    expect(office.text()).toContain("Năm học 2026-2027 đã có đợt cùng loại đang mở");
    expect(office.text()).toContain("Chưa mở đợt mới");
    expect(await t.db.$count(campaigns, eq(campaigns.title, "Bình chọn sáng kiến cấp ngành 2027"))).toBe(1);
  });

  it("refuses a deadline in the past and an opening after the deadline, and asks again", async () => {
    const office = user("9101");
    await startOpen(office, "Sơ kết", "2026-2027");
    await office.say("01/11/2026");
    expect(office.text()).toContain("Hạn chót đã qua");
    expect(office.text()).toContain("Hạn chót (dd/mm/yyyy)?");
    await office.say("28/11/2026");
    expect(office.text()).toContain("Ngày mở đợt sau hạn chót");
    await office.say("/huy");
    expect(await t.db.$count(campaigns, eq(campaigns.kind, "review"))).toBe(0);
  });

  it("moves a deadline and closes a campaign, each after a confirmation", async () => {
    const office = user("9101");
    const [c] = await t.db.select().from(campaigns).where(eq(campaigns.title, "Bình chọn sáng kiến cấp ngành 2027"));
    await office.say("/dotthidua");
    await office.press("Đổi hạn chót");
    await office.press(`#${c!.id} `);
    await office.say("10/11/2026");
    expect(office.text()).toContain("Hạn chót đã qua");
    await office.say("31/12/2026");
    expect(office.text()).toContain("từ 15/12/2026 sang 31/12/2026");
    await office.press("Thôi");
    expect(office.text()).toContain("không có gì thay đổi");
    await office.say("/dotthidua");
    await office.press("Đổi hạn chót");
    await office.press(`#${c!.id} `);
    await office.say("31/12/2026");
    await office.press("Đồng ý");
    expect(office.text()).toContain("sang 31/12/2026");
    const [moved] = await t.db.select().from(campaigns).where(eq(campaigns.id, c!.id));
    expect(moved!.deadlineAt.toISOString()).toBe("2026-12-31T16:59:59.999Z");

    await office.say("/dotthidua");
    await office.press("Đóng đợt");
    await office.press(`#${c!.id} `);
    expect(office.text()).toContain("Đóng đợt “Bình chọn sáng kiến cấp ngành 2027”?");
    await office.press("Đồng ý");
    expect(office.text()).toContain("Đã đóng đợt");
    const [closed] = await t.db.select().from(campaigns).where(eq(campaigns.id, c!.id));
    expect(closed!.closedAt).not.toBeNull();
    expect(await t.db.$count(auditLog, and(eq(auditLog.entity, "campaign"), eq(auditLog.entityId, String(c!.id))))).toBe(3);
  });

  it("reopens a submitted unit with a reason; the focal person is told", async () => {
    const campaign = (await openRegistrationCampaign(t.db, world.provinceId, now))!;
    await t.db
      .insert(unitSubmissions)
      .values({ provinceId: world.provinceId, campaignId: campaign.id, unitId: world.unitId, status: "submitted", submittedAt: now })
      .onConflictDoUpdate({ target: [unitSubmissions.campaignId, unitSubmissions.unitId], set: { status: "submitted" } });
    const office = user("9101");
    await office.say("/dotthidua");
    await office.press("Mở lại đơn vị");
    await office.press(campaign.title);
    await office.say("Thiếu chỉ tiêu của tổ Toán");
    expect(office.text()).toContain("Lý do: Thiếu chỉ tiêu của tổ Toán");
    await office.press("Đồng ý");
    expect(office.text()).toContain("đầu mối của đơn vị được báo qua bot");
    const [sub] = await t.db
      .select()
      .from(unitSubmissions)
      .where(and(eq(unitSubmissions.campaignId, campaign.id), eq(unitSubmissions.unitId, world.unitId)));
    expect(sub!.status).toBe("draft");
    const told = await t.db.select().from(outbox).where(eq(outbox.personId, world.focal.personId));
    expect(told.some((m) => JSON.stringify(m.message).includes("Thiếu chỉ tiêu của tổ Toán"))).toBe(true);
  });
});
