import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { conversations, people, registrations, roles } from "../../src/db/schema.js";
import { createEngine } from "../../src/flows/engine/engine.js";
import { defineFlow } from "../../src/flows/engine/types.js";
import { flowDeps } from "../../src/flows/index.js";
import { createLogger } from "../../src/logger.js";
import { buildEngine, ChatUser, demoWorld, link, translator, TZ, type DemoWorld } from "../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");
let nextId = 3000;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
});
afterAll(() => t.destroy());

/** A fresh teacher of the demo unit, linked to a new chat id. */
async function teacher(index: number) {
  const externalId = String(++nextId);
  await link(t, world.staff[index]!.personId, externalId);
  return new ChatUser(
    buildEngine(t, () => now),
    externalId,
  );
}

const state = async (externalId: string) =>
  (
    await t.db
      .select()
      .from(conversations)
      .where(and(eq(conversations.channel, "telegram"), eq(conversations.externalId, externalId)))
  )[0]!;

/** Walks the staff flow up to the given step. */
const STEPS: Array<[string, (u: ChatUser) => Promise<unknown>]> = [
  ["identity", (u) => u.say("/register")],
  ["title", (u) => u.press("Đúng")],
  ["award", (u) => u.press("Lao động tiên tiến")],
  ["initiative", (u) => u.press("Không đăng ký")],
  ["initiative-title", (u) => u.press("Có")],
  ["initiative-subject", (u) => u.say("Dạy học theo dự án môn Vật lý")],
  ["review", (u) => u.say("Vật lý")],
];

async function walkTo(u: ChatUser, step: string) {
  for (const [name, act] of STEPS) {
    await act(u);
    if (name === step) return;
  }
}

describe("flow engine", () => {
  it("resumes after a restart: a new engine and a new connection continue where the user was", async () => {
    const u = await teacher(0);
    await walkTo(u, "award");
    expect((await state(u.externalId)).step).toBe("award");
    // A restart: a new engine; on a real server also a new connection pool.
    const other = t.url ? await openDatabase({ databaseUrl: t.url, dataDir: "unused" }) : null;
    const engine = buildEngine(other ?? t, () => now);
    const again = new ChatUser(engine, u.externalId);
    again.last = u.last;
    await again.press("Giấy khen của Thủ trưởng đơn vị");
    expect(again.text()).toContain("Bạn có dự kiến sáng kiến");
    await again.press("Không");
    await again.press("Lưu đăng ký");
    await other?.close();
    const [row] = await t.db.select().from(registrations).where(eq(registrations.personId, world.staff[0]!.personId));
    expect(row).toMatchObject({ titleCode: "LDTT", awardCode: "GIAY_KHEN_DON_VI" });
  });

  it("an update delivered twice has the effect of once", async () => {
    const u = await teacher(1);
    await walkTo(u, "title");
    const token = u.buttonToken("Chiến sĩ thi đua cơ sở");
    const first = await u.send({ kind: "choice", token }, "dup-1");
    expect(first.length).toBeGreaterThan(0);
    const before = await state(u.externalId);
    const second = await u.send({ kind: "choice", token }, "dup-1");
    expect(second).toEqual([]);
    const after = await state(u.externalId);
    expect(after.version).toBe(before.version);
    expect(after.step).toBe("award");
  });

  it("two updates of one user at once: one moves the flow, the other is told its button is stale", async () => {
    const u = await teacher(2);
    await walkTo(u, "identity");
    const token = u.buttonToken("Đúng");
    const [a, b] = await Promise.all([u.send({ kind: "choice", token }, "race-a"), u.send({ kind: "choice", token }, "race-b")]);
    const texts = [a, b].map((r) => r.map((m) => ("text" in m ? m.text : "")).join(" "));
    // Both end on the title question: the winner moved there, the loser is shown where things stand.
    expect(texts.filter((x) => x.includes("thuộc một tin nhắn cũ"))).toHaveLength(1);
    expect(texts.every((x) => x.includes("Bạn đăng ký danh hiệu thi đua nào"))).toBe(true);
    expect((await state(u.externalId)).step).toBe("title");
  });

  it("when the conversation's own update fails, the whole step rolls back and a redelivery succeeds", async () => {
    const u = await teacher(9);
    await walkTo(u, "review");
    // The conversation's version at the top of the integer range: the step's last statement (the
    // conversation update, sent together with COMMIT) fails after the registration was written.
    // Like every write of a conversation, this one moves its revision on.
    await t.db
      .update(conversations)
      .set({ version: 2147483647, revision: sql`revision + 1` })
      .where(eq(conversations.externalId, u.externalId));
    const personId = world.staff[9]!.personId;
    const failure = await u.send({ kind: "text", text: "Lưu đăng ký" }, "overflow-1").catch((e: Error) => e);
    expect(String((failure as Error).cause)).toMatch(/out of range/);
    expect(await t.db.$count(registrations, eq(registrations.personId, personId))).toBe(0);
    expect(await state(u.externalId)).toMatchObject({ step: "review", version: 2147483647 });

    // The same update, redelivered once the cause is gone, is handled (its id was not kept).
    await t.db
      .update(conversations)
      .set({ version: 40, revision: sql`revision + 1` })
      .where(eq(conversations.externalId, u.externalId));
    const replies = await u.send({ kind: "text", text: "Lưu đăng ký" }, "overflow-1");
    expect(replies.map((r) => ("text" in r ? r.text : "")).join(" ")).toContain("Đã lưu");
    expect(await t.db.$count(registrations, eq(registrations.personId, personId))).toBe(1);
    expect(await state(u.externalId)).toMatchObject({ flow: null, step: null });
  });

  it.each(STEPS.map(([s]) => s))("/cancel works at step %s and a new /register starts afresh", async (step) => {
    const u = await teacher(3);
    await walkTo(u, step);
    await u.say("/huy");
    expect(u.text()).toBe("Đã hủy việc đang làm. Những gì bạn đã lưu trước đó vẫn còn nguyên.");
    expect(await state(u.externalId)).toMatchObject({ flow: null, step: null, data: {} });
    await u.say("/register");
    expect(u.text()).toContain("Thông tin của bạn:");
  });

  const BAD: Array<[string, Parameters<ChatUser["send"]>[0], RegExp]> = [
    ["empty text", { kind: "text", text: "   " }, /chưa nhập gì|chọn một trong các lựa chọn/],
    ["5,000 characters", { kind: "text", text: "á".repeat(5000) }, /quá dài|chọn một trong các lựa chọn/],
    ["only emoji", { kind: "text", text: "😀🎉👍" }, /cần có chữ hoặc số|chọn một trong các lựa chọn/],
    ["a photo", { kind: "file", file: { fileId: "AgAD", kind: "photo", size: 1000 } }, /trả lời bằng chữ, không phải ảnh/],
    ["a formula", { kind: "text", text: '=HYPERLINK("http://x")' }, /công thức bảng tính|chọn một trong các lựa chọn/],
    ["an unknown command", { kind: "command", name: "foo", args: "" }, /Không có lệnh \/foo/],
    ["a sticker", { kind: "unsupported" }, /chưa đọc được loại tin nhắn/],
    ["a forged button", { kind: "choice", token: "999:0" }, /thuộc một tin nhắn cũ/],
    ["an out-of-range button", { kind: "choice", token: "0:99" }, /thuộc một tin nhắn cũ/],
  ];

  for (const [step] of STEPS) {
    it.each(BAD)(
      `at step ${step}, %s gets a friendly reply, the same question again, and changes nothing`,
      async (_name, payload, reply) => {
        const u = await teacher(4);
        await walkTo(u, step);
        const before = await state(u.externalId);
        const question = u.last[u.last.length - 1]!;
        const replies = await u.send(payload);
        expect(replies[0]!.type).toBe("text");
        expect("text" in replies[0]! && replies[0].text).toMatch(reply);
        // The same question is asked again, with working buttons.
        const again = replies[replies.length - 1]!;
        expect("text" in again && again.text).toBe("text" in question && question.text);
        const after = await state(u.externalId);
        expect(after).toMatchObject({ flow: before.flow, step: before.step, data: before.data, version: before.version });
      },
    );
  }

  it("decomposed (NFD) Vietnamese is stored as NFC", async () => {
    const u = await teacher(5);
    await walkTo(u, "initiative-title");
    const nfd = "Đổi mới phương pháp dạy học Lịch sử".normalize("NFD");
    await u.say(nfd);
    await u.say("Lịch sử".normalize("NFD"));
    await u.press("Lưu đăng ký");
    const [row] = await t.db.select().from(registrations).where(eq(registrations.personId, world.staff[5]!.personId));
    expect(row!.initiativeTitle).toBe("Đổi mới phương pháp dạy học Lịch sử".normalize("NFC"));
    expect(row!.initiativeSubject).toBe("Lịch sử".normalize("NFC"));
  });

  it("typed answers work like buttons: the number, the text, or the text without diacritics", async () => {
    const u = await teacher(6);
    await walkTo(u, "title");
    await u.say("chien si thi dua co so");
    expect(u.text()).toContain("Hình thức khen thưởng");
    await u.say("1");
    expect(u.text()).toContain("Bạn có dự kiến sáng kiến");
    await u.say("khong");
    expect(u.text()).toContain("XEM LẠI ĐĂNG KÝ");
  });

  it("/help in the middle of a flow answers and asks the same step again", async () => {
    const u = await teacher(7);
    await walkTo(u, "award");
    await u.say("/trogiup");
    expect(u.last[0]!.type).toBe("text");
    // Vietnamese help cites the Vietnamese command word first.
    expect(u.text()).toContain("/dangky (/register)");
    expect(u.text()).toContain("Hình thức khen thưởng đăng ký");
    expect((await state(u.externalId)).step).toBe("award");
  });

  it("/language switches the language for this person", async () => {
    const u = await teacher(8);
    await u.say("/ngonngu");
    await u.press("English");
    expect(u.text()).toBe("Switched to English.");
    await u.say("/register");
    expect(u.text()).toContain("Your details:");
  });
});

describe("conversations remembered by an instance", () => {
  /** A new member of staff of the demo unit, linked to a new chat id (the demo's own are taken above). */
  async function newTeacher(fullName: string) {
    const [person] = await t.db
      .insert(people)
      .values({ provinceId: world.provinceId, unitId: world.unitId, fullName, position: "Giáo viên" })
      .returning();
    await t.db.insert(roles).values({ provinceId: world.provinceId, personId: person!.id, role: "staff", unitId: world.unitId });
    const externalId = String(++nextId);
    await link(t, person!.id, externalId);
    return { personId: person!.id, externalId };
  }

  it("two instances taking turns on one chat: each step follows the other's, none is lost or repeated", async () => {
    const { externalId } = await newTeacher("Trần Thị Luân Phiên");
    const a = new ChatUser(
      buildEngine(t, () => now),
      externalId,
    );
    const b = new ChatUser(
      buildEngine(t, () => now),
      externalId,
    );
    const handOver = (from: ChatUser, to: ChatUser) => (to.last = from.last);

    await a.say("/dangky");
    handOver(a, b);
    await b.press("Đúng");
    expect(b.text()).toContain("Bạn đăng ký danh hiệu thi đua nào");
    // A remembers the chat at the identity question; the stored chat is at the title question.
    handOver(b, a);
    await a.press("Lao động tiên tiến");
    expect(a.text()).toContain("Hình thức khen thưởng");
    expect((await state(externalId)).step).toBe("award");
    handOver(a, b);
    await b.press("Không đăng ký");
    expect(b.text()).toContain("Bạn có dự kiến sáng kiến");
    handOver(b, a);
    await a.press("Không");
    handOver(a, b);
    await b.press("Lưu đăng ký");
    expect(b.text()).toContain("Đã lưu");
    const saved = await t.db
      .select()
      .from(registrations)
      .where(eq(registrations.personId, (await state(externalId)).personId!));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ titleCode: "LDTT", awardCode: null });
  });

  it("a name corrected elsewhere (an import, the CLI) shows at the person's next step", async () => {
    const { personId, externalId } = await newTeacher("Lê Văn Cũ");
    const u = new ChatUser(
      buildEngine(t, () => now),
      externalId,
    );
    await u.say("/dangky");
    expect(u.text()).toContain("Lê Văn Cũ");
    await t.db.update(people).set({ fullName: "Lê Văn Mới" }).where(eq(people.id, personId));
    await u.say("/dangky");
    expect(u.text()).toContain("Lê Văn Mới");
    expect(u.text()).not.toContain("Lê Văn Cũ");
  });

  it("a person taken off the unit between two steps is stopped at the next one", async () => {
    const { personId, externalId } = await newTeacher("Phạm Thị Chuyển Trường");
    const u = new ChatUser(
      buildEngine(t, () => now),
      externalId,
    );
    await u.say("/dangky");
    await t.db.delete(roles).where(eq(roles.personId, personId));
    await t.db.update(people).set({ unitId: null }).where(eq(people.id, personId));
    await u.press("Đúng");
    expect(u.text()).toContain("Vai trò của bạn không dùng được chức năng này");
    expect(await state(externalId)).toMatchObject({ flow: null, step: null });
  });

  it("a long step (a province's export) runs once, even when the remembered copy is out of date", async () => {
    let runs = 0;
    const long = defineFlow<Record<string, unknown>>({
      name: "long-test",
      longSteps: true,
      allowed: () => true,
      start: async () => ({ next: "go" }),
      steps: {
        go: {
          id: "go",
          input: "choice",
          prompt: () => ({ key: "common-yes" }),
          options: () => [{ value: "go", label: "Chạy" }],
          async onAnswer() {
            runs++;
            return { done: true, say: [{ key: "flow-cancelled" }] };
          },
        },
      },
    });
    const engine = createEngine({
      ...flowDeps,
      flows: [...flowDeps.flows, long],
      idleText: (text) => (text === "chạy thử" ? { flow: "long-test", data: {} } : null),
      db: t.db,
      translator,
      logger: createLogger("silent"),
      timeZone: TZ,
      defaultLocale: "vi",
      now: () => now,
    });
    const { externalId } = await newTeacher("Hoàng Văn Xuất");
    const u = new ChatUser(engine, externalId);
    await u.say("chạy thử");
    // Another instance saved the chat meanwhile: this instance's copy is one revision behind.
    await t.db
      .update(conversations)
      .set({ revision: sql`revision + 1` })
      .where(eq(conversations.externalId, externalId));
    await u.press("Chạy");
    expect(runs).toBe(1);
    expect(u.text()).toBe(translator.t("vi", "flow-cancelled"));
  });
});
