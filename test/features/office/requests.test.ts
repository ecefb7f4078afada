import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, channelIdentities, dataRequests, outbox, people } from "../../../src/db/schema.js";
import { requestDeadline } from "../../../src/features/requests/deadline.js";
import type { ChannelSender } from "../../../src/core/channel-port.js";
import { createOutboxSender } from "../../../src/delivery/outbox-sender.js";
import { createLogger } from "../../../src/logger.js";
import { requestErasure } from "../../../src/services/personal-data.js";
import { buildEngine, ChatUser, demoWorld, link, translator, TZ, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  await link(t, world.office.personId, "9201");
  await link(t, world.focal.personId, "9202");
  await link(t, world.staff[1]!.personId, "9203");
});
afterAll(() => t.destroy());

const user = (id: string) =>
  new ChatUser(
    buildEngine(t, () => now),
    id,
  );

describe("/yeucau (personal-data requests in the chat)", () => {
  it("the legal deadline is 15 days after the request, to the end of the local day", () => {
    expect(requestDeadline(new Date("2026-11-20T18:00:00Z"), TZ).toISOString()).toBe("2026-12-06T16:59:59.999Z");
  });

  it("the Văn phòng is pointed to /yeucau, never to a CLI command", async () => {
    const notes: Array<{ message: { key: string; vars?: Record<string, string | number> } }> = [];
    await requestErasure(t.db, world.staff[1]!.personId, world.provinceId, new Date("2026-11-20T03:00:00Z"), (n) => notes.push(n));
    const text = translator.t("vi", notes[0]!.message.key, notes[0]!.message.vars);
    expect(text).toContain("/yeucau");
    expect(text).not.toContain("npm run cli");
  });

  it("a focal person is refused", async () => {
    const focal = user("9202");
    await focal.say("/yeucau");
    expect(focal.text()).not.toContain("Yêu cầu về dữ liệu cá nhân đang chờ");
  });

  it("lists the request with the unit and deadline, acknowledges it (the person is told), then erases after a confirmation", async () => {
    const office = user("9201");
    await office.say("/yeucau");
    expect(office.text()).toContain(`${world.staff[1]!.name} — Trường THPT`);
    expect(office.text()).toContain("gửi ngày 20/11/2026, hạn 05/12/2026");
    await office.press(world.staff[1]!.name);
    await office.press("Báo đã tiếp nhận");
    expect(office.text()).toContain("xử lý trước 05/12/2026");
    const toPerson = await t.db.select().from(outbox).where(eq(outbox.personId, world.staff[1]!.personId));
    expect(toPerson.map((m) => m.message.key)).toContain("office-requests-notify-ack");

    await office.say("/yeucau");
    await office.press(world.staff[1]!.name);
    await office.press("Xóa dữ liệu");
    expect(office.text()).toContain("Không hoàn tác được");
    await office.press("Thôi");
    expect(office.text()).toContain("không có gì thay đổi");
    const [still] = await t.db.select().from(people).where(eq(people.id, world.staff[1]!.personId));
    expect(still!.fullName).toBe(world.staff[1]!.name);

    await office.say("/yeucau");
    await office.press(world.staff[1]!.name);
    await office.press("Xóa dữ liệu");
    await office.press("Xóa dữ liệu");
    expect(office.text()).toContain("Đã xóa dữ liệu cá nhân theo yêu cầu");
    const [erased] = await t.db.select().from(people).where(eq(people.id, world.staff[1]!.personId));
    expect(erased!.fullName).toBe("(đã xóa theo yêu cầu)");
    expect(await t.db.$count(channelIdentities, eq(channelIdentities.personId, world.staff[1]!.personId))).toBe(0);
    const [req] = await t.db.select().from(dataRequests).where(eq(dataRequests.personId, world.staff[1]!.personId));
    expect(req!.status).toBe("done");
    expect(await t.db.$count(auditLog, and(eq(auditLog.action, "erase"), eq(auditLog.actor, `person:${world.office.personId}`)))).toBe(1);

    // She is told it is done, on the chat she had, although nothing on record leads there any more.
    expect(office.text()).toContain(
      'Lời báo "đã xóa xong" (không chứa thông tin cá nhân) đã được xếp gửi tới người yêu cầu qua 1 kênh nhắn tin',
    );
    const queued = await t.db.select().from(outbox).where(eq(outbox.personId, world.staff[1]!.personId));
    expect(queued.map((m) => ({ message: m.message, toChannel: m.toChannel, toExternalId: m.toExternalId }))).toEqual([
      { message: { key: "consent-erasure-done" }, toChannel: "telegram", toExternalId: "9203" },
    ]);
    const sent: Array<{ to: string; text: string }> = [];
    const telegram: ChannelSender = {
      channel: "telegram",
      maxTextLength: 4096,
      async send(to, messages) {
        for (const m of messages) if (m.type === "text") sent.push({ to, text: m.text });
      },
    };
    await createOutboxSender({ db: t.db, senders: { telegram }, translator, logger: createLogger("silent"), now: () => now }).drain();
    expect(sent).toEqual([{ to: "9203", text: translator.t("vi", "consent-erasure-done") }]);
    expect(sent[0]!.text).not.toContain(world.staff[1]!.name);
    // Once gone, the row no longer holds her chat id.
    const [after] = await t.db.select().from(outbox).where(eq(outbox.id, queued[0]!.id));
    expect(after).toMatchObject({ status: "sent", toExternalId: null });

    await office.say("/yeucau");
    expect(office.text()).toContain("Không có yêu cầu nào");
  });
});
