import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelIdentities, conversations, people, registrations, unitSubmissions } from "../../../src/db/schema.js";
import { createInvite } from "../../../src/services/invites.js";
import { buildEngine, demoWorld, link, translator, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { startFakeZalo, zaloEvent, zaloText, type FakeZalo } from "../../support/fake-zalo.js";
import { zaloServer } from "../../support/zalo-world.js";

let t: TestDatabase;
let world: DemoWorld;
let fake: FakeZalo;
const now = new Date("2026-11-22T03:00:00Z");
const vi = (key: string, vars?: Record<string, string | number>) => translator.t("vi", key, vars);

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  fake = await startFakeZalo();
});
afterAll(async () => {
  await fake.close();
  await t.destroy();
});

describe("the registration campaign over Zalo", () => {
  it("a teacher joins by sending the invite code, registers and edits by typing; a focal person submits", async () => {
    const zalo = zaloServer(
      fake,
      buildEngine(t, () => now),
    );
    const invite = await createInvite(
      t.db,
      { provinceId: world.provinceId, unitId: world.unitId, role: "staff", expiresAt: null, maxUses: 10 },
      "test",
    );
    const teacher = zalo.user("6ede0a1");

    // Joining: the code typed as text (lower case, with spaces, as people do), consent as a numbered list.
    const consent = await teacher.say(` ${invite.code.toLowerCase()} `);
    expect(consent).toContain("THÔNG BÁO VỀ XỬ LÝ DỮ LIỆU CÁ NHÂN");
    expect(consent).toContain(`1. ${vi("consent-accept")}\n2. ${vi("consent-accept-records-only")}\n3. ${vi("consent-decline")}`);
    expect(consent).toContain(vi("choice-hint", { example: 1 }));
    expect(await teacher.say("1")).toBe(vi("onboarding-ask-name"));
    expect(await teacher.say("Phạm Thị Thu Hà")).toContain("1. Giáo viên");
    expect(await teacher.say("giao vien")).toContain(vi("onboarding-joined", { name: "Phạm Thị Thu Hà", role: vi("role-staff") }));
    const [identity] = await t.db
      .select()
      .from(channelIdentities)
      .where(and(eq(channelIdentities.channel, "zalo"), eq(channelIdentities.externalId, "6ede0a1")));
    const [person] = await t.db.select().from(people).where(eq(people.id, identity!.personId));
    expect(person).toMatchObject({ fullName: "Phạm Thị Thu Hà", position: "Giáo viên", unitId: world.unitId });

    // Registering: numbers and option texts (without diacritics) instead of buttons.
    expect(await teacher.say("/dangky")).toContain("Họ và tên: Phạm Thị Thu Hà");
    expect(await teacher.say("1")).toContain("Bạn đăng ký danh hiệu thi đua nào");
    expect(await teacher.say("lao dong tien tien")).toContain(vi("register-ask-award"));
    await teacher.say("Không đăng ký");
    expect(await teacher.say("khong")).toContain("XEM LẠI ĐĂNG KÝ");
    expect(await teacher.say("luu dang ky")).toContain("Đã lưu đăng ký Lao động tiên tiến của bạn.");
    const [row] = await t.db.select().from(registrations).where(eq(registrations.personId, person!.id));
    expect(row).toMatchObject({ titleCode: "LDTT", status: "pending" });

    // Editing: the same flow, with a planned sáng kiến this time.
    expect(await teacher.say("/dangky")).toContain("ĐĂNG KÝ CỦA BẠN");
    await teacher.say("sua dang ky");
    await teacher.say("1");
    await teacher.say("Lao động tiên tiến");
    await teacher.say("giay khen cua thu truong don vi");
    expect(await teacher.say("co")).toBe(vi("register-ask-initiative-title"));
    await teacher.say("Dạy học STEM qua dự án trồng rau");
    await teacher.say("Công nghệ");
    await teacher.say("Lưu đăng ký");
    const [edited] = await t.db.select().from(registrations).where(eq(registrations.personId, person!.id));
    expect(edited).toMatchObject({ initiativeTitle: "Dạy học STEM qua dự án trồng rau", initiativeSubject: "Công nghệ" });
    expect(edited!.awardCode).toBe("GIAY_KHEN_DON_VI");

    // The focal person submits the unit from Zalo.
    await link(t, world.focal.personId, "6ede0f0", "zalo");
    const focal = zalo.user("6ede0f0");
    const menu = await focal.say("/dangky");
    expect(menu).toContain(vi("unit-menu-submit"));
    expect(await focal.say("Nộp bản đăng ký")).toContain("Còn 1 đăng ký chờ duyệt");
    // Issue 17: nothing is submitted while a registration waits for review.
    expect(await focal.say("Duyệt tất cả")).toContain("NỘP BẢN ĐĂNG KÝ THI ĐUA");
    expect(await focal.say("Nộp")).toContain("Đã nộp bản đăng ký thi đua của đơn vị lúc 22/11/2026 10:00");
    const [sub] = await t.db.select().from(unitSubmissions).where(eq(unitSubmissions.unitId, world.unitId));
    expect(sub).toMatchObject({ status: "submitted", submittedBy: world.focal.personId });

    // Every message respected Zalo's limit.
    expect(fake.calls.filter((c) => c.method === "sendMessage").every((c) => (c.body.text as string).length <= 2000)).toBe(true);
  });

  it("a sticker, withheld content, or an image where text is expected gets a polite reply and the same question", async () => {
    const zalo = zaloServer(
      fake,
      buildEngine(t, () => now),
    );
    const invite = await createInvite(
      t.db,
      { provinceId: world.provinceId, unitId: world.otherUnitId, role: "staff", expiresAt: null, maxUses: 1 },
      "test",
    );
    const u = zalo.user("6ede0b2");
    await u.say(invite.code);
    const question = await u.say("1");
    expect(question).toBe(vi("onboarding-ask-name"));
    for (const [event, reply] of [
      [zaloEvent("6ede0b2", "message.sticker.received", { sticker: "x" }), vi("input-unsupported")],
      [zaloEvent("6ede0b2", "message.unsupported.received"), vi("input-unsupported")],
      [zaloEvent("6ede0b2", "message.image.received", { photo: "https://zalo.example/p.jpg" }), vi("input-expected-text")],
    ] as const) {
      const before = fake.textsTo("6ede0b2").length;
      expect(await zalo.deliver(event)).toBe(200);
      expect(fake.textsTo("6ede0b2").slice(before)).toEqual([reply, question]);
    }
  });

  it("the same message delivered twice is processed once", async () => {
    const zalo = zaloServer(
      fake,
      buildEngine(t, () => now),
    );
    await link(t, world.staff[3]!.personId, "6ede0c3", "zalo");
    const event = zaloText("6ede0c3", "/toi", "dup-message-1");
    expect(await zalo.deliver(event)).toBe(200);
    const once = fake.textsTo("6ede0c3").length;
    expect(once).toBeGreaterThan(0);
    expect(await zalo.deliver(event)).toBe(200);
    expect(fake.textsTo("6ede0c3").length).toBe(once);
  });

  it("a webhook without the secret, or with a wrong one, gets 401 and nothing is stored", async () => {
    const zalo = zaloServer(
      fake,
      buildEngine(t, () => now),
    );
    const before = await t.db.$count(conversations);
    expect(await zalo.deliver(zaloText("6ede0d4", "/start"), null)).toBe(401);
    expect(await zalo.deliver(zaloText("6ede0d4", "/start"), "zalo-webhook-secret-123X")).toBe(401);
    expect(await zalo.deliver(zaloText("6ede0d4", "/start"), "short")).toBe(401);
    expect(await t.db.$count(conversations)).toBe(before);
    expect(fake.textsTo("6ede0d4")).toEqual([]);
  });

  it("an export reaches a Zalo user as a signed link that downloads the file", async () => {
    const content = new TextEncoder().encode("Bản đăng ký thi đua");
    const engine = {
      handle: async () => ({
        duplicate: false,
        notified: false,
        locale: "vi" as const,
        replies: [
          {
            type: "document" as const,
            fileName: "Trường THPT Nguyễn Du-DKTD NH 2026-2027.docx",
            mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            content,
            caption: "Bản đăng ký của đơn vị",
          },
        ],
      }),
    };
    const zalo = zaloServer(fake, engine);
    const text = await zalo.user("6ede0e5").say("/xuat");
    expect(text).toContain("Bản đăng ký của đơn vị");
    const url = /https:\/\/bot\.example\.vn\/files\/(\S+)/.exec(text)!;
    const res = await zalo.http.app.request(`/files/${url[1]}`);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(content);
    expect(res.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("Trường THPT Nguyễn Du-DKTD NH 2026-2027.docx")}`,
    );
  });

  it("the link line and the numbered-choice hint are in the person's language, not the server's default", async () => {
    const replies = [
      {
        type: "document" as const,
        fileName: "Tong-hop.xlsx",
        mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        content: new Uint8Array([1]),
        caption: "Workbook",
      },
      {
        type: "choices" as const,
        text: "Which format?",
        options: [
          { label: "Excel", token: "1:0" },
          { label: "CSV", token: "1:1" },
        ],
      },
    ];
    const engine = { handle: async () => ({ duplicate: false, notified: false, locale: "en" as const, replies }) };
    const text = await zaloServer(fake, engine).user("6ede0e6").say("/export");
    expect(text).toContain("Download Tong-hop.xlsx here (the link works for 24 hours)");
    expect(text).toContain("1. Excel");
    expect(text).toContain("Answer with a number, for example 1");
    expect(text).not.toMatch(/Tải tệp|Trả lời bằng số/);
  });
});
