import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, channelIdentities, consents, outbox, people, roles } from "../../../src/db/schema.js";
import { checkMerge, mergeDuplicate } from "../../../src/features/security/merge.js";
import type { Actor } from "../../../src/flows/engine/types.js";
import { createInvite } from "../../../src/services/invites.js";
import { buildEngine, demoWorld, link, translator, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { interceptedBot, TelegramUser, updates } from "../../support/telegram.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");
const vi = (key: string, vars?: Record<string, string | number>) => translator.t("vi", key, vars);
let code: string;
let tg: ReturnType<typeof interceptedBot>;
let focal: TelegramUser;
let leader: TelegramUser;
let leaderId: number;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  code = (
    await createInvite(t.db, { provinceId: world.provinceId, unitId: world.unitId, role: "staff", expiresAt: null, maxUses: 60 }, "test")
  ).code;
  [{ id: leaderId }] = (await t.db
    .select({ id: roles.personId })
    .from(roles)
    .where(and(eq(roles.unitId, world.unitId), eq(roles.role, "unit_leader")))) as [{ id: number }];
  await link(t, world.focal.personId, "770001");
  await link(t, leaderId, "770002");
  tg = interceptedBot({ engine: buildEngine(t, () => now) });
  focal = new TelegramUser(tg.bot, tg.calls, 770001);
  leader = new TelegramUser(tg.bot, tg.calls, 770002);
});
afterAll(() => t.destroy());

/** Joins on Telegram with the unit-wide code, without sharing the phone, under a typed name. */
async function joinAs(userId: number, name: string) {
  const u = new TelegramUser(tg.bot, tg.calls, userId);
  await u.say(`/start ${code}`);
  await u.press("Tôi đồng ý");
  await u.say(vi("security-skip-phone"));
  await u.say(name);
  await u.press("Nhân viên");
  const [identity] = await t.db
    .select()
    .from(channelIdentities)
    .where(eq(channelIdentities.externalId, String(userId)));
  return { u, newId: identity!.personId };
}
const rolesOf = async (personId: number) =>
  (await t.db.select({ role: roles.role, unitId: roles.unitId }).from(roles).where(eq(roles.personId, personId)))
    .map((r) => `${r.role}@${r.unitId}`)
    .sort();
const mergeLabel = (from: string, into: string) => vi("security-merge-option", { from, into });

describe("/thanhvien merges a person who joined without proof into the imported person (issue #16)", () => {
  it("the focal person merges after one confirmation: the chat, consents and conversation move, the duplicate goes, roles stay", async () => {
    const imported = world.staff[1]!;
    const rolesBefore = await rolesOf(imported.personId);
    const { u, newId } = await joinAs(770101, imported.name);
    expect(newId).not.toBe(imported.personId);

    const list = await focal.say("/thanhvien");
    expect(list.texts.join("\n")).toContain(vi("security-merge-pick"));
    await focal.press(mergeLabel(imported.name, imported.name));
    const confirm = focal.seen();
    expect(confirm.texts.join("\n")).toContain("không thêm vai trò nào");
    const done = await focal.press(vi("security-merge-yes"));
    expect(done.texts.join("\n")).toContain(vi("security-merge-done", { from: imported.name, into: imported.name }));

    const [identity] = await t.db.select().from(channelIdentities).where(eq(channelIdentities.externalId, "770101"));
    expect(identity!.personId).toBe(imported.personId);
    expect(await t.db.$count(people, eq(people.id, newId))).toBe(0);
    expect(await t.db.$count(consents, and(eq(consents.personId, imported.personId), eq(consents.purpose, "records")))).toBeGreaterThan(0);
    expect(await rolesOf(imported.personId)).toEqual(rolesBefore);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, "merge"));
    expect(audit).toMatchObject({
      actor: `person:${world.focal.personId}`,
      entity: "person",
      entityId: String(imported.personId),
      after: { from: newId },
    });
    const told = await t.db.select().from(outbox).where(eq(outbox.personId, imported.personId));
    expect(told.map((m) => m.message.key)).toContain("security-merge-notify");
    // The unit's view says how this chat came to the record.
    const view = await focal.say("/thanhvien");
    expect(view.texts.join("\n")).toContain(`${imported.name} — tham gia 22/11/2026 qua Telegram, ${vi("security-via-merged")}`);
    expect(identity!.joinedVia).toBe("merged");
    // The chat is now the imported person.
    const me = await u.say("/toi");
    expect(me.texts.join("\n")).toContain(imported.name);
  });

  it("refused: a staff member, an imported person linked meanwhile, a higher-role record, another unit's focal person", async () => {
    // Staff do not get the list at all.
    const { u: staffChat } = await joinAs(770201, "Người Mới Hoàn Toàn");
    expect((await staffChat.say("/thanhvien")).texts.join("\n")).toContain("Vai trò của bạn không dùng được chức năng này");

    // Linked meanwhile: the confirmation is refused and nothing moves.
    const target = world.staff[2]!;
    const { newId } = await joinAs(770202, target.name);
    await focal.say("/thanhvien");
    await focal.press(mergeLabel(target.name, target.name));
    await link(t, target.personId, "770299");
    const refused = await focal.press(vi("security-merge-yes"));
    expect(refused.texts.join("\n")).toContain(vi("security-merge-linked"));
    const [stillNew] = await t.db.select().from(channelIdentities).where(eq(channelIdentities.externalId, "770202"));
    expect(stillNew!.personId).toBe(newId);
    expect(await t.db.$count(people, eq(people.id, newId))).toBe(1);

    // A record with a role above staff (a second focal person, not yet joined) is never handed over by a focal person's merge.
    const [coFocal] = await t.db
      .insert(people)
      .values({ provinceId: world.provinceId, unitId: world.unitId, fullName: "Trịnh Văn Đồng", position: "Phó hiệu trưởng" })
      .returning();
    await t.db.insert(roles).values({ provinceId: world.provinceId, personId: coFocal!.id, role: "focal", unitId: world.unitId });
    const { newId: posingAsFocal } = await joinAs(770203, coFocal!.fullName);
    const focalActor: Actor = {
      personId: world.focal.personId,
      provinceId: world.provinceId,
      unitId: world.unitId,
      unitName: null,
      fullName: world.focal.name,
      position: "",
      roles: [{ role: "focal", unitId: world.unitId }],
    };
    expect(await checkMerge(t.db, focalActor, posingAsFocal)).toEqual({ problem: "security-merge-higher-role" });
    await focal.say("/thanhvien");
    await focal.press(mergeLabel(coFocal!.fullName, coFocal!.fullName));
    expect(focal.seen().texts.join("\n")).toContain(vi("security-merge-higher-role"));
    expect(await rolesOf(posingAsFocal)).toEqual([`staff@${world.unitId}`]);

    // Another unit's focal person: refused by the rule, and a button copied from this unit's list does nothing.
    const target3 = world.staff[3]!;
    const { newId: dup3 } = await joinAs(770204, target3.name);
    const otherFocal: Actor = {
      ...focalActor,
      personId: leaderId,
      unitId: world.otherUnitId,
      roles: [{ role: "focal", unitId: world.otherUnitId }],
    };
    expect(await mergeDuplicate(t.db, otherFocal, dup3, now)).toEqual({ problem: "security-merge-not-allowed" });
    const [otherPerson] = await t.db
      .insert(people)
      .values({ provinceId: world.provinceId, unitId: world.otherUnitId, fullName: "Đầu Mối Trường Khác", position: "Giáo viên" })
      .returning();
    await t.db.insert(roles).values({ provinceId: world.provinceId, personId: otherPerson!.id, role: "focal", unitId: world.otherUnitId });
    await link(t, otherPerson!.id, "770300");
    const intruder = new TelegramUser(tg.bot, tg.calls, 770300);
    const shown = await focal.say("/thanhvien");
    const button = shown.buttons.find((b) => b.text === mergeLabel(target3.name, target3.name))!;
    await intruder.send(updates.press(770300, button.callback_data));
    const [dupIdentity] = await t.db.select().from(channelIdentities).where(eq(channelIdentities.externalId, "770204"));
    expect(dupIdentity!.personId).toBe(dup3);
    expect(await t.db.$count(auditLog, eq(auditLog.action, "merge"))).toBe(1);
  });

  it("a stale button: the leader's list moved under them after the focal person merged; nothing happens twice", async () => {
    const target = world.staff[4]!;
    const { newId } = await joinAs(770401, target.name);
    await leader.say("/thanhvien");
    await focal.say("/thanhvien");
    await focal.press(mergeLabel(target.name, target.name));
    await focal.press(vi("security-merge-yes"));
    expect(await t.db.$count(people, eq(people.id, newId))).toBe(0);
    const late = await leader.press(mergeLabel(target.name, target.name));
    expect(late.texts.join("\n")).toContain(vi("security-choice-stale"));
    expect(await t.db.$count(auditLog, and(eq(auditLog.action, "merge"), eq(auditLog.entityId, String(target.personId))))).toBe(1);
  });
});
