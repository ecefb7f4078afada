import { and, eq, inArray, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, outbox, people, roles, units } from "../../../src/db/schema.js";
import { roleChangeRefusal, rolesForUnit } from "../../../src/domain/role-changes.js";
import { changeUnitRole } from "../../../src/features/roles/service.js";
import { buildEngine, demoWorld, link, translator, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { interceptedBot, TelegramUser, updates } from "../../support/telegram.js";

let t: TestDatabase;
let world: DemoWorld;
let soUnitId: number;
let colleague: { personId: number; name: string };
const now = new Date("2026-11-22T03:00:00Z");
const vi = (key: string, vars?: Record<string, string | number>) => translator.t("vi", key, vars);

const OFFICE = 95001;
const FOCAL = 95002;
const TEACHER = 95003;
const COLLEAGUE = 95004;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  await link(t, world.office.personId, String(OFFICE));
  await link(t, world.focal.personId, String(FOCAL));
  await link(t, world.staff[0]!.personId, String(TEACHER));
  const [so] = await t.db.select({ id: people.unitId }).from(people).where(eq(people.id, world.office.personId));
  soUnitId = so!.id!;
  const [other] = await t.db
    .select({ personId: people.id, name: people.fullName })
    .from(people)
    .innerJoin(roles, eq(roles.personId, people.id))
    .where(and(eq(roles.role, "office"), ne(people.id, world.office.personId)))
    .limit(1);
  colleague = other!;
  await link(t, colleague.personId, String(COLLEAGUE));
});
afterAll(() => t.destroy());

const setup = () => {
  const { bot, calls } = interceptedBot({ engine: buildEngine(t, () => now) });
  return (id: number) => new TelegramUser(bot, calls, id);
};
const rolesOf = async (personId: number) =>
  (await t.db.select({ role: roles.role, unitId: roles.unitId }).from(roles).where(eq(roles.personId, personId)))
    .map((r) => `${r.role}@${r.unitId ?? "tỉnh"}`)
    .sort();
const outboxKeys = async (personId: number) =>
  (await t.db.select().from(outbox).where(eq(outbox.personId, personId))).map((m) => m.message.key);
const all = (seen: { texts: string[] }) => seen.texts.join("\n");

/** /tiendo THPT01 → "Vai trò cán bộ": the unit's people with their roles. */
async function openRoles(u: TelegramUser, code: string) {
  const page = await u.say(`/tiendo ${code}`);
  expect(page.buttons.map((b) => b.text)).toContain(vi("roles-open"));
  return u.press(vi("roles-open"));
}

/** From the unit's roles screen: a person, then "Cấp: …" or "Thu hồi: …"; returns the confirmation. */
async function askChange(u: TelegramUser, code: string, person: string, change: string) {
  await openRoles(u, code);
  await u.press(person);
  return u.press(change);
}

const soCode = async () => (await t.db.select({ code: units.code }).from(units).where(eq(units.id, soUnitId)))[0]!.code;

describe("role rules (pure)", () => {
  it("offers the Văn phòng role only on the Sở's unit and keeps the province's last Văn phòng account", () => {
    expect(rolesForUnit(false)).not.toContain("office");
    expect(rolesForUnit(true)).toContain("office");
    const base = { personInUnit: true, isSoUnit: true, held: true, officeCount: 1 };
    expect(roleChangeRefusal({ ...base, action: "revoke", role: "office" })).toBe("roles-last-office");
    expect(roleChangeRefusal({ ...base, action: "revoke", role: "office", officeCount: 2 })).toBeNull();
    expect(roleChangeRefusal({ ...base, action: "grant", role: "office", isSoUnit: false, held: false })).toBe("roles-office-only-so");
    expect(roleChangeRefusal({ ...base, action: "grant", role: "focal" })).toBe("unchanged");
    expect(roleChangeRefusal({ ...base, action: "grant", role: "focal", held: false, personInUnit: false })).toBe("roles-person-gone");
  });
});

describe("roles from a unit's progress view, through the Telegram adapter", () => {
  it("a teacher and a focal person get no roles screen", async () => {
    const as = setup();
    const teacher = await as(TEACHER).say("/tiendo THPT01");
    expect(teacher.buttons.map((b) => b.text)).not.toContain(vi("roles-open"));
    expect(all(teacher)).not.toContain("Vai trò của cán bộ");
    const focal = await as(FOCAL).say("/tiendo");
    expect(focal.buttons.length).toBeGreaterThan(0);
    expect(focal.buttons.map((b) => b.text)).not.toContain(vi("roles-open"));
  });

  it("the Văn phòng lists the unit's people with roles, grants đầu mối after Xác nhận: audit, the person told", async () => {
    const office = setup()(OFFICE);
    const list = await openRoles(office, "THPT01");
    expect(all(list)).toContain("Vai trò của cán bộ Trường THPT");
    expect(all(list)).toContain(`• ${world.focal.name}: cán bộ đầu mối`);
    expect(all(list)).toContain(`• ${world.staff[0]!.name}: giáo viên, nhân viên`);
    // The Văn phòng role is not offered outside the Sở.
    const person = await office.press(`${world.staff[0]!.name} — giáo viên, nhân viên`);
    expect(all(person)).toContain(`${world.staff[0]!.name} (Trường THPT`);
    expect(person.buttons.map((b) => b.text)).toEqual([
      "➕ Cấp: cán bộ đầu mối",
      "➕ Cấp: lãnh đạo (thủ trưởng) đơn vị",
      "➖ Thu hồi: giáo viên, nhân viên",
      vi("common-back"),
    ]);
    expect(person.buttons.map((b) => b.text).join("|")).not.toContain("Văn phòng Sở");
    const ask = await office.press("Cấp: cán bộ đầu mối");
    expect(all(ask)).toContain(`Cấp vai trò cán bộ đầu mối cho ${world.staff[0]!.name}`);
    expect(await rolesOf(world.staff[0]!.personId)).toEqual([`staff@${world.unitId}`]);
    const done = await office.press("Xác nhận");
    expect(all(done)).toContain(`Đã cấp vai trò cán bộ đầu mối cho ${world.staff[0]!.name}. Người này được báo qua bot.`);
    expect(await rolesOf(world.staff[0]!.personId)).toEqual([`focal@${world.unitId}`, `staff@${world.unitId}`]);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "role"), eq(auditLog.action, "grant"), eq(auditLog.actor, `person:${world.office.personId}`)));
    expect(audit).toHaveLength(1);
    expect(await outboxKeys(world.staff[0]!.personId)).toContain("roles-notify-granted");
    const [note] = await t.db
      .select()
      .from(outbox)
      .where(
        and(
          eq(outbox.personId, world.staff[0]!.personId),
          eq(outbox.message, { key: "roles-notify-granted", vars: { role: "focal", unit: await unitName(world.unitId) } }),
        ),
      );
    expect(translator.t("vi", note!.message.key, note!.message.vars)).toContain(
      "Văn phòng Sở đã cấp cho bạn vai trò cán bộ đầu mối tại Trường THPT",
    );

    // The teacher now has the focal person's tools.
    const teacher = setup()(TEACHER);
    expect((await teacher.say("/moi")).buttons.map((b) => b.text)).toContain("👤 Mời riêng một người");
  });

  it("“Về tiến độ đơn vị” goes back to the unit's progress page", async () => {
    const office = setup()(OFFICE);
    await openRoles(office, "THPT01");
    const back = await office.press(vi("roles-back-progress"));
    expect(back.buttons.map((b) => b.text)).toEqual(expect.arrayContaining([vi("roles-open"), vi("progress-back-province")]));
    expect(all(back)).toContain(await unitName(world.unitId));
  });

  it("revokes it again after Xác nhận; Thôi changes nothing", async () => {
    const office = setup()(OFFICE);
    await askChange(office, "THPT01", `${world.staff[0]!.name} — cán bộ đầu mối, giáo viên, nhân viên`, "Thu hồi: cán bộ đầu mối");
    const no = await office.press("Thôi");
    expect(all(no)).toContain("không có gì thay đổi");
    expect(await rolesOf(world.staff[0]!.personId)).toContain(`focal@${world.unitId}`);
    const ask = await askChange(office, "THPT01", `${world.staff[0]!.name} — cán bộ đầu mối`, "Thu hồi: cán bộ đầu mối");
    expect(all(ask)).toContain(`Thu hồi vai trò cán bộ đầu mối của ${world.staff[0]!.name}`);
    const done = await office.press("Xác nhận");
    expect(all(done)).toContain(`Đã thu hồi vai trò cán bộ đầu mối của ${world.staff[0]!.name}.`);
    expect(await rolesOf(world.staff[0]!.personId)).toEqual([`staff@${world.unitId}`]);
    expect(await t.db.$count(auditLog, and(eq(auditLog.entity, "role"), eq(auditLog.action, "revoke")))).toBe(1);
    expect(await outboxKeys(world.staff[0]!.personId)).toContain("roles-notify-revoked");
  });

  it("grants lãnh đạo to someone not in the bot: recorded, the clerk told to send a personal invite, nobody messaged", async () => {
    const office = setup()(OFFICE);
    const absent = world.staff[3]!;
    const list = await openRoles(office, "THPT01");
    expect(all(list)).toContain(`• ${absent.name}: giáo viên, nhân viên (chưa tham gia bot)`);
    await office.press(`${absent.name} — giáo viên, nhân viên`);
    const ask = await office.press("Cấp: lãnh đạo");
    expect(all(ask)).toContain(
      "chưa tham gia bot: vai trò được ghi ngay và có hiệu lực khi người này tham gia bằng mã mời cá nhân (tạo bằng /moi)",
    );
    const done = await office.press("Xác nhận");
    expect(all(done)).toContain("chưa được báo: gửi cho họ mã mời cá nhân bằng /moi");
    expect(await rolesOf(absent.personId)).toContain(`unit_leader@${world.unitId}`);
    expect(await outboxKeys(absent.personId)).toEqual([]);
  });

  it("a stale Xác nhận button (from a confirmation already answered) is refused and changes nothing", async () => {
    const as = setup();
    const office = as(OFFICE);
    await askChange(office, "THPT01", `${world.staff[1]!.name} — giáo viên, nhân viên`, "Cấp: cán bộ đầu mối");
    const yes = office.seen().buttons.find((b) => b.text.includes("Xác nhận"))!;
    await office.press("Thôi");
    const late = await office.send(updates.press(OFFICE, yes.callback_data));
    expect(all(late)).toContain("Nút này thuộc một tin nhắn cũ nên không còn dùng được");
    expect(all(late)).not.toContain("Đã cấp");
    expect(await rolesOf(world.staff[1]!.personId)).toEqual([`staff@${world.unitId}`]);
  });

  it("a person's button names the person and their roles: after someone else changed them, it is refused and the new list shown", async () => {
    const as = setup();
    const office = as(OFFICE);
    await openRoles(office, "THPT01");
    const shown = office.seen().buttons.find((b) => b.text === `${world.staff[1]!.name} — giáo viên, nhân viên`)!;
    // Another clerk gives this teacher a role in the meantime (same service, same rules).
    await t.db.transaction((tx) =>
      changeUnitRole(tx, {
        provinceId: world.provinceId,
        actorPersonId: colleague.personId,
        unitId: world.unitId,
        personId: world.staff[1]!.personId,
        role: "unit_leader",
        action: "grant",
      }),
    );
    const stale = await office.send(updates.press(OFFICE, shown.callback_data));
    expect(all(stale)).toContain(vi("security-choice-stale"));
    expect(stale.buttons.map((b) => b.text)).toContain(`${world.staff[1]!.name} — lãnh đạo (thủ trưởng) đơn vị, giáo viên, nhân viên`);
    await t.db.transaction((tx) =>
      changeUnitRole(tx, {
        provinceId: world.provinceId,
        actorPersonId: colleague.personId,
        unitId: world.unitId,
        personId: world.staff[1]!.personId,
        role: "unit_leader",
        action: "revoke",
      }),
    );
  });

  it("the Văn phòng role is offered on the Sở's own unit, and granted there province-wide", async () => {
    const office = setup()(OFFICE);
    const [clerk] = await t.db
      .select({ id: people.id, name: people.fullName })
      .from(people)
      .where(and(eq(people.unitId, soUnitId), ne(people.id, world.office.personId), ne(people.id, colleague.personId)))
      .limit(1);
    // Make one Sở person without the role, then give it back in the chat.
    await t.db.delete(roles).where(and(eq(roles.personId, clerk!.id), eq(roles.role, "office")));
    await askChange(office, await soCode(), `${clerk!.name} — `, "Cấp: Văn phòng Sở");
    const done = await office.press("Xác nhận");
    expect(all(done)).toContain(`Đã cấp vai trò Văn phòng Sở cho ${clerk!.name}`);
    expect(await rolesOf(clerk!.id)).toContain("office@tỉnh");
  });

  it("a Văn phòng account whose role was revoked between the list and the confirmation is refused", async () => {
    const as = setup();
    const target = as(COLLEAGUE);
    await askChange(target, "THPT01", `${world.staff[2]!.name} — giáo viên, nhân viên`, "Cấp: cán bộ đầu mối");
    // Meanwhile another clerk revokes this colleague's Văn phòng role in the chat.
    const office = as(OFFICE);
    await askChange(office, await soCode(), `${colleague.name} — Văn phòng Sở`, "Thu hồi: Văn phòng Sở");
    expect(all(await office.press("Xác nhận"))).toContain(`Đã thu hồi vai trò Văn phòng Sở của ${colleague.name}`);
    const refused = await target.press("Xác nhận");
    expect(all(refused)).toContain(vi("flow-not-allowed"));
    expect(await rolesOf(world.staff[2]!.personId)).toEqual([`staff@${world.unitId}`]);
  });

  it("the change itself re-reads the actor's Văn phòng role under lock: a non-office actor changes nothing", async () => {
    const change = {
      provinceId: world.provinceId,
      unitId: world.unitId,
      personId: world.staff[4]!.personId,
      role: "focal" as const,
      action: "grant" as const,
    };
    await expect(t.db.transaction((tx) => changeUnitRole(tx, { ...change, actorPersonId: world.focal.personId }))).rejects.toMatchObject({
      key: "flow-not-allowed",
    });
    expect(await rolesOf(world.staff[4]!.personId)).toEqual([`staff@${world.unitId}`]);
    await expect(
      t.db.transaction((tx) =>
        changeUnitRole(tx, {
          ...change,
          personId: world.staff[4]!.personId,
          unitId: world.otherUnitId,
          actorPersonId: world.office.personId,
        }),
      ),
    ).rejects.toMatchObject({ key: "roles-person-gone" });
  });

  it("never revokes the province's last Văn phòng role", async () => {
    const others = (await t.db.select({ id: roles.id, personId: roles.personId }).from(roles).where(eq(roles.role, "office"))).filter(
      (r) => r.personId !== world.office.personId,
    );
    await t.db.delete(roles).where(
      inArray(
        roles.id,
        others.map((r) => r.id),
      ),
    );
    const office = setup()(OFFICE);
    await askChange(office, await soCode(), `${world.office.name} — Văn phòng Sở`, "Thu hồi: Văn phòng Sở");
    const refused = await office.press("Xác nhận");
    expect(all(refused)).toContain("tài khoản Văn phòng Sở cuối cùng của tỉnh");
    expect(await rolesOf(world.office.personId)).toEqual(["office@tỉnh"]);
  });
});

async function unitName(id: number) {
  const [u] = await t.db.select({ name: units.name }).from(units).where(eq(units.id, id));
  return u!.name;
}
