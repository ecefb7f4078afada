import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox, registrations, reminderPlans, unitSubmissions } from "../../../src/db/schema.js";
import { planDueReminders } from "../../../src/reminders/planner.js";
import { buildEngine, ChatUser, link, TZ } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { cli } from "../../support/cli.js";
import { octoberAt8, reminderWorld } from "../../reminders/fixture.js";

let t: TestDatabase;
let w: Awaited<ReturnType<typeof reminderWorld>>;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await reminderWorld(t);
});
afterAll(() => t.destroy());

describe("/remind (/nhacnho)", () => {
  it("nudges each silent staff member once per 24 hours, and staff cannot use it", async () => {
    const day1 = new Date("2026-10-10T03:00:00Z");
    const focal = new ChatUser(
      buildEngine(t, () => day1),
      "31001",
    );
    // One teacher has answered already: nobody nudges them.
    await t.db.insert(registrations).values({
      provinceId: w.world.provinceId,
      campaignId: w.campaign.id,
      unitId: w.world.unitId,
      personId: w.world.staff[0]!.personId,
      titleCode: "LDTT",
    });
    // Every teacher is on Telegram: a reminder reaches each of them (issue 17: no claim for those it cannot reach).
    for (const [i, s] of w.world.staff.entries()) await link(t, s.personId, `3105${i}`);
    await focal.say("/nhacnho");
    const silent = w.world.staff.length - 1;
    expect(focal.text()).toContain(`${silent} người chưa đăng ký, trong đó 0 người đã được nhắc trong 24 giờ qua.`);
    await focal.press("Nhắc ngay");
    expect(focal.text()).toBe(`Lời nhắc đang được gửi tới ${silent} người. Mỗi người chỉ được nhắc tối đa một lần trong 24 giờ.`);
    const nudges = await t.db.select().from(outbox).where(eq(outbox.kind, "nudge"));
    expect(nudges.map((n) => n.personId).sort()).toEqual(
      w.world.staff
        .slice(1)
        .map((s) => s.personId)
        .sort(),
    );
    expect(nudges[0]!.message).toMatchObject({ key: "nudge-staff", vars: { deadline: "20/10/2026" } });

    await focal.say("/remind");
    expect(focal.text()).toContain(`trong đó ${silent} người đã được nhắc trong 24 giờ qua`);
    expect(focal.labels().some((l) => l.includes("Nhắc ngay"))).toBe(false);

    // A day later they can be nudged again.
    const day2 = new Date(day1.getTime() + 24 * 3600_000 + 60_000);
    const later = new ChatUser(
      buildEngine(t, () => day2),
      "31001",
    );
    await later.say("/remind");
    expect(later.labels()).toContain(`📣 Nhắc ngay (${silent} người)`);

    const staff = new ChatUser(
      buildEngine(t, () => day1),
      "31051",
    );
    await staff.say("/remind");
    expect(staff.text()).toContain("Vai trò của bạn không dùng được chức năng này");
  });

  it("the automatic D-5 reminder nudges the silent staff of units that switched it on", async () => {
    await t.db.delete(outbox);
    const focal = new ChatUser(
      buildEngine(t, () => new Date("2026-10-12T03:00:00Z")),
      "31001",
    );
    await focal.say("/remind");
    await focal.press("Bật tự động nhắc");
    expect(focal.text()).toBe("Đã lưu: tự động nhắc đang bật.");
    const [sub] = await t.db
      .select()
      .from(unitSubmissions)
      .where(and(eq(unitSubmissions.unitId, w.world.unitId), eq(unitSubmissions.campaignId, w.campaign.id)));
    expect(sub!.autoNudge).toBe(true);

    const planned = await planDueReminders(t.db, octoberAt8(15), TZ);
    expect(planned).toContainEqual(expect.objectContaining({ kind: "nudge", offset: -5 }));
    const nudged = await t.db.select().from(outbox).where(eq(outbox.kind, "nudge"));
    expect(nudged.length).toBe(w.world.staff.length - 1);
    expect(new Set(nudged.map((n) => n.unitId))).toEqual(new Set([w.world.unitId]));
  });
});

describe("reminders CLI", () => {
  it("previews, runs what is due at a given time, and reports status", async () => {
    await t.db.delete(outbox);
    await t.db.delete(reminderPlans);
    const preview = await cli(t, ["reminders", "preview", "--campaign", String(w.campaign.id)], {
      locale: "vi",
      now: new Date("2026-10-01T03:00:00Z"),
    });
    expect(preview.code).toBe(0);
    expect(preview.output).toContain("13/10/2026 08:00  D-7  sẽ gửi");
    expect(preview.output).toContain("23/10/2026 08:00  D+3  sẽ gửi");

    const run = await cli(t, ["reminders", "run-due", "--now", "2026-10-13T08:00:00+07:00"], { locale: "vi" });
    expect(run.code).toBe(0);
    expect(run.output).toMatch(/D-7: đã xếp \d+ tin nhắn\./);
    const again = await cli(t, ["reminders", "run-due", "--now", "2026-10-13T08:30:00+07:00"], { locale: "vi" });
    expect(again.output).toBe("Không có lượt nhắc nào đến hạn.");

    const after = await cli(t, ["reminders", "preview", "--campaign", String(w.campaign.id)], {
      locale: "vi",
      now: new Date("2026-10-14T03:00:00Z"),
    });
    expect(after.output).toContain("13/10/2026 08:00  D-7  đã xếp lịch");

    const status = await cli(t, ["reminders", "status"], { locale: "vi" });
    expect(status.output).toMatch(/^Đang chờ: \d+ · Đang gửi: 0 · Đã gửi: 0/);

    const bad = await cli(t, ["reminders", "run-due", "--now", "hôm qua"], { locale: "vi" });
    expect(bad.code).toBe(2);
  });
});
