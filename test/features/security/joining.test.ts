import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelIdentities, inviteCodes, outbox, people, roles, units } from "../../../src/db/schema.js";
import { createInvite } from "../../../src/services/invites.js";
import { cli } from "../../support/cli.js";
import { buildEngine, ChatUser, demoWorld, link, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
let clock = new Date("2026-11-22T03:00:00Z");
let staffCode: string;
let officeUnitId: number;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, clock);
  staffCode = (
    await createInvite(t.db, { provinceId: world.provinceId, unitId: world.unitId, role: "staff", expiresAt: null, maxUses: 60 }, "test")
  ).code;
  const [office] = await t.db.select({ unitId: people.unitId }).from(people).where(eq(people.id, world.office.personId));
  officeUnitId = office!.unitId!;
  await link(t, world.focal.personId, "7000");
});
afterAll(() => t.destroy());

const user = (id: string, channel: "telegram" | "zalo" = "telegram") =>
  new ChatUser(
    buildEngine(t, () => clock),
    id,
    channel,
  );
const identityOf = async (externalId: string) =>
  (await t.db.select().from(channelIdentities).where(eq(channelIdentities.externalId, externalId)))[0];
const rolesOf = async (personId: number) =>
  (await t.db.select({ role: roles.role, unitId: roles.unitId }).from(roles).where(eq(roles.personId, personId)))
    .map((r) => `${r.role}@${r.unitId}`)
    .sort();

/** Joins with a unit-wide code on Telegram, skipping the phone, under a typed name. */
async function joinTyping(u: ChatUser, code: string, name: string) {
  await u.say(`/start ${code}`);
  await u.press("Tôi đồng ý");
  if (u.channel === "telegram") await u.press("Bỏ qua");
  await u.say(name);
  await u.press("Nhân viên");
}

describe("joining proves who joins (issue #16, critical)", () => {
  it("a staff invite plus the Văn phòng's name gives a new staff member, not the Văn phòng account", async () => {
    const officeCode = (
      await createInvite(t.db, { provinceId: world.provinceId, unitId: officeUnitId, role: "staff", expiresAt: null, maxUses: 60 }, "test")
    ).code;
    const attacker = user("6660");
    await joinTyping(attacker, officeCode, world.office.name.toLowerCase());
    expect(attacker.text()).toContain("Bạn đã tham gia với vai trò Cán bộ, giáo viên, nhân viên");
    const identity = await identityOf("6660");
    expect(identity!.personId).not.toBe(world.office.personId);
    expect(identity!.joinedVia).toBe("new");
    expect(await rolesOf(identity!.personId)).toEqual([`staff@${officeUnitId}`]);
    const [created] = await t.db.select().from(people).where(eq(people.id, identity!.personId));
    expect(created!.possibleDuplicateOf).toBe(world.office.personId);
    // The real account is untouched and still unclaimed.
    expect(await t.db.$count(channelIdentities, eq(channelIdentities.personId, world.office.personId))).toBe(0);
    await attacker.say("/tiendo");
    expect(attacker.text()).not.toContain("toàn tỉnh");
    await attacker.say("/xuat");
    expect(attacker.last.some((m) => m.type === "document")).toBe(false);
  });

  it("a school's staff invite plus the focal person's name gives staff only; the focal person is told and sees it", async () => {
    const [unit] = await t.db.select().from(units).where(eq(units.id, world.unitId));
    const focalName = world.focal.name;
    const u = user("6661");
    await joinTyping(u, staffCode, focalName.toUpperCase());
    const identity = await identityOf("6661");
    expect(identity!.personId).not.toBe(world.focal.personId);
    expect(await rolesOf(identity!.personId)).toEqual([`staff@${world.unitId}`]);
    const notes = await t.db.select().from(outbox).where(eq(outbox.personId, world.focal.personId));
    expect(notes.map((n) => n.message.key)).toContain("security-notify-possible-duplicate");

    const focal = user("7000");
    await focal.say("/thanhvien");
    const text = focal.text();
    expect(text).toContain(`THÀNH VIÊN — ${unit!.name}`);
    expect(text).toMatch(new RegExp(`${focalName} — tham gia \\d\\d/\\d\\d/\\d{4} qua Telegram, do quản trị liên kết`));
    expect(text).toContain(`${focalName.toUpperCase()} — tham gia 22/11/2026 qua Telegram, người mới (chưa xác minh)`);
    expect(text).toContain(`⚠️ có thể trùng với ${focalName} (#${world.focal.personId})`);
    // Staff do not get the unit's member list.
    await u.say("/thanhvien");
    expect(u.text()).toContain("Vai trò của bạn không dùng được chức năng này");
  });

  it("the person's own phone, shared with Telegram's button, links the imported person (any VN format)", async () => {
    const imported = world.staff[3]!;
    await t.db.update(people).set({ phone: "0987000111" }).where(eq(people.id, imported.personId));
    const u = user("6662");
    await u.say(`/start ${staffCode}`);
    await u.press("Tôi đồng ý");
    const ask = u.last.find((m) => m.type === "choices");
    expect(ask).toMatchObject({ contact: "📱 Chia sẻ số điện thoại của tôi" });
    expect(u.labels()).toEqual(["Bỏ qua"]);

    // Somebody else's contact card (not verified by the adapter) proves nothing.
    await u.send({ kind: "contact", phone: "0987000111", verified: false });
    expect(u.text()).toContain("Đây không phải số điện thoại của chính bạn");
    expect(await identityOf("6662")).toBeUndefined();
    // Typed digits are not a shared contact either.
    await u.say("0987000111");
    expect(u.text()).toContain("Vui lòng bấm nút «Chia sẻ số điện thoại của tôi»");
    expect(await identityOf("6662")).toBeUndefined();

    await u.send({ kind: "contact", phone: "+84 987 000 111", verified: true });
    expect(u.text()).toContain(`Chào mừng ${imported.name}! Số điện thoại đã khớp với danh sách của đơn vị`);
    expect(u.last[0]).toMatchObject({ type: "text", closeKeyboard: true });
    const identity = await identityOf("6662");
    expect(identity).toMatchObject({ personId: imported.personId, joinedVia: "phone" });
  });

  it("a phone not on the unit's list joins as a new staff member after a clear reply", async () => {
    const u = user("6663");
    await u.say(`/start ${staffCode}`);
    await u.press("Tôi đồng ý");
    await u.send({ kind: "contact", phone: "84912999888", verified: true });
    expect(u.text()).toContain("Số điện thoại của bạn không có trong danh sách của đơn vị");
    expect(u.text()).toContain("Vui lòng nhập họ và tên đầy đủ");
    await u.say("Trần Văn Mới");
    await u.press("Giáo viên");
    expect(await identityOf("6663")).toMatchObject({ joinedVia: "new" });
  });

  it("a personal invite (CLI --person) links that one person with its role, once, for 72 hours", async () => {
    const person = world.staff[4]!;
    const made = await cli(t, ["invite", "create", "--person", String(person.personId), "--role", "focal"], { now: clock, locale: "vi" });
    expect(made.code).toBe(0);
    expect(made.output).toContain(`Mã mời cá nhân cho ${person.name} (#${person.personId}): dùng một lần, hết hạn 25/11/2026 10:00`);
    const [invite] = await t.db.select().from(inviteCodes).where(eq(inviteCodes.personId, person.personId));
    expect(invite).toMatchObject({ role: "focal", unitId: world.unitId, maxUses: 1 });

    // On Zalo (no contact sharing) the code is the proof.
    const z = user("zalo-6664", "zalo");
    await z.say(invite!.code);
    await z.say("1");
    expect(z.text()).toContain(`Chào mừng ${person.name}! Bạn đã tham gia bằng mã mời cá nhân, với vai trò Cán bộ đầu mối`);
    expect(await identityOf("zalo-6664")).toMatchObject({ personId: person.personId, joinedVia: "personal_code" });
    expect(await rolesOf(person.personId)).toContain(`focal@${world.unitId}`);

    const again = user("6665");
    await again.say(`/start ${invite!.code}`);
    expect(again.text()).toContain("Mã mời này đã được dùng hết số lượt");

    const late = await cli(t, ["invite", "create", "--person", String(world.staff[5]!.personId)], { now: clock, locale: "vi" });
    const code = /Mã mời: (\w+)/.exec(late.output)![1]!;
    const saved = clock;
    clock = new Date(clock.getTime() + 73 * 3600_000);
    try {
      const l = user("6666");
      await l.say(`/start ${code}`);
      expect(l.text()).toContain("Mã mời này đã hết hạn");
    } finally {
      clock = saved;
    }
  });

  it("a unit-wide invite can only be for staff; a personal one lasts at most 7 days", async () => {
    const focalInvite = await cli(t, ["invite", "create", "--unit", world.unitCode, "--role", "focal"], { now: clock, locale: "vi" });
    expect(focalInvite.code).not.toBe(0);
    expect(focalInvite.output).toContain("Mã mời chung của đơn vị chỉ cấp vai trò cán bộ, giáo viên, nhân viên");
    const office = await cli(t, ["invite", "create", "--role", "office"], { now: clock, locale: "vi" });
    expect(office.output).toContain("Mã mời chung của đơn vị chỉ cấp vai trò cán bộ");
    const long = await cli(t, ["invite", "create", "--person", String(world.staff[5]!.personId), "--expires", "31/12/2026"], {
      now: clock,
      locale: "vi",
    });
    expect(long.output).toContain("Mã mời cá nhân chỉ có hiệu lực tối đa 7 ngày");
    expect(await t.db.$count(inviteCodes, and(eq(inviteCodes.role, "focal"), eq(inviteCodes.unitId, world.unitId)))).toBe(1);
  });

  it("an old unit-wide row with a higher role still grants only staff", async () => {
    const [row] = await t.db
      .insert(inviteCodes)
      .values({ provinceId: world.provinceId, code: "LEGACY2345", unitId: world.unitId, role: "unit_leader", maxUses: 5 })
      .returning();
    const u = user("6667");
    await joinTyping(u, row!.code, "Phạm Thị Cũ");
    const identity = await identityOf("6667");
    expect(await rolesOf(identity!.personId)).toEqual([`staff@${world.unitId}`]);
  });

  it("on Zalo a unit-wide code asks no phone: name and position, as a new staff member", async () => {
    const z = user("zalo-6668", "zalo");
    await z.say(staffCode);
    await z.say("1");
    expect(z.text()).toContain("Vui lòng nhập họ và tên đầy đủ");
    await z.say(world.staff[6]!.name);
    await z.say("1");
    const identity = await identityOf("zalo-6668");
    expect(identity!.personId).not.toBe(world.staff[6]!.personId);
    expect(identity!.joinedVia).toBe("new");
  });
});
