import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelIdentities } from "../../../src/db/schema.js";
import { buildEngine, ChatUser, demoWorld, link, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const clock = new Date("2026-10-05T03:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, clock);
  await link(t, world.focal.personId, "6001", "zalo");
  await link(t, world.staff[0]!.personId, "6002");
});
afterAll(() => t.destroy());

describe("/gioithieu (/about)", () => {
  it("tells a member what the bot does and who their focal person is, and where to find them", async () => {
    const teacher = new ChatUser(
      buildEngine(t, () => clock),
      "6002",
    );
    await teacher.say("/gioithieu");
    const text = teacher.text();
    expect(text).toContain("trợ lý thi đua – khen thưởng");
    expect(text).toContain("/trogiup (/help)");
    expect(text).toContain("Cán bộ đầu mối thi đua của Trường THPT");
    expect(text).toContain(`• ${world.focal.name}`);
    expect(text).toContain("dùng bot trên Zalo");
  });

  it("tells the focal person that it is them, in English with /about", async () => {
    const focal = new ChatUser(
      buildEngine(t, () => clock),
      "6001",
      "zalo",
    );
    await focal.say("/ngonngu");
    await focal.say("2");
    await focal.say("/about");
    expect(focal.text()).toContain("emulation and commendation assistant");
    expect(focal.text()).toMatch(new RegExp(`• ${world.focal.name}.* — that is you`));
  });

  it("tells a stranger how to join, and changes nothing", async () => {
    const stranger = new ChatUser(
      buildEngine(t, () => clock),
      "6999",
    );
    await stranger.say("/gioithieu");
    expect(stranger.text()).toContain("Bạn chưa tham gia");
    expect(stranger.text()).toContain("/batdau (/start) <mã mời>");
  });

  it("says so plainly when the focal person has not joined the bot yet (last: it unlinks the focal person)", async () => {
    await t.db.delete(channelIdentities).where(eq(channelIdentities.personId, world.focal.personId));
    const teacher = new ChatUser(
      buildEngine(t, () => clock),
      "6002",
    );
    await teacher.say("/gioithieu");
    expect(teacher.text()).toContain(`• ${world.focal.name}`);
    expect(teacher.text()).toContain("chưa tham gia bot: bạn hãy liên hệ trực tiếp");
    expect(teacher.text()).not.toContain("dùng bot trên");
  });
});
