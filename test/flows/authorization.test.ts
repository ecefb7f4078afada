import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversations, people, registrations, roles, unitTargets } from "../../src/db/schema.js";
import { loadActor } from "../../src/flows/engine/actor.js";
import { openRegistrationCampaign } from "../../src/features/registration/campaigns.js";
import { reviewRegistration } from "../../src/features/registration/registrations.js";
import { saveTarget } from "../../src/features/registration/targets.js";
import { submitUnit } from "../../src/features/registration/submission.js";
import { buildEngine, ChatUser, demoWorld, link, TZ, type DemoWorld } from "../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  await link(t, world.focal.personId, "7001");
  await link(t, world.staff[0]!.personId, "7002");
});
afterAll(() => t.destroy());

const user = (id: string) =>
  new ChatUser(
    buildEngine(t, () => now),
    id,
  );

describe("authorization", () => {
  it("staff get their own registration from /register, never the unit's work", async () => {
    const staff = user("7002");
    await staff.say("/register");
    expect(staff.text()).toContain("Thông tin của bạn:");
    expect(staff.labels()).not.toContain("📤 Nộp bản đăng ký");
  });

  it("a button forged from the focal person's menu changes nothing for a staff member", async () => {
    const focal = user("7001");
    await focal.say("/register");
    const submitToken = focal.buttonToken("Nộp bản đăng ký");
    const staff = user("7002");
    await staff.say("/register");
    const [before] = await t.db.select().from(conversations).where(eq(conversations.externalId, "7002"));
    // Same token shape, another person's conversation: the version and step do not match.
    await staff.send({ kind: "choice", token: submitToken });
    const [after] = await t.db.select().from(conversations).where(eq(conversations.externalId, "7002"));
    expect(after).toMatchObject({ flow: before!.flow, step: before!.step, version: before!.version });
  });

  it("a focal person of unit A cannot change unit B, even by calling the services directly", async () => {
    const actor = (await t.db.transaction((tx) => loadActor(tx, { channel: "telegram", externalId: "7001" }, now)))!;
    const campaign = (await openRegistrationCampaign(t.db, world.provinceId, now))!;
    const ctx = { campaign, actor, unitId: world.otherUnitId, now, timeZone: TZ, notify: () => {} };
    await expect(saveTarget(t.db, ctx, { content: "Chỉ tiêu lạ", measure: "%", planned: "1" })).rejects.toMatchObject({
      key: "flow-not-allowed",
    });
    await expect(submitUnit(t.db, ctx)).rejects.toMatchObject({ key: "flow-not-allowed" });
    expect(await t.db.$count(unitTargets, eq(unitTargets.unitId, world.otherUnitId))).toBe(0);

    // A registration in unit B cannot be approved by A's focal person.
    const [bPerson] = await t.db.select().from(people).where(eq(people.unitId, world.otherUnitId)).limit(1);
    const [reg] = await t.db
      .insert(registrations)
      .values({
        provinceId: world.provinceId,
        campaignId: campaign.id,
        unitId: world.otherUnitId,
        personId: bPerson!.id,
        titleCode: "LDTT",
      })
      .returning();
    await expect(reviewRegistration(t.db, ctx, reg!.id, { approve: true })).rejects.toMatchObject({ key: "flow-not-allowed" });
    const [still] = await t.db.select().from(registrations).where(eq(registrations.id, reg!.id));
    expect(still!.status).toBe("pending");
  });

  it("a focal person whose role is revoked mid-flow is stopped at the next step", async () => {
    const focal = user("7001");
    await focal.say("/register");
    await focal.press("Chỉ tiêu thi đua");
    await t.db.delete(roles).where(and(eq(roles.personId, world.focal.personId), eq(roles.role, "focal")));
    await focal.press("Thêm");
    expect(focal.text()).toContain("Vai trò của bạn không dùng được chức năng này");
    const [conv] = await t.db.select().from(conversations).where(eq(conversations.externalId, "7001"));
    expect(conv!.flow).toBeNull();
  });
});
