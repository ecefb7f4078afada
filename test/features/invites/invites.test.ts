import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, channelIdentities, inviteCodes, people, roles } from "../../../src/db/schema.js";
import { compareVietnameseNames } from "../../../src/domain/text.js";
import { setInviteBotUsername } from "../../../src/features/invites/service.js";
import { buildEngine, ChatUser, demoWorld, link, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { interceptedBot, TelegramUser } from "../../support/telegram.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  setInviteBotUsername("@thidua_bot");
  await link(t, world.focal.personId, "7000");
  await link(t, world.staff[0]!.personId, "7001");
  await link(t, world.office.personId, "7002");
});
afterAll(() => {
  setInviteBotUsername(undefined);
  return t.destroy();
});

const user = (id: string, channel: "telegram" | "zalo" = "telegram") =>
  new ChatUser(
    buildEngine(t, () => now),
    id,
    channel,
  );
const identityOf = async (externalId: string) =>
  (await t.db.select().from(channelIdentities).where(eq(channelIdentities.externalId, externalId)))[0];
const rolesOf = async (personId: number) =>
  (await t.db.select({ role: roles.role, unitId: roles.unitId }).from(roles).where(eq(roles.personId, personId)))
    .map((r) => `${r.role}@${r.unitId}`)
    .sort();
const photoOf = (u: ChatUser) => {
  const photo = u.last.find((m) => m.type === "photo");
  if (!photo || photo.type !== "photo") throw new Error(`no photo; last replies: ${u.text()}`);
  return photo;
};
const codeIn = (caption: string) => /\?start=(\w+)/.exec(caption)![1]!;

describe("/moi: a focal person invites the unit's staff (issue #19)", () => {
  it("end to end on Telegram: /moi → the link and its QR picture in one message → a new teacher joins as staff", async () => {
    const { bot, calls } = interceptedBot({ engine: buildEngine(t, () => now) });
    const focal = new TelegramUser(bot, calls, 7000);
    const seen = await focal.say("/moi");
    const photo = calls.find((c) => c.method === "sendPhoto" && String(c.payload.chat_id) === "7000");
    expect(photo).toBeDefined();
    const caption = String(photo!.payload.caption);
    const code = codeIn(caption);
    expect(caption).toContain(`Trên Telegram: bấm https://t.me/thidua_bot?start=${code}`);
    expect(caption).toContain(`Trên Zalo: nhắn mã ${code} cho bot.`);
    expect(caption).toContain("Hết hạn: 22/12/2026 · Còn 150 lượt dùng.");
    expect(seen.buttons.map((b) => b.text)).toEqual(["🔄 Tạo liên kết mới", "👤 Mời riêng một người", "📋 Chưa tham gia", "Đóng"]);
    const [invite] = await t.db.select().from(inviteCodes).where(eq(inviteCodes.code, code));
    expect(invite).toMatchObject({ unitId: world.unitId, role: "staff", personId: null, maxUses: 150 });
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "invite"), eq(auditLog.entityId, String(invite!.id))));
    expect(audits.map((a) => [a.action, a.actor])).toEqual([["create", `person:${world.focal.personId}`]]);

    const teacher = new TelegramUser(bot, calls, 880100);
    await teacher.say(`/start ${code}`);
    await teacher.press("Tôi đồng ý");
    await teacher.say("Bỏ qua");
    await teacher.say("Lê Thị Mới");
    const joined = await teacher.press("Giáo viên");
    expect(joined.texts.join("\n")).toContain("Bạn đã tham gia với vai trò Cán bộ, giáo viên, nhân viên");
    const identity = await identityOf("880100");
    const [person] = await t.db.select().from(people).where(eq(people.id, identity!.personId));
    expect(person).toMatchObject({ fullName: "Lê Thị Mới", unitId: world.unitId });
    expect(await rolesOf(person!.id)).toEqual([`staff@${world.unitId}`]);
  });

  it("the picture is a PNG QR code; /moi again shows the same link with one use fewer", async () => {
    const focal = user("7000");
    await focal.say("/moi");
    const photo = photoOf(focal);
    expect([...photo.content.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    const view = new DataView(photo.content.buffer, photo.content.byteOffset);
    expect(view.getUint32(16)).toBe(512); // IHDR width: printable
    expect(photo.content.length).toBeGreaterThan(1000);
    expect(photo.caption).toContain("Còn 149 lượt dùng.");
    expect(await t.db.$count(inviteCodes, and(eq(inviteCodes.unitId, world.unitId), eq(inviteCodes.role, "staff")))).toBe(1);
  });

  it("a teacher is refused and gets no link", async () => {
    const teacher = user("7001");
    await teacher.say("/moi");
    expect(teacher.text()).toContain("Vai trò của bạn không dùng được chức năng này");
    expect(teacher.last.some((m) => m.type === "photo")).toBe(false);
  });

  it("«Tạo liên kết mới» asks first, then the old code stops working and a new one is shown", async () => {
    const focal = user("7000");
    await focal.say("/moi");
    const oldCode = codeIn(photoOf(focal).caption!);
    await focal.press("Tạo liên kết mới");
    expect(focal.text()).toContain("Liên kết và mã cũ sẽ ngừng hoạt động ngay");
    await focal.press("Quay lại");
    expect(await t.db.$count(inviteCodes, eq(inviteCodes.code, oldCode))).toBe(1);
    expect((await t.db.select().from(inviteCodes).where(eq(inviteCodes.code, oldCode)))[0]!.revokedAt).toBeNull();

    await focal.press("Tạo liên kết mới");
    await focal.press("Tạo liên kết mới");
    const caption = photoOf(focal).caption!;
    expect(caption).toContain("Đã tạo liên kết mới; liên kết cũ không còn dùng được.");
    const newCode = codeIn(caption);
    expect(newCode).not.toBe(oldCode);
    const [old] = await t.db.select().from(inviteCodes).where(eq(inviteCodes.code, oldCode));
    expect(old!.revokedAt).not.toBeNull();
    const revoked = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "revoke"), eq(auditLog.entityId, String(old!.id))));
    expect(revoked.map((a) => a.actor)).toEqual([`person:${world.focal.personId}`]);

    const late = user("880101");
    await late.say(`/start ${oldCode}`);
    expect(late.text()).toContain("Mã mời này đã bị thu hồi");
    expect(await identityOf("880101")).toBeUndefined();
  });

  it("«Chưa tham gia»: the imported staff without a chat by given name, and who joined unmatched", async () => {
    const focal = user("7000");
    await focal.say("/moi");
    await focal.press("Chưa tham gia");
    const text = focal.text();
    const notJoined = (await t.db.select({ id: people.id, name: people.fullName }).from(people).where(eq(people.unitId, world.unitId)))
      .filter((p) => ![world.focal.personId, world.staff[0]!.personId].includes(p.id) && p.name !== "Lê Thị Mới")
      .sort((a, b) => compareVietnameseNames(a.name, b.name));
    const section = text.slice(text.indexOf("chưa tham gia ("), text.indexOf("Đã tham gia nhưng"));
    const listed = [...section.matchAll(/• (.+) \(#(\d+)\)/g)].map((m) => Number(m[2]));
    expect(listed).toEqual(notJoined.map((p) => p.id));
    expect(text).toContain(`chưa tham gia (${notJoined.length} người)`);
    expect(text.slice(text.indexOf("Đã tham gia nhưng"))).toContain("• Lê Thị Mới (#");
  });

  it("«Mời riêng một người»: a one-use staff invite for one imported person, and joining with it links to that person", async () => {
    const person = world.staff[4]!;
    const focal = user("7000");
    await focal.say("/moi");
    await focal.press("Mời riêng một người");
    expect(focal.labels()).not.toContain(expect.stringContaining(world.staff[0]!.name));
    // The leader is not offered: a staff invite must not hand over a leader's imported roles.
    const [leader] = await t.db
      .select({ id: roles.personId })
      .from(roles)
      .where(and(eq(roles.unitId, world.unitId), eq(roles.role, "unit_leader")));
    expect(focal.labels().some((l) => l.includes(`(#${leader!.id})`))).toBe(false);
    expect(focal.labels().length).toBeGreaterThan(2);
    await focal.press(`${person.name} (#${person.personId})`);
    const caption = photoOf(focal).caption!;
    expect(caption).toContain(`Mã mời cá nhân cho ${person.name}, vai trò Cán bộ, giáo viên, nhân viên`);
    expect(caption).toContain("Dùng một lần, hết hạn 25/11/2026 10:00");
    const code = codeIn(caption);
    const [invite] = await t.db.select().from(inviteCodes).where(eq(inviteCodes.code, code));
    expect(invite).toMatchObject({ personId: person.personId, role: "staff", unitId: world.unitId, maxUses: 1 });

    const z = user("zalo-880102", "zalo");
    await z.say(code);
    await z.say("1");
    expect(z.text()).toContain(`Chào mừng ${person.name}! Bạn đã tham gia bằng mã mời cá nhân`);
    expect(await identityOf("zalo-880102")).toMatchObject({ personId: person.personId, joinedVia: "personal_code" });
  });
});

describe("/moi for the Văn phòng", () => {
  it("a personal invite for another unit's leader, one use, that role", async () => {
    const office = user("7002");
    await office.say("/moi");
    await office.press("Mời cán bộ đầu mối / lãnh đạo đơn vị");
    await office.say("thpt02");
    const [target] = await t.db.select().from(people).where(eq(people.unitId, world.otherUnitId)).limit(1);
    await office.press(`(#${target!.id})`);
    await office.press("Lãnh đạo đơn vị");
    const caption = photoOf(office).caption!;
    expect(caption).toContain(`Mã mời cá nhân cho ${target!.fullName}, vai trò Lãnh đạo đơn vị`);
    const [invite] = await t.db
      .select()
      .from(inviteCodes)
      .where(eq(inviteCodes.code, codeIn(caption)));
    expect(invite).toMatchObject({ personId: target!.id, role: "unit_leader", unitId: world.otherUnitId, maxUses: 1 });
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "invite"), eq(auditLog.entityId, String(invite!.id))));
    expect(audits.map((a) => a.actor)).toEqual([`person:${world.office.personId}`]);
  });

  it("an unknown unit code is explained and nothing is made", async () => {
    const before = await t.db.$count(inviteCodes);
    const office = user("7002");
    await office.say("/moi");
    await office.press("Mời cán bộ đầu mối");
    await office.say("KHONGCO");
    expect(office.text()).toContain("KHONGCO");
    expect(await t.db.$count(inviteCodes)).toBe(before);
  });
  it("a personal Văn phòng invite for a colleague who has not joined", async () => {
    const office = user("7002");
    await office.say("/moi");
    await office.press("Mời đồng nghiệp Văn phòng Sở");
    expect(office.labels().some((l) => l.includes(`#${world.office.personId})`))).toBe(false);
    await office.press("(#");
    const caption = photoOf(office).caption!;
    expect(caption).toContain("vai trò Văn phòng Sở");
    const [invite] = await t.db
      .select()
      .from(inviteCodes)
      .where(eq(inviteCodes.code, codeIn(caption)));
    expect(invite).toMatchObject({ role: "office", unitId: null, maxUses: 1 });
    expect(invite!.personId).not.toBe(world.office.personId);
  });
});

describe("/moi checks the role at the moment of the change", () => {
  it("a focal person whose role was taken away after /moi cannot replace the link", async () => {
    const focal = user("7000");
    await focal.say("/moi");
    const code = codeIn(photoOf(focal).caption!);
    await focal.press("Tạo liên kết mới");
    const [role] = await t.db
      .delete(roles)
      .where(and(eq(roles.personId, world.focal.personId), eq(roles.role, "focal")))
      .returning();
    try {
      await focal.press("Tạo liên kết mới");
      expect(focal.text()).toContain("Vai trò của bạn không dùng được chức năng này");
      expect(focal.last.some((m) => m.type === "photo")).toBe(false);
      expect((await t.db.select().from(inviteCodes).where(eq(inviteCodes.code, code)))[0]!.revokedAt).toBeNull();
    } finally {
      await t.db.insert(roles).values(role!);
    }
  });
});
