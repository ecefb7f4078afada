import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelIdentities, consents, dataRequests, inviteCodes, outbox, people, roles } from "../../../src/db/schema.js";
import { createInvite } from "../../../src/services/invites.js";
import { cli } from "../../support/cli.js";
import { buildEngine, ChatUser, demoWorld, link, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");
let code: string;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  code = (
    await createInvite(t.db, { provinceId: world.provinceId, unitId: world.unitId, role: "staff", expiresAt: null, maxUses: 50 }, "test")
  ).code;
});
afterAll(() => t.destroy());

const user = (id: string, channel: "telegram" | "zalo" = "telegram") =>
  new ChatUser(
    buildEngine(t, () => now),
    id,
    channel,
  );

describe("onboarding", () => {
  it("/start without a code explains how to get an invite", async () => {
    const u = user("5001");
    await u.say("/start");
    expect(u.text()).toContain("Để tham gia, bạn cần mã mời của đơn vị");
    await u.say("/register");
    expect(u.text()).toContain("Bạn chưa tham gia hệ thống");
    await u.say("/help");
    expect(u.text()).toContain("Hãy xin mã mời từ cán bộ đầu mối");
  });

  it("shows the consent notice first; declining stores only the refusal", async () => {
    const peopleBefore = await t.db.$count(people);
    const u = user("5002");
    await u.say(`/start ${code}`);
    expect(u.text()).toContain("THÔNG BÁO VỀ XỬ LÝ DỮ LIỆU CÁ NHÂN");
    expect(u.text()).toContain("Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15");
    expect(u.labels()).toEqual([
      "✅ Tôi đồng ý cả hai mục đích",
      "✅ Tôi chỉ đồng ý mục đích 1 (không nhận nhắc việc, thông báo)",
      "Không đồng ý",
    ]);
    await u.press("Không đồng ý");
    expect(u.text()).toContain("không lưu thông tin nào về bạn");
    expect(await t.db.$count(people)).toBe(peopleBefore);
    expect(await t.db.$count(channelIdentities, eq(channelIdentities.externalId, "5002"))).toBe(0);
    const refusals = await t.db.select().from(consents).where(eq(consents.accepted, false));
    expect(refusals).toEqual([expect.objectContaining({ personId: null, noticeVersion: "2026-12" })]);
  });

  it("accepting records consent with time and version, then joins the unit with the code's role", async () => {
    const u = user("5003");
    await u.say(`/start ${code}`);
    await u.press("Tôi đồng ý");
    expect(u.text()).toContain("Chia sẻ số điện thoại của tôi");
    await u.press("Bỏ qua");
    expect(u.text()).toContain("Vui lòng nhập họ và tên đầy đủ");
    await u.say("Lan");
    expect(u.text()).toContain("Vui lòng nhập đầy đủ họ và tên");
    await u.say("Nguyễn Thị Lan Anh".normalize("NFD"));
    expect(u.text()).toContain("Chức vụ của bạn là gì?");
    await u.press("Giáo viên");
    expect(u.text()).toContain("Chào mừng Nguyễn Thị Lan Anh! Bạn đã tham gia với vai trò Cán bộ, giáo viên, nhân viên.");

    const [identity] = await t.db.select().from(channelIdentities).where(eq(channelIdentities.externalId, "5003"));
    const [person] = await t.db.select().from(people).where(eq(people.id, identity!.personId));
    expect(person).toMatchObject({ fullName: "Nguyễn Thị Lan Anh", position: "Giáo viên", unitId: world.unitId });
    expect(await t.db.select({ role: roles.role, unitId: roles.unitId }).from(roles).where(eq(roles.personId, person!.id))).toEqual([
      { role: "staff", unitId: world.unitId },
    ]);
    const given = await t.db.select().from(consents).where(eq(consents.personId, person!.id));
    expect(given.map((c) => [c.purpose, c.accepted, c.noticeVersion, c.decidedAt]).sort()).toEqual([
      ["messages", true, "2026-12", now],
      ["records", true, "2026-12", now],
    ]);
    const [invite] = await t.db.select().from(inviteCodes).where(eq(inviteCodes.code, code));
    expect(invite!.uses).toBe(1);

    await u.say(`/start ${code}`);
    expect(u.text()).toContain("Bạn đã tham gia rồi");
  });

  // Issue #16: a typed name is no proof; the imported person is flagged, never taken over.
  it("does not take over the imported person with the same name: joins new, flagged as a possible duplicate", async () => {
    const imported = world.staff[6]!;
    const u = user("5004");
    await u.say(`/start ${code}`);
    await u.press("Tôi đồng ý");
    await u.press("Bỏ qua");
    await u.say(imported.name.toUpperCase());
    await u.press("Giáo viên");
    const [identity] = await t.db.select().from(channelIdentities).where(eq(channelIdentities.externalId, "5004"));
    expect(identity!.personId).not.toBe(imported.personId);
    const [person] = await t.db.select().from(people).where(eq(people.id, identity!.personId));
    expect(person!.possibleDuplicateOf).toBe(imported.personId);
  });

  it("a Zalo user joins by sending the code as text; bad codes are explained", async () => {
    const z = user("6ede9afa0001", "zalo");
    await z.say("XXXXXXXXXX");
    expect(z.text()).toContain("Mã mời không đúng");
    await z.say(code.toLowerCase());
    expect(z.text()).toContain("THÔNG BÁO VỀ XỬ LÝ DỮ LIỆU CÁ NHÂN");
  });

  it("expired and revoked codes are refused with a reason", async () => {
    const expired = await createInvite(
      t.db,
      { provinceId: world.provinceId, unitId: world.unitId, role: "staff", expiresAt: new Date(now.getTime() - 1000), maxUses: null },
      "test",
    );
    const u = user("5005");
    await u.say(`/start ${expired.code}`);
    expect(u.text()).toContain("Mã mời này đã hết hạn");
    await cli(t, ["invite", "revoke", code]);
    await u.say(`/start ${code}`);
    expect(u.text()).toContain("Mã mời này đã bị thu hồi");
  });
});

describe("/me", () => {
  it("shows the stored data, corrects name and position, exports, and requests erasure", async () => {
    const me = world.staff[7]!;
    await link(t, me.personId, "5100");
    await link(t, world.office.personId, "5199");
    const u = user("5100");
    await u.say("/toi");
    expect(u.text()).toContain(`Họ và tên: ${me.name}`);
    await u.press("Sửa chức vụ");
    await u.say("Tổ trưởng chuyên môn");
    expect(u.text()).toContain("Đã cập nhật.");
    expect(u.text()).toContain("Chức vụ: Tổ trưởng chuyên môn");
    await u.press("Tải dữ liệu của tôi");
    // Issue #16: a workbook to read and JSON, both with Vietnamese labels instead of codes.
    const docs = u.last.flatMap((m) => (m.type === "document" ? [m] : []));
    expect(docs.map((d) => d.fileName)).toEqual([`du-lieu-ca-nhan-${me.personId}.xlsx`, `du-lieu-ca-nhan-${me.personId}.json`]);
    const data = JSON.parse(new TextDecoder().decode(docs[1]!.content));
    expect(data["Thông tin cá nhân"][0]).toMatchObject({ "Họ và tên": me.name, "Chức vụ": "Tổ trưởng chuyên môn" });
    expect(data["Tài khoản nhắn tin"]).toEqual([expect.objectContaining({ Kênh: "Telegram", "Mã tài khoản": "5100" })]);

    await u.say("/me");
    await u.press("Yêu cầu xóa dữ liệu");
    await u.press("Gửi yêu cầu xóa");
    expect(u.text()).toContain("Đã gửi yêu cầu xóa dữ liệu");
    const [req] = await t.db.select().from(dataRequests).where(eq(dataRequests.personId, me.personId));
    const notes = await t.db.select().from(outbox).where(eq(outbox.personId, world.office.personId));
    expect(notes.some((n) => n.message.key === "notify-erasure-requested")).toBe(true);

    const listed = await cli(t, ["requests", "list"]);
    expect(listed.output).toContain(`Request #${req!.id}: person ${me.personId}`);
    expect((await cli(t, ["requests", "erase", "--id", String(req!.id)], { now })).code).toBe(0);
    const [erased] = await t.db.select().from(people).where(eq(people.id, me.personId));
    // Issue #16: documents made after erasure show this, never a bare id.
    expect(erased).toMatchObject({ fullName: "(đã xóa theo yêu cầu)", position: "", phone: null });
    expect(await t.db.$count(channelIdentities, eq(channelIdentities.personId, me.personId))).toBe(0);
    // The person is gone from the chat: the same chat id is now a stranger.
    await u.say("/me");
    expect(u.text()).toContain("Bạn chưa tham gia hệ thống");
  });
});
