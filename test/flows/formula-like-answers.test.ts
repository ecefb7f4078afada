import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitTargets } from "../../src/db/schema.js";
import { buildEngine, ChatUser, demoWorld, link, type DemoWorld } from "../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const clock = new Date("2026-11-22T03:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, clock);
  await link(t, world.focal.personId, "3001");
});
afterAll(() => t.destroy());

describe("answers that start with - or +", () => {
  it("are taken as typed (a target of -5%, a plan of +2), while a formula is refused and changes nothing", async () => {
    const focal = new ChatUser(
      buildEngine(t, () => clock),
      "3001",
    );
    await focal.say("/register");
    await focal.press("Chỉ tiêu thi đua");
    await focal.press("Thêm");
    await focal.say('=HYPERLINK("http://x","bấm vào đây")');
    expect(focal.text()).toContain("công thức bảng tính");
    await focal.say("-5% học sinh bỏ học so với năm học trước");
    await focal.say("%");
    await focal.say("+2");
    const targets = await t.db.select().from(unitTargets).where(eq(unitTargets.unitId, world.unitId));
    expect(targets.map((x) => [x.content, x.measure, x.planned])).toEqual([["-5% học sinh bỏ học so với năm học trước", "%", "+2"]]);
  });
});
