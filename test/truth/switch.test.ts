import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEngine, ChatUser, demoWorld, link, translator, type DemoWorld } from "../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");
const vi = (key: string, vars?: Record<string, string | number>) => translator.t("vi", key, vars);

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  await link(t, world.focal.personId, "61001");
  await link(t, world.staff[0]!.personId, "61004");
});
afterAll(() => t.destroy());

const user = (id: string) =>
  new ChatUser(
    buildEngine(t, () => now),
    id,
  );

/** /dienhinh up to the summary: person, name, field, summary typed, nothing stored yet. */
async function halfNomination(focal: ChatUser) {
  await focal.say("/dienhinh");
  await focal.press("Đề xuất mới");
  await focal.press("Cá nhân");
  await focal.press(world.staff[1]!.name);
  await focal.say("Đổi mới phương pháp dạy học Toán");
  await focal.say("Ba năm liền giáo viên dạy giỏi cấp tỉnh, có 5 học sinh đạt giải quốc gia môn Toán.");
  expect(focal.text()).toContain("Năm học 2023-2024");
}

describe("a command typed in the middle of a flow (issue 17, item 6)", () => {
  it("asks before dropping unsaved answers, and carrying on keeps every one of them", async () => {
    const focal = user("61001");
    await halfNomination(focal);
    await focal.say("/tiendo");
    expect(focal.text()).not.toContain("các câu trả lời đã lưu vẫn còn");
    expect(focal.text()).toContain(vi("truth-switch-ask", { command: "/tiendo" }));
    // Carry on: the same question again, and the answers typed before are all still there.
    await focal.press("Tiếp tục");
    expect(focal.text()).toContain("Năm học 2023-2024");
    for (let i = 0; i < 3; i++) {
      await focal.press("Hoàn thành xuất sắc");
      await focal.press("Chiến sĩ thi đua cơ sở");
    }
    await focal.press("Không có");
    expect(focal.text()).toContain("Tiêu chí 1/");
  });

  it("switching says the answers were dropped, and the list does not pretend otherwise", async () => {
    const focal = user("61001");
    await focal.say("/huy");
    await halfNomination(focal);
    await focal.say("/tiendo");
    await focal.say("2"); // typed, as on Zalo: the second choice
    expect(focal.text()).toContain(vi("truth-switch-dropped"));
    expect(focal.text()).toContain("TIẾN ĐỘ");
    await focal.say("/dienhinh");
    expect(focal.text()).toContain("Đã đề xuất: 0");
  });

  it("/huy drops the unsaved answers; a step that holds none still switches at once", async () => {
    const teacher = user("61004");
    await teacher.say("/dangky");
    await teacher.press("Đúng");
    await teacher.press("Lao động tiên tiến");
    await teacher.say("/huy");
    expect(teacher.text()).toBe(vi("flow-cancelled"));
    await teacher.say("/dangky");
    expect(teacher.text()).not.toContain("ĐĂNG KÝ CỦA BẠN");
    // At the identity question nothing is held: /toi starts at once.
    await teacher.say("/toi");
    expect(teacher.text()).not.toContain(vi("truth-switch-ask", { command: "/toi" }));
  });
});
