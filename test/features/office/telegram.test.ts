import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { campaigns } from "../../../src/db/schema.js";
import { buildEngine, demoWorld, link, translator, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { interceptedBot, TelegramUser } from "../../support/telegram.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");
const vi = (key: string, vars?: Record<string, string | number>) => translator.t("vi", key, vars);

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  await link(t, world.office.personId, "93001");
  await link(t, world.staff[0]!.personId, "93002");
});
afterAll(() => t.destroy());

const setup = () => {
  const { bot, calls } = interceptedBot({ engine: buildEngine(t, () => now) });
  return (id: number) => new TelegramUser(bot, calls, id);
};

describe("/dotthidua through the Telegram adapter", () => {
  it("a teacher is refused and sees no campaign menu", async () => {
    const teacher = setup()(93002);
    const seen = await teacher.say("/dotthidua");
    expect(seen.texts.join("\n")).not.toContain("Các đợt thi đua:");
    expect(seen.buttons.map((b) => b.text)).not.toContain(vi("office-campaign-open"));
  });

  it("the Văn phòng opens a campaign with buttons; a past deadline is refused and asked again", async () => {
    const office = setup()(93001);
    expect((await office.say("/dotthidua")).buttons.map((b) => b.text)).toContain(vi("office-campaign-open"));
    await office.press(vi("office-campaign-open"));
    await office.press(vi("campaign-kind-review"));
    await office.say("Tổng kết năm học 2026-2027");
    await office.press("2026-2027");
    await office.say("23/11/2026");
    const past = await office.say("20/11/2026");
    expect(past.texts).toContain(vi("office-campaign-deadline-past"));
    expect(past.texts).toContain(vi("office-campaign-ask-deadline"));
    const asked = await office.say("30/06/2027");
    expect(asked.texts.join("\n")).toContain("Mở: 23/11/2026 — Hạn chót: 30/06/2027");
    const done = await office.press(vi("office-confirm-yes"));
    expect(done.texts.join("\n")).toContain("hạn chót 30/06/2027");
    const [row] = await t.db.select().from(campaigns).where(eq(campaigns.title, "Tổng kết năm học 2026-2027"));
    expect(row!.kind).toBe("review");
  });
});
