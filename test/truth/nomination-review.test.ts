import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEngine, ChatUser, demoWorld, link } from "../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";
import type { DemoWorld } from "../support/chat.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  await link(t, world.focal.personId, "64001");
  await link(t, world.office.personId, "64003");
});
afterAll(() => t.destroy());

const user = (id: string) =>
  new ChatUser(
    buildEngine(t, () => now),
    id,
  );

describe("the Văn phòng reviews a nomination with the same warnings, in words (issue 17, item 10)", () => {
  it("shows per-criterion answers and warnings, and the stored record wins over better ratings typed", async () => {
    const focal = user("64001");
    const teacher = world.staff[1]!; // the demo holds her years: HTTNV, HTTNV, then HTXSNV with CSTĐCS
    await focal.say("/dienhinh");
    await focal.press("Đề xuất mới");
    await focal.press("Cá nhân");
    await focal.press(teacher.name);
    await focal.say("Đổi mới phương pháp dạy học Toán");
    await focal.say("Ba năm liền giáo viên dạy giỏi cấp tỉnh, có 5 học sinh đạt giải quốc gia môn Toán.");
    for (let i = 0; i < 3; i++) {
      await focal.press("Hoàn thành xuất sắc");
      await focal.press("Chiến sĩ thi đua cơ sở");
    }
    await focal.press("Không có");
    await focal.say("1."); // "1." is the first choice: "Có"
    for (let i = 1; i < 10; i++) await focal.press(i === 3 ? "Không" : "Có");
    await focal.press("Xong");
    const unitView = focal.text();
    expect(unitView).toContain("⚠️ Năm học 2023-2024 chưa đạt Hoàn thành xuất sắc nhiệm vụ.");
    await focal.press("Lưu bản nháp");
    await focal.press("Nộp danh sách");

    const office = user("64003");
    await office.say("/dienhinh");
    await office.press(teacher.name);
    const view = office.text();
    // No raw codes: ratings and titles in words.
    expect(view).not.toMatch(/\b(HTXSNV|HTTNV|HTNV|LDTT|CSTDCS)\b/);
    expect(view).toContain("2023-2024: Hoàn thành xuất sắc nhiệm vụ, Lao động tiên tiến, Chiến sĩ thi đua cơ sở");
    // Each criterion with its answer.
    expect(view).toContain("✓ Gương mẫu chấp hành chủ trương");
    expect(view).toContain("✗ Tương thân tương ái");
    expect(view).toContain("Tiêu chí (9/10 đạt):");
    // The same warnings the unit saw, judged on the stored record, and the conflict named.
    expect(view).toContain(
      '⚠️ Năm học 2023-2024: đơn vị nhập "Hoàn thành xuất sắc nhiệm vụ, Lao động tiên tiến, Chiến sĩ thi đua cơ sở", nhưng hồ sơ lưu trong hệ thống ghi "Hoàn thành tốt nhiệm vụ, Lao động tiên tiến"',
    );
    expect(view).toContain("⚠️ Năm học 2023-2024 chưa đạt Hoàn thành xuất sắc nhiệm vụ.");
    expect(view).toContain("⚠️ Năm học 2024-2025 chưa đạt Chiến sĩ thi đua cơ sở.");
    expect(view).toContain("⚠️ Chưa có sáng kiến được công nhận ở phạm vi cấp tỉnh");
    for (const line of unitView.split("\n").filter((l) => l.startsWith("⚠️"))) expect(view).toContain(line);
  });
});
