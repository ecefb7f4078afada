import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people, roles, units } from "../../../src/db/schema.js";
import { buildEngine, ChatUser, demoWorld, link, translator, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const clock = new Date("2026-11-22T03:00:00Z");
const vi = (key: string) => translator.t("vi", key);

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, clock);
});
afterAll(() => t.destroy());

describe("a commune's focal person nominates from the schools under it (since 01/07/2025 no district Phòng)", () => {
  it("accepts a teacher of a school under the commune, refuses one of another unit", async () => {
    const [xa] = await t.db.select().from(units).where(eq(units.code, "XA01"));
    const [focal] = await t.db
      .insert(people)
      .values({ provinceId: world.provinceId, unitId: xa!.id, fullName: "Đặng Thị Thu Hà", position: "Công chức văn hóa – xã hội" })
      .returning();
    await t.db.insert(roles).values({ provinceId: world.provinceId, personId: focal!.id, role: "focal", unitId: xa!.id });
    await link(t, focal!.id, "6001");
    const [teacher] = await t.db
      .select({ name: people.fullName })
      .from(people)
      .innerJoin(units, eq(units.id, people.unitId))
      .where(like(units.code, "%-XA01-%"))
      .limit(1);
    const [elsewhere] = await t.db.select({ name: people.fullName }).from(people).where(eq(people.unitId, world.otherUnitId)).limit(1);
    const u = new ChatUser(
      buildEngine(t, () => clock),
      "6001",
    );

    await u.say("/dienhinh");
    await u.press("Đề xuất mới");
    await u.press("Cá nhân");
    await u.say(elsewhere!.name);
    expect(u.text()).toContain(vi("nomination-nominee-other-unit"));
    await u.say(teacher!.name);
    expect(u.text()).toContain(vi("nomination-ask-field"));
  });
});
