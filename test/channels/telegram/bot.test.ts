import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelIdentities, consents, conversations, people, registrations, units } from "../../../src/db/schema.js";
import { createInvite } from "../../../src/services/invites.js";
import { CONSENT_NOTICE_VERSION } from "../../../src/features/onboarding/service.js";
import { buildEngine, demoWorld, link, translator, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { interceptedBot, TelegramUser, updates } from "../../support/telegram.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");
const vi = (key: string, vars?: Record<string, string | number>) => translator.t("vi", key, vars);

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
});
afterAll(() => t.destroy());

const setup = () => {
  const { bot, calls } = interceptedBot({ engine: buildEngine(t, () => now) });
  return { bot, calls, user: (id: number) => new TelegramUser(bot, calls, id) };
};

describe("Telegram adapter, end to end through bot.handleUpdate", () => {
  it("a teacher joins by deep link: consent as buttons, then name and position, stored with consent", async () => {
    const invite = await createInvite(
      t.db,
      { provinceId: world.provinceId, unitId: world.unitId, role: "staff", expiresAt: null, maxUses: 5 },
      "test",
    );
    const { user } = setup();
    const u = user(424242);

    const first = await u.say(`/start ${invite.code}`);
    expect(first.texts).toEqual([vi("consent-notice", { version: CONSENT_NOTICE_VERSION })]);
    expect(first.buttons.map((b) => b.text)).toEqual([vi("consent-accept"), vi("consent-accept-records-only"), vi("consent-decline")]);

    const phone = await u.press("Tôi đồng ý");
    expect(phone.texts).toEqual([vi("security-ask-phone")]);
    expect(phone.replyKeyboard).toEqual([{ text: vi("security-share-phone"), request_contact: true }, { text: vi("security-skip-phone") }]);
    const named = await u.say(vi("security-skip-phone"));
    expect(named.texts).toEqual([vi("onboarding-ask-name")]);
    expect(named.keyboardRemoved).toBe(true);
    const position = await u.say("Lê Thị Hồng Nhung");
    expect(position.texts).toEqual([vi("onboarding-ask-position")]);
    expect(position.buttons.map((b) => b.text)).toContain("Giáo viên");
    const joined = await u.press("Giáo viên");
    expect(joined.texts[0]).toBe(vi("onboarding-joined", { name: "Lê Thị Hồng Nhung", role: vi("role-staff") }));

    const [identity] = await t.db.select().from(channelIdentities).where(eq(channelIdentities.externalId, "424242"));
    const [person] = await t.db.select().from(people).where(eq(people.id, identity!.personId));
    expect(person).toMatchObject({ fullName: "Lê Thị Hồng Nhung", position: "Giáo viên", unitId: world.unitId });
    const [consent] = await t.db.select().from(consents).where(eq(consents.personId, person!.id));
    expect(consent!.accepted).toBe(true);
  });

  it("registers a title by pressing buttons; the pressed keyboard is removed and the row is stored", async () => {
    const teacher = world.staff[1]!;
    await link(t, teacher.personId, "5101");
    const { user, calls } = setup();
    const u = user(5101);

    const intro = await u.say("/dangky");
    expect(intro.texts.join("\n")).toContain(`Họ và tên: ${teacher.name}`);
    expect(intro.buttons.map((b) => b.text)).toContain("✅ Đúng");
    await u.press("Đúng");
    const titles = u.seen();
    expect(titles.texts.at(-1)).toContain("Bạn đăng ký danh hiệu thi đua nào");
    expect(titles.buttons.map((b) => b.text)).toContain("Lao động tiên tiến");
    await u.press("Lao động tiên tiến");
    await u.press("Không đăng ký");
    await u.press("Không");
    const review = u.seen();
    expect(review.texts.join("\n")).toContain("Lao động tiên tiến");
    await u.press("Lưu đăng ký");
    expect(u.seen().texts.join("\n")).toContain("Đã lưu đăng ký Lao động tiên tiến của bạn.");

    const [row] = await t.db.select().from(registrations).where(eq(registrations.personId, teacher.personId));
    expect(row).toMatchObject({ titleCode: "LDTT", awardCode: null, status: "pending" });
    // Every press was acknowledged (no spinner left) and its keyboard taken away.
    const presses = calls.filter((c) => c.method === "answerCallbackQuery").length;
    expect(presses).toBe(5);
    expect(calls.filter((c) => c.method === "editMessageReplyMarkup")).toHaveLength(5);
  });

  it("a forged or stale button gets a polite message and changes nothing", async () => {
    const teacher = world.staff[2]!;
    await link(t, teacher.personId, "5102");
    const { user } = setup();
    const u = user(5102);
    await u.say("/register");
    const [before] = await t.db.select().from(conversations).where(eq(conversations.externalId, "5102"));

    for (const data of ["999:0", "garbage", `${before!.version}:99`, ""]) {
      const seen = await u.send(updates.press(5102, data));
      expect(seen.texts[0]).toBe(vi("button-stale"));
    }
    const [after] = await t.db.select().from(conversations).where(eq(conversations.externalId, "5102"));
    expect(after).toMatchObject({ flow: before!.flow, step: before!.step, data: before!.data });
    expect(await t.db.$count(registrations, eq(registrations.personId, teacher.personId))).toBe(0);
  });

  it("the same update delivered twice is answered once", async () => {
    await link(t, world.staff[3]!.personId, "5103");
    const { bot, calls } = setup();
    const update = updates.text(5103, "/me");
    await bot.handleUpdate(update);
    const afterFirst = calls.filter((c) => c.method === "sendMessage").length;
    expect(afterFirst).toBeGreaterThan(0);
    await bot.handleUpdate(update);
    expect(calls.filter((c) => c.method === "sendMessage").length).toBe(afterFirst);
  });

  it("a photo or a sticker where text is expected gets a friendly reply and the same question", async () => {
    const invite = await createInvite(
      t.db,
      { provinceId: world.provinceId, unitId: world.unitId, role: "staff", expiresAt: null, maxUses: 5 },
      "test",
    );
    const { user } = setup();
    const u = user(5104);
    await u.say(`/start ${invite.code}`);
    await u.press("Tôi đồng ý");
    await u.say(vi("security-skip-phone"));
    const photo = await u.send(updates.photo(5104));
    expect(photo.texts).toEqual([vi("input-expected-text"), vi("onboarding-ask-name")]);
    const sticker = await u.send(updates.sticker(5104));
    expect(sticker.texts).toEqual([vi("input-unsupported"), vi("onboarding-ask-name")]);
    const [conv] = await t.db.select().from(conversations).where(eq(conversations.externalId, "5104"));
    expect(conv).toMatchObject({ flow: "start", step: "name", personId: null });
  });

  it("staff do not get the focal person's unit menu, and a focal person of unit A sees only unit A", async () => {
    await link(t, world.staff[4]!.personId, "5105");
    await link(t, world.focal.personId, "5106");
    const { user } = setup();
    const staff = await user(5105).say("/register");
    expect(staff.buttons.map((b) => b.text).join(" ")).not.toContain("Nộp bản đăng ký");
    const focal = await user(5106).say("/register");
    expect(focal.buttons.map((b) => b.text).join(" ")).toContain("Nộp bản đăng ký");
    const [mine] = await t.db.select().from(units).where(eq(units.id, world.unitId));
    const [other] = await t.db.select().from(units).where(eq(units.id, world.otherUnitId));
    expect(focal.texts.join("\n")).toContain(mine!.name);
    expect(focal.texts.join("\n")).not.toContain(other!.name);
  });

  it("a failure inside one update is reported kindly, loses nothing earlier, and the next update works", async () => {
    let fail = true;
    const engine = buildEngine(t, () => now);
    const { bot, calls } = interceptedBot({
      engine: {
        handle: async (event) => {
          if (fail) throw new Error("database went away");
          return engine.handle(event);
        },
      },
    });
    await link(t, world.staff[5]!.personId, "5107");
    await bot.handleUpdate(updates.text(5107, "/me"));
    expect(calls.filter((c) => c.method === "sendMessage").map((c) => c.payload.text)).toEqual([vi("update-failed")]);
    fail = false;
    await bot.handleUpdate(updates.text(5107, "/me"));
    expect(calls.filter((c) => c.method === "sendMessage").length).toBeGreaterThan(1);
  });

  it("group chats are ignored: registrations are personal", async () => {
    const { bot, calls } = setup();
    const update = updates.text(5108, "/help");
    (update.message as any).chat = { id: -100123, type: "group", title: "Tổ Toán" };
    await bot.handleUpdate(update);
    expect(calls).toHaveLength(0);
  });
});
