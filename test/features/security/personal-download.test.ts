import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { campaigns, outbox, people, personalLinks, personYears, registrations } from "../../../src/db/schema.js";
import { signFileToken } from "../../../src/files/links.js";
import { decodeReplies, encodeReplies } from "../../../src/flows/engine/replies.js";
import { writeAudit } from "../../../src/services/audit.js";
import { buildEngine, ChatUser, demoWorld, link, translator, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { startFakeZalo, type FakeZalo } from "../../support/fake-zalo.js";
import { interceptedBot, TelegramUser } from "../../support/telegram.js";
import { LINK_SECRET, zaloServer } from "../../support/zalo-world.js";

let t: TestDatabase;
let world: DemoWorld;
let fake: FakeZalo;
const now = new Date("2026-11-22T03:00:00Z");
/** The file route's clock runs ahead of the real one by this much (links are made on the real clock). */
let ahead = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  fake = await startFakeZalo();
});
afterAll(async () => {
  await fake.close();
  await t.destroy();
});

const LINK_RE = /https:\/\/bot\.example\.vn\/files\/([A-Za-z0-9_-]+)/g;

describe("the /me download works once, for its owner, for 15 minutes (issue #16)", () => {
  it("on Zalo: one-use links stating 15 minutes; a second download, a late one and forged ones are refused", async () => {
    const me = world.staff[3]!;
    await link(t, me.personId, "zl-owner", "zalo");
    const zalo = zaloServer(
      fake,
      buildEngine(t, () => now),
      async () => true,
      { db: t.db, now: () => new Date(Date.now() + ahead) },
    );
    const owner = zalo.user("zl-owner");
    await owner.say("/toi");
    const reply = await owner.say("6");
    expect(reply).toContain("dùng được một lần và hết hạn sau 15 phút");
    expect(reply).not.toContain("24 giờ");
    const tokens = [...reply.matchAll(LINK_RE)].map((m) => m[1]!);
    expect(tokens).toHaveLength(2);
    // Only digests are kept: the database alone opens nothing.
    const rows = await t.db.select().from(personalLinks).where(eq(personalLinks.personId, me.personId));
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(tokens).not.toContain(r.tokenHash);

    const first = await zalo.http.app.request(`/files/${tokens[0]}`);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-disposition")).toContain(`du-lieu-ca-nhan-${me.personId}.xlsx`);
    const again = await zalo.http.app.request(`/files/${tokens[0]}`);
    expect(again.status).toBe(410);
    const page = await again.text();
    expect(page).toContain("Liên kết này đã được dùng một lần");
    expect(page).toContain("Tải dữ liệu của tôi");
    expect(page).toContain("This link has already been used once");

    // The second link, opened 16 minutes later: expired, and its file is gone from the server.
    ahead = 16 * 60_000;
    const late = await zalo.http.app.request(`/files/${tokens[1]}`);
    ahead = 0;
    expect(late.status).toBe(410);
    expect(await late.text()).toContain("đã quá 15 phút");
    for (const r of rows) expect(await zalo.store.get(r.fileKey)).toBeNull();

    // Forgeries: a made-up token, one letter changed, a signed 24-hour link to her file without the secret.
    const madeUp = await zalo.http.app.request(`/files/${"A".repeat(43)}`);
    expect(madeUp.status).toBe(403);
    const flipped = tokens[1]!.slice(0, -1) + (tokens[1]!.endsWith("A") ? "B" : "A");
    expect((await zalo.http.app.request(`/files/${flipped}`)).status).toBe(403);
    const signedWrong = signFileToken(rows[0]!.fileKey, new Date(Date.now() + 3600_000), "not-the-secret");
    expect((await zalo.http.app.request(`/files/${signedWrong}`)).status).toBe(403);
    // Even with the right secret, a used personal file is no longer on the server.
    const signedRight = signFileToken(rows[0]!.fileKey, new Date(Date.now() + 3600_000), LINK_SECRET);
    expect((await zalo.http.app.request(`/files/${signedRight}`)).status).toBe(404);
  });

  it("another person's chat gets only its own data; links that expired unopened lose their files", async () => {
    const me = world.staff[4]!;
    const other = world.staff[5]!;
    await link(t, me.personId, "zl-a", "zalo");
    await link(t, other.personId, "zl-b", "zalo");
    const zalo = zaloServer(
      fake,
      buildEngine(t, () => now),
      async () => true,
      { db: t.db },
    );
    await zalo.user("zl-a").say("/toi");
    const firstAsk = [...(await zalo.user("zl-a").say("6")).matchAll(LINK_RE)].map((m) => m[1]!);
    const mine = await zalo.http.app.request(`/files/${firstAsk[1]}`);
    expect(mine.status).toBe(200);
    const data = JSON.parse(await mine.text());
    expect(data["Thông tin cá nhân"][0]["Họ và tên"]).toBe(me.name);
    await zalo.user("zl-b").say("/toi");
    const theirs = [...(await zalo.user("zl-b").say("6")).matchAll(LINK_RE)].map((m) => m[1]!);
    const json = JSON.parse(await (await zalo.http.app.request(`/files/${theirs[1]}`)).text());
    expect(json["Thông tin cá nhân"][0]["Họ và tên"]).toBe(other.name);
    expect(JSON.stringify(json)).not.toContain(me.name);
    // The first person's workbook link was never opened; once it has expired, the next link made sweeps its file away.
    const [unopened] = await t.db
      .select()
      .from(personalLinks)
      .where(eq(personalLinks.personId, me.personId))
      .orderBy(personalLinks.id)
      .limit(1);
    expect(unopened!.usedAt).toBeNull();
    expect(await zalo.store.get(unopened!.fileKey)).not.toBeNull();
    await t.db
      .update(personalLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(personalLinks.id, unopened!.id));
    await zalo.user("zl-b").say("/toi");
    await zalo.user("zl-b").say("6");
    expect(await zalo.store.get(unopened!.fileKey)).toBeNull();
  });

  it("a reply kept for redelivery after a crash still marks the file as personal (never a 24-hour link)", () => {
    const kept = decodeReplies(
      encodeReplies([
        { type: "document", fileName: "du-lieu.json", mime: "application/json", content: new Uint8Array([123, 125]), owner: 42 },
      ]),
    );
    expect(kept[0]).toMatchObject({ type: "document", owner: 42 });
  });

  it("on Telegram the files go into the owner's own chat as documents, not as links", async () => {
    const me = world.staff[6]!;
    await link(t, me.personId, "881006");
    const { bot, calls } = interceptedBot({ engine: buildEngine(t, () => now) });
    const owner = new TelegramUser(bot, calls, 881006);
    await owner.say("/toi");
    const mark = calls.length;
    await owner.press("Tải dữ liệu");
    const docs = calls.slice(mark).filter((c) => c.method === "sendDocument");
    expect(docs).toHaveLength(2);
    for (const d of docs) expect(String(d.payload.chat_id)).toBe("881006");
    const texts = calls
      .slice(mark)
      .filter((c) => c.method === "sendMessage")
      .map((c) => String(c.payload.text));
    expect(texts.join()).not.toContain("/files/");
    expect(await t.db.$count(personalLinks, eq(personalLinks.personId, me.personId))).toBe(0);
  });
});

describe("the personal export speaks the reader's words, never internal codes (issue #16)", () => {
  /** Her row, with codes everywhere: a pending LĐTT registration, HTTNV with LĐTT, a sent message, audit entries. */
  async function seed(personId: number) {
    const [campaign] = await t.db.select().from(campaigns).limit(1);
    await t.db
      .insert(registrations)
      .values({
        provinceId: world.provinceId,
        campaignId: campaign!.id,
        unitId: world.unitId,
        personId,
        titleCode: "LDTT",
        status: "pending",
      })
      .onConflictDoNothing();
    await t.db
      .insert(personYears)
      .values({ provinceId: world.provinceId, personId, schoolYear: "2019-2020", rating: "HTTNV", titles: ["LDTT"] });
    await t.db.insert(outbox).values({
      provinceId: world.provinceId,
      personId,
      dedupeKey: `label-${personId}`,
      kind: "notification",
      message: { key: "me-saved" },
      status: "sent",
    });
    await writeAudit(t.db, {
      provinceId: world.provinceId,
      actor: { personId: personId },
      action: "submit",
      entity: "registration",
      entityId: 77,
    });
    await writeAudit(t.db, {
      provinceId: world.provinceId,
      actor: { personId: personId },
      action: "join",
      entity: "person",
      entityId: personId,
    });
  }
  const cellsOf = async (content: Uint8Array) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(content) as never);
    return wb.worksheets[0]!.getSheetValues()
      .flat()
      .filter((v) => v !== undefined && v !== null)
      .map(String);
  };
  const CODES = ["LDTT", "HTTNV", "pending", "registration", "submit", "join", "sent", "notification", "staff", "zalo", "telegram"];

  it("Vietnamese: audit actions, statuses, ratings and titles are words in the workbook and the JSON", async () => {
    const me = world.staff[7]!;
    await seed(me.personId);
    await link(t, me.personId, "9307");
    const u = new ChatUser(
      buildEngine(t, () => now),
      "9307",
    );
    await u.say("/toi");
    await u.press("Tải dữ liệu");
    const docs = u.last.flatMap((m) => (m.type === "document" ? [m] : []));
    expect(docs.every((d) => d.owner === me.personId)).toBe(true);
    const cells = await cellsOf(docs.find((d) => d.fileName.endsWith(".xlsx"))!.content);
    expect(cells).toContain("Gửi: đăng ký thi đua #77");
    expect(cells).toContain(`Tham gia: hồ sơ cá nhân #${me.personId}`);
    expect(cells).toContain("chờ đầu mối duyệt");
    expect(cells).toContain("Hoàn thành tốt nhiệm vụ");
    expect(cells).toContain("Lao động tiên tiến");
    expect(cells).toContain("đã gửi");
    for (const code of CODES) expect(cells).not.toContain(code);
    const json = new TextDecoder().decode(docs.find((d) => d.fileName.endsWith(".json"))!.content);
    for (const code of CODES) expect(json).not.toContain(`"${code}"`);
    expect(json).not.toMatch(/"(submit|join) (registration|person)/);
  });

  it("English: the same in English for a person who chose English", async () => {
    const me = world.staff[9]!;
    await seed(me.personId);
    await t.db.update(people).set({ locale: "en" }).where(eq(people.id, me.personId));
    await link(t, me.personId, "9309");
    const u = new ChatUser(
      buildEngine(t, () => now),
      "9309",
    );
    await u.say("/me");
    await u.press(translator.t("en", "me-export"));
    const docs = u.last.flatMap((m) => (m.type === "document" ? [m] : []));
    const cells = await cellsOf(docs.find((d) => d.fileName.endsWith(".xlsx"))!.content);
    expect(cells).toContain("Submitted: registration #77");
    expect(cells).toContain(`Joined: personal record #${me.personId}`);
    expect(cells).toContain("sent");
    expect(cells.some((c) => c.startsWith("Activity log"))).toBe(true);
    expect(cells).not.toContain("submit");
    expect(cells).not.toContain("pending");
  });
});
