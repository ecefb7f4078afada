import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelIdentities, people } from "../../../src/db/schema.js";
import { stripUnsafe } from "../../../src/domain/safe-text.js";
import { csvField } from "../../../src/exports/cells.js";
import { createLogger } from "../../../src/logger.js";
import { createInvite } from "../../../src/services/invites.js";
import { createHttpApp, WEBHOOK_MAX_BYTES } from "../../../src/server/http.js";
import { cli } from "../../support/cli.js";
import { buildEngine, ChatUser, demoWorld, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { interceptedBot } from "../../support/telegram.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
});
afterAll(() => t.destroy());

const NASTY = ["\u001b[J\u001bc", "\u202e", "\u200b", "\u2066", "\ufeff", "\u0000", "\ud800"];

describe("hostile characters are taken out at the boundary (issue #16, low)", () => {
  it("the pure rule: controls, bidi, zero-width, BOM, NUL and lone surrogates go; Vietnamese, emoji, line breaks stay", () => {
    expect(stripUnsafe("Nguyễn \u001b[J\u001bc Văn Thoát")).toBe("Nguyễn [Jc Văn Thoát");
    expect(stripUnsafe("Lê\u200b Thị\u202e Hoa\u0000\ud800")).toBe("Lê Thị Hoa");
    expect(stripUnsafe("Tổ Toán – Tin 📐\nDòng 2\tcột")).toBe("Tổ Toán – Tin 📐\nDòng 2\tcột");
    expect(csvField("A\u0007B\u202eC")).toBe("ABC");
  });

  it("a name typed in chat is stored without them; one made only of them is refused with a clear reply", async () => {
    const code = (
      await createInvite(t.db, { provinceId: world.provinceId, unitId: world.unitId, role: "staff", expiresAt: null, maxUses: 10 }, "test")
    ).code;
    const u = new ChatUser(
      buildEngine(t, () => now),
      "9101",
      "zalo",
    );
    await u.say(code);
    await u.say("1");
    await u.say(NASTY.join(""));
    expect(u.text()).toContain("Vui lòng nhập");
    await u.say(`Nguyễn ${NASTY.join("")} Văn\u200b Thoát`);
    await u.say("1");
    const [identity] = await t.db.select().from(channelIdentities).where(eq(channelIdentities.externalId, "9101"));
    const [p] = await t.db.select().from(people).where(eq(people.id, identity!.personId));
    expect(p!.fullName).toBe("Nguyễn [Jc Văn Thoát");
  });

  it("the CLI prints stored text escape-safe; NUL in an imported CSV is a line-numbered rejection", async () => {
    await t.db.update(people).set({ fullName: "Trần \u001b[2J\u001bc Hacker" }).where(eq(people.id, world.staff[1]!.personId));
    const listed = await cli(t, ["people", "list", "--unit", world.unitCode], { locale: "vi" });
    expect(listed.output).toContain("Trần [2Jc Hacker");
    expect(listed.output).not.toContain("\u001b");

    const dir = await mkdtemp(path.join(tmpdir(), "nul-"));
    const file = path.join(dir, "canbo.csv");
    await writeFile(
      file,
      [
        "Họ và tên,Chức vụ,Mã đơn vị,Vai trò",
        `Ngô Thị Sạch,Giáo viên,${world.unitCode},giáo viên`,
        `Ngô Văn\u0000Bẩn,Giáo viên,${world.unitCode},giáo viên`,
        `Lý Thị\u202e Ẩn,Giáo viên,${world.unitCode},giáo viên`,
      ].join("\n"),
    );
    const imported = await cli(t, ["people", "import", file], { locale: "vi" });
    expect(imported.output).toContain("Dòng 3: dòng có ký tự NUL");
    expect(imported.output).toContain("2 mới");
    expect(await t.db.$count(people, eq(people.fullName, "Lý Thị Ẩn"))).toBe(1);
  });

  it("webhook bodies over 1 MB get 413 before they are read", async () => {
    let handled = 0;
    const { bot } = interceptedBot({
      engine: { handle: async () => (handled++, { replies: [], locale: "vi", notified: false, duplicate: false }) },
    });
    const http = createHttpApp({
      logger: createLogger("silent"),
      ready: async () => true,
      telegram: { bot, secret: "tg-secret-12345678" },
    });
    const big = JSON.stringify({ update_id: 1, message: { text: "x".repeat(WEBHOOK_MAX_BYTES) } });
    const res = await http.app.request("/telegram/webhook", {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "tg-secret-12345678" },
      body: big,
    });
    expect(res.status).toBe(413);
    // Without a length header (chunked), the count stops it too.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode("x".repeat(WEBHOOK_MAX_BYTES / 2)));
        controller.close();
      },
    });
    const chunked = await http.app.request("/telegram/webhook", {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "tg-secret-12345678" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(handled).toBe(0);
  });
});
