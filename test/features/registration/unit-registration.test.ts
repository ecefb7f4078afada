import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, collectiveRegistrations, outbox, registrations, unitSubmissions, unitTargets } from "../../../src/db/schema.js";
import { cli } from "../../support/cli.js";
import { buildEngine, ChatUser, demoWorld, link, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
let clock = new Date("2026-11-22T03:00:00Z");
const now = () => clock;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, clock);
  await link(t, world.focal.personId, "2001");
  await link(t, world.staff[0]!.personId, "2002");
  await link(t, world.staff[1]!.personId, "2003");
  await link(t, world.office.personId, "2009");
});
afterAll(() => t.destroy());

async function register(user: ChatUser, title: string) {
  await user.say("/register");
  await user.registerTitle(title);
}

describe("focal person: targets, collectives, review, submit", () => {
  it("runs the unit's registration to submission, and the office reopens it", async () => {
    const engine = buildEngine(t, now);
    const focal = new ChatUser(engine, "2001");
    const a = new ChatUser(engine, "2002");
    const b = new ChatUser(engine, "2003");
    await register(a, "Chiến sĩ thi đua cơ sở");
    await register(b, "Lao động tiên tiến");

    await focal.say("/register");
    expect(focal.text()).toContain("Cán bộ đã đăng ký: 2/");
    expect(focal.labels()).toContain("📤 Nộp bản đăng ký");

    // Targets: add two, edit one, remove one.
    await focal.press("Chỉ tiêu thi đua");
    expect(focal.text()).toContain("Đơn vị chưa có chỉ tiêu thi đua nào.");
    await focal.press("Thêm");
    await focal.say("Tỷ lệ học sinh lên lớp");
    await focal.say("%");
    await focal.say("98");
    await focal.press("Thêm");
    await focal.say("Giải học sinh giỏi cấp tỉnh");
    await focal.say("giải");
    await focal.say("10");
    expect(focal.text()).toContain("• Tỷ lệ học sinh lên lớp — 98 %"); // issue 17: bullets, the menu is numbered
    await focal.press("Sửa");
    await focal.press("Giải học sinh giỏi");
    await focal.say("Giải học sinh giỏi cấp tỉnh");
    await focal.say("giải");
    await focal.say("12");
    await focal.press("Xóa");
    await focal.press("Tỷ lệ học sinh lên lớp");
    const targets = await t.db.select().from(unitTargets).where(eq(unitTargets.unitId, world.unitId));
    expect(targets.map((x) => [x.content, x.measure, x.planned])).toEqual([["Giải học sinh giỏi cấp tỉnh", "giải", "12"]]);
    await focal.press("Quay lại");

    // A collective title with a rule warning computed from the registrations.
    await focal.press("Danh hiệu tập thể");
    await focal.press("Thêm");
    await focal.press("Toàn đơn vị");
    await focal.press("Tập thể lao động xuất sắc");
    await focal.press("Không đăng ký");
    expect(focal.text()).toMatch(/Tập thể lao động xuất sắc cần ít nhất 70% thành viên đạt Lao động tiên tiến; hiện có 2\/\d+ người/);
    await focal.say("Thêm");
    await focal.say("Tổ Toán – Tin");
    await focal.press("Tập thể lao động tiên tiến");
    await focal.press("Giấy khen của Giám đốc Sở GDĐT");
    const collectives = await t.db.select().from(collectiveRegistrations).where(eq(collectiveRegistrations.unitId, world.unitId));
    expect(collectives.map((c) => [c.groupName, c.titleCode, c.awardCode])).toEqual([
      [null, "TTLDXS", null],
      ["Tổ Toán – Tin", "TTLDTT", "GIAY_KHEN_GIAM_DOC_SO"],
    ]);
    await focal.press("Quay lại");

    // Review: approve one, return the other with a reason; the staff member is notified.
    await focal.press("Đăng ký của cán bộ");
    expect(focal.text()).toContain("Đã đăng ký: 2 (chờ duyệt 2, đã duyệt 0, trả lại 0)");
    await focal.press(world.staff[0]!.name);
    await focal.press("Duyệt");
    await focal.press(world.staff[1]!.name);
    await focal.press("Trả lại");
    await focal.say("Chưa ghi rõ môn giảng dạy");
    expect(focal.text()).toContain("Đã trả lại và báo cho người đăng ký.");
    const notes = await t.db.select().from(outbox).where(eq(outbox.personId, world.staff[1]!.personId));
    expect(notes.map((n) => n.message)).toEqual([
      { key: "notify-registration-returned", vars: { title: "Lao động tiên tiến", reason: "Chưa ghi rõ môn giảng dạy" } },
    ]);
    await focal.press("Quay lại");

    await focal.press("Cảnh báo");
    expect(focal.text()).toContain("CẢNH BÁO");

    await focal.press("Nộp bản đăng ký");
    expect(focal.text()).toContain("Cán bộ đã đăng ký: 2/");
    await focal.press("Nộp");
    expect(focal.text()).toContain("Đã nộp bản đăng ký thi đua của đơn vị lúc 22/11/2026 10:00");
    const [sub] = await t.db.select().from(unitSubmissions).where(eq(unitSubmissions.unitId, world.unitId));
    expect(sub).toMatchObject({ status: "submitted", submittedBy: world.focal.personId });
    expect((sub!.snapshot as { registrations: unknown[] }).registrations).toHaveLength(2);
    const officeNote = await t.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.personId, world.office.personId), eq(outbox.kind, "notification")));
    expect(officeNote[0]!.message.key).toBe("notify-unit-submitted");

    // Locked: staff cannot edit, the focal person only sees.
    await b.say("/register");
    await b.press("Sửa đăng ký");
    expect(b.text()).toContain("Đơn vị đã nộp bản đăng ký nên không sửa được nữa.");
    await focal.say("/register");
    expect(focal.labels()).not.toContain("📤 Nộp bản đăng ký");

    // The office reopens it from the CLI; editing works again.
    const reopened = await cli(t, ["campaign", "reopen", "--unit", world.unitCode], { now: clock });
    expect(reopened.code).toBe(0);
    await b.say("/register");
    await b.press("Sửa đăng ký");
    expect(b.text()).toContain("Thông tin của bạn:");
    const log = await t.db.select().from(auditLog).where(eq(auditLog.entity, "unit_submission"));
    expect(log.map((l) => l.action)).toEqual(["submit", "reopen"]);
  });

  it("after the deadline the campaign refuses changes, until the office extends it", async () => {
    const a = new ChatUser(buildEngine(t, now), "2002");
    clock = new Date("2026-12-23T03:00:00Z");
    await a.say("/register");
    await a.press("Sửa đăng ký");
    expect(a.text()).toContain("Đã quá hạn nộp (22/12/2026 23:59)");
    const [{ id }] = (await t.db.select({ id: registrations.campaignId }).from(registrations).limit(1)) as [{ id: number }];
    expect((await cli(t, ["campaign", "deadline", "--id", String(id), "--deadline", "31/12/2026"], { now: clock })).code).toBe(0);
    await a.say("/register");
    await a.press("Sửa đăng ký");
    expect(a.text()).toContain("Thông tin của bạn:");
    clock = new Date("2026-11-22T03:00:00Z");
  });
});
