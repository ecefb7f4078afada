import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelIdentities, people } from "../../../src/db/schema.js";
import { toInboundEvent } from "../../../src/channels/telegram/inbound.js";
import { createInvite } from "../../../src/services/invites.js";
import { buildEngine, demoWorld, translator, type DemoWorld } from "../../support/chat.js";
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

describe("Telegram: the phone proof is the sender's own contact", () => {
  it("the adapter marks a contact verified only when its user id is the sender's", () => {
    expect(toInboundEvent(updates.contact(11, "+84987000111", 11))!.payload).toEqual({
      kind: "contact",
      phone: "+84987000111",
      verified: true,
    });
    expect(toInboundEvent(updates.contact(11, "+84987000111", 12))!.payload).toMatchObject({ verified: false });
    expect(toInboundEvent(updates.contact(11, "+84987000111", undefined))!.payload).toMatchObject({ verified: false });
  });

  it("a forwarded contact card of the imported teacher is refused; her own shared phone links her", async () => {
    const imported = world.staff[2]!;
    await t.db.update(people).set({ phone: "0912345678" }).where(eq(people.id, imported.personId));
    const invite = await createInvite(
      t.db,
      { provinceId: world.provinceId, unitId: world.unitId, role: "staff", expiresAt: null, maxUses: 60 },
      "test",
    );
    const { bot, calls } = interceptedBot({ engine: buildEngine(t, () => now) });
    const attacker = new TelegramUser(bot, calls, 880001);
    await attacker.say(`/start ${invite.code}`);
    const asked = await attacker.press("Tôi đồng ý");
    expect(asked.replyKeyboard[0]).toEqual({ text: vi("security-share-phone"), request_contact: true });
    // The attacker forwards the teacher's contact card (her user id, not the sender's).
    const refused = await attacker.send(updates.contact(880001, "84912345678", 880002));
    expect(refused.texts[0]).toBe(vi("security-contact-not-own"));
    expect(await t.db.$count(channelIdentities, eq(channelIdentities.externalId, "880001"))).toBe(0);

    const teacher = new TelegramUser(bot, calls, 880002);
    await teacher.say(`/start ${invite.code}`);
    await teacher.press("Tôi đồng ý");
    const joined = await teacher.send(updates.contact(880002, "84912345678", 880002));
    expect(joined.texts[0]).toBe(vi("security-joined-phone", { name: imported.name, role: vi("role-staff") }));
    expect(joined.keyboardRemoved).toBe(true);
    const [identity] = await t.db.select().from(channelIdentities).where(eq(channelIdentities.externalId, "880002"));
    expect(identity).toMatchObject({ personId: imported.personId, joinedVia: "phone" });
  });
});
