import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roles, unitTargets } from "../../../src/db/schema.js";
import { buildEngine, ChatUser, demoWorld, link, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const clock = new Date("2026-11-22T03:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, clock);
  // Two focal persons of one unit.
  await t.db
    .insert(roles)
    .values({ provinceId: world.provinceId, personId: world.staff[0]!.personId, role: "focal", unitId: world.unitId });
  await link(t, world.focal.personId, "3001");
  await link(t, world.staff[0]!.personId, "3002");
  await link(t, world.focal.personId, "z3001", "zalo");
});
afterAll(() => t.destroy());

const targetsLeft = async () =>
  (await t.db.select({ content: unitTargets.content }).from(unitTargets).where(eq(unitTargets.unitId, world.unitId)))
    .map((r) => r.content)
    .sort();

async function addTarget(u: ChatUser, content: string) {
  await u.press("Thêm");
  await u.say(content);
  await u.say("%");
  await u.say("90");
}

async function openRemoveList(u: ChatUser) {
  await u.say("/register");
  await u.press("Chỉ tiêu thi đua");
  await u.press("Xóa");
}

describe("a choice names the item it was shown for (issue #16, medium 1)", () => {
  it("a delete button pressed after another focal person changed the list deletes what it showed, or nothing", async () => {
    const engine = buildEngine(t, () => clock);
    const f1 = new ChatUser(engine, "3001");
    const f2 = new ChatUser(engine, "3002");
    await f1.say("/register");
    await f1.press("Chỉ tiêu thi đua");
    for (const c of ["Chỉ tiêu AAA", "Chỉ tiêu BBB", "Chỉ tiêu CCC", "Chỉ tiêu DDD"]) await addTarget(f1, c);
    await f1.press("Xóa");
    const bbb = f1.buttonToken("BBB");
    const ddd = f1.buttonToken("DDD");

    // Meanwhile focal 2 deletes the first target.
    await openRemoveList(f2);
    await f2.press("AAA");
    expect(await targetsLeft()).toEqual(["Chỉ tiêu BBB", "Chỉ tiêu CCC", "Chỉ tiêu DDD"]);

    // Focal 1's "BBB" button sat second in a list that has moved: it still means BBB.
    await f1.send({ kind: "choice", token: bbb });
    expect(f1.text()).toContain("Đã xóa.");
    expect(await targetsLeft()).toEqual(["Chỉ tiêu CCC", "Chỉ tiêu DDD"]);

    // An item edited since it was shown is refused, and nothing changes.
    await f1.press("Xóa");
    const ccc = f1.buttonToken("CCC");
    await t.db.update(unitTargets).set({ content: "Chỉ tiêu CCC (sửa)" }).where(eq(unitTargets.content, "Chỉ tiêu CCC"));
    await f1.send({ kind: "choice", token: ccc });
    expect(f1.text()).toContain("Danh sách đã thay đổi kể từ lúc hiển thị");
    expect(await targetsLeft()).toEqual(["Chỉ tiêu CCC (sửa)", "Chỉ tiêu DDD"]);
    void ddd;
  });

  it("a number typed on Zalo means the list as shown: moved items are found, gone items refused", async () => {
    const engine = buildEngine(t, () => clock);
    const z = new ChatUser(engine, "z3001", "zalo");
    const f2 = new ChatUser(engine, "3002");
    await z.say("/dangky");
    await z.say("Chỉ tiêu thi đua");
    await z.say("Xóa");
    // Shown: 1. CCC (sửa), 2. DDD, 3. Quay lại. Focal 2 adds EEE (it sorts after DDD) and deletes CCC.
    await f2.say("/register");
    await f2.press("Chỉ tiêu thi đua");
    await addTarget(f2, "Chỉ tiêu EEE");
    await f2.press("Xóa");
    await f2.press("CCC");
    // "2" was DDD when shown; DDD is now first, EEE second.
    await z.say("2");
    expect(z.text()).toContain("Đã xóa.");
    expect(await targetsLeft()).toEqual(["Chỉ tiêu EEE"]);

    await z.say("Xóa");
    await f2.press("Xóa");
    await f2.press("EEE");
    await z.say("1");
    expect(z.text()).toContain("Danh sách đã thay đổi kể từ lúc hiển thị");
    expect(await targetsLeft()).toEqual([]);
    expect(await t.db.$count(unitTargets, and(eq(unitTargets.unitId, world.unitId)))).toBe(0);
  });
});
