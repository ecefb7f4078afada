import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, personYears, registrations, units } from "../../../src/db/schema.js";
import { buildEngine, ChatUser, demoWorld, link, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
});
afterAll(() => t.destroy());

describe("staff registration through the engine", () => {
  it("registers a title step by step, then edits and withdraws it", async () => {
    const teacher = world.staff[0]!;
    await link(t, teacher.personId, "1001");
    // A known past: two years of CSTĐCS before an HTTNV year.
    await t.db.delete(personYears).where(eq(personYears.personId, teacher.personId));
    await t.db.insert(personYears).values([
      { provinceId: world.provinceId, personId: teacher.personId, schoolYear: "2025-2026", rating: "HTXSNV", titles: ["LDTT", "CSTDCS"] },
      { provinceId: world.provinceId, personId: teacher.personId, schoolYear: "2024-2025", rating: "HTXSNV", titles: ["LDTT", "CSTDCS"] },
      { provinceId: world.provinceId, personId: teacher.personId, schoolYear: "2023-2024", rating: "HTTNV", titles: ["LDTT"] },
    ]);
    const u = new ChatUser(
      buildEngine(t, () => now),
      "1001",
    );

    await u.say("/dangky");
    expect(u.text()).toContain("hạn nộp của đơn vị: 22/12/2026");
    expect(u.text()).toContain(`Họ và tên: ${teacher.name}`);
    await u.press("Đúng");
    expect(u.text()).toContain("Bạn đăng ký danh hiệu thi đua nào cho năm học 2026-2027?");
    // LĐTT is clean; CSTĐCS is clean too under the 2022 law (last year HTXSNV, and HTXSNV or a
    // sáng kiến suffices); CSTĐ Bộ, ban, ngành, tỉnh warns (no province-wide sáng kiến on record);
    // toàn quốc is blocked (no CSTĐ Bộ, ban, ngành, tỉnh before) and not offered.
    expect(u.labels()).toEqual(["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh ⚠️"]);
    await u.press("Chiến sĩ thi đua cơ sở");
    expect(u.text()).not.toContain("Lưu ý khi đăng ký Chiến sĩ thi đua cơ sở");
    await u.press("Giấy khen của Thủ trưởng đơn vị");
    await u.press("Có");
    await u.say("Ứng dụng bản đồ tư duy trong dạy học Ngữ văn");
    await u.say("Ngữ văn");
    expect(u.text()).toContain("Sáng kiến dự kiến: Ứng dụng bản đồ tư duy trong dạy học Ngữ văn (Ngữ văn)");
    await u.press("Lưu đăng ký");
    expect(u.text()).toContain("Đã lưu đăng ký Chiến sĩ thi đua cơ sở của bạn.");

    const [row] = await t.db.select().from(registrations).where(eq(registrations.personId, teacher.personId));
    expect(row).toMatchObject({
      titleCode: "CSTDCS",
      awardCode: "GIAY_KHEN_DON_VI",
      initiativeSubject: "Ngữ văn",
      status: "pending",
      unitId: world.unitId,
    });

    await u.say("/register");
    expect(u.text()).toContain("ĐĂNG KÝ CỦA BẠN");
    expect(u.text()).toContain("Trạng thái: chờ đầu mối duyệt");
    await u.press("Sửa đăng ký");
    await u.registerTitle("Lao động tiên tiến");
    const [edited] = await t.db.select().from(registrations).where(eq(registrations.personId, teacher.personId));
    expect(edited).toMatchObject({ titleCode: "LDTT", awardCode: null, initiativeTitle: null });

    await u.say("/register");
    await u.press("Rút đăng ký");
    expect(u.text()).toContain("Đã rút đăng ký");
    const [withdrawn] = await t.db.select().from(registrations).where(eq(registrations.personId, teacher.personId));
    expect(withdrawn!.status).toBe("withdrawn");
  });

  it("shows a corrected name at once, and sends a returned registration back to pending when edited", async () => {
    const teacher = world.staff[1]!;
    await link(t, teacher.personId, "1002");
    const u = new ChatUser(
      buildEngine(t, () => now),
      "1002",
    );

    await u.say("/dangky");
    expect(u.text()).toContain(`Họ và tên: ${teacher.name}`);
    const [unit] = await t.db.select({ name: units.name }).from(units).where(eq(units.id, world.unitId));
    expect(u.text()).toContain(`Đơn vị: ${unit!.name}`);
    await u.press("Sửa họ tên");
    await u.say("Trần Thị Thu Trang");
    // The question is asked again in the same reply, with the name just written.
    expect(u.text()).toContain("Họ và tên: Trần Thị Thu Trang");
    await u.registerTitle("Lao động tiên tiến");
    const [saved] = await t.db.select().from(registrations).where(eq(registrations.personId, teacher.personId));

    // The focal person returns it with a reason; the teacher changes it.
    await t.db.update(registrations).set({ status: "returned", returnReason: "Thiếu sáng kiến" }).where(eq(registrations.id, saved!.id));
    await u.say("/dangky");
    expect(u.text()).toContain("Thiếu sáng kiến");
    await u.press("Sửa đăng ký");
    await u.registerTitle("Chiến sĩ thi đua cơ sở");
    const [edited] = await t.db.select().from(registrations).where(eq(registrations.id, saved!.id));
    expect(edited).toMatchObject({ titleCode: "CSTDCS", status: "pending", returnReason: null });
    expect(edited!.updatedAt.getTime()).toBe(now.getTime());

    const log = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "registration"), eq(auditLog.entityId, String(saved!.id))))
      .orderBy(asc(auditLog.id));
    expect(log.map((l) => l.action)).toEqual(["create", "update"]);
    expect(log[1]!.before).toMatchObject({ titleCode: "LDTT", status: "returned", returnReason: "Thiếu sáng kiến" });
    expect(log[1]!.after).toMatchObject({ titleCode: "CSTDCS", status: "pending", returnReason: null });
  });
});
