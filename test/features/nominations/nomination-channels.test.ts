import { PassThrough } from "node:stream";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConsole } from "../../../src/channels/console/console.js";
import { createPersonaDirectory, listPersonas } from "../../../src/demo/personas.js";
import { nominationEvidence, nominations, units } from "../../../src/db/schema.js";
import { buildEngine, demoWorld, link, translator, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { interceptedBot, TelegramUser, updates } from "../../support/telegram.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
});
afterAll(() => t.destroy());

describe("a nomination through the real channel adapters", () => {
  it("Telegram: buttons all the way, a PDF as evidence, a draft stored", async () => {
    await link(t, world.focal.personId, "61001");
    const { bot, calls } = interceptedBot({ engine: buildEngine(t, () => now) });
    const u = new TelegramUser(bot, calls, 61001);
    const [unit] = await t.db.select().from(units).where(eq(units.id, world.unitId));
    expect((await u.say("/dienhinh")).texts.join("\n")).toContain("ĐIỂN HÌNH TIÊN TIẾN");
    await u.press("Đề xuất mới");
    await u.press("Tập thể");
    expect(u.seen().buttons.map((b) => b.text)).toEqual([unit!.name]);
    await u.press(unit!.name);
    await u.say("Xây dựng trường học hạnh phúc");
    await u.say("Trường đạt chuẩn quốc gia mức 2, nhiều năm liền tập thể lao động xuất sắc.");
    for (let i = 0; i < 3; i++) {
      await u.press("Hoàn thành xuất sắc");
      await u.press("Tập thể lao động xuất sắc");
    }
    for (let i = 0; i < 10; i++) await u.press("Có");
    const got = await u.send(updates.document(61001, "quyet-dinh.pdf", "application/pdf", 250_000));
    expect(got.texts[0]).toBe(translator.t("vi", "nomination-evidence-received", { count: 1 }));
    await u.press("Xong");
    expect(u.seen().texts.join("\n")).toContain(`Tập thể: ${unit!.name}`);
    await u.press("Lưu bản nháp");
    const [row] = await t.db.select().from(nominations).where(eq(nominations.nomineeName, unit!.name));
    expect(row).toMatchObject({ kind: "collective", status: "draft" });
    const [ev] = await t.db.select().from(nominationEvidence).where(eq(nominationEvidence.nominationId, row!.id));
    expect(ev).toMatchObject({ channel: "telegram", fileName: "quyet-dinh.pdf", mime: "application/pdf", size: 250_000 });
  });

  it("console: the focal persona types numbers and words; evidence is left for the office", async () => {
    const personas = await listPersonas(t.db, world.provinceId);
    const index = personas.findIndex((p) => p.personId === world.focal.personId) + 1;
    expect(index).toBeGreaterThan(0);
    const lines = [
      String(index),
      "/dienhinh",
      "1",
      "ca nhan",
      world.staff[2]!.name,
      "Công tác chủ nhiệm lớp",
      "Giáo viên chủ nhiệm giỏi cấp tỉnh ba năm liền, lớp chủ nhiệm dẫn đầu phong trào.",
    ];
    for (let i = 0; i < 3; i++) lines.push("1", "1");
    lines.push("khong co");
    for (let i = 0; i < 10; i++) lines.push("co");
    lines.push("xong", "luu ban nhap", "/quit");
    const input = new PassThrough();
    const output = new PassThrough();
    output.setEncoding("utf8");
    let out = "";
    output.on("data", (c: string) => (out += c));
    const done = runConsole({
      engine: buildEngine(t, () => now),
      personas: createPersonaDirectory(t.db),
      translator,
      locale: "vi",
      input,
      output,
      provinceId: world.provinceId,
      filesDir: mkdtempSync(path.join(tmpdir(), "nom-console-")),
    });
    input.write(lines.map((l) => `${l}\n`).join(""));
    await done;
    expect(out).toContain("Nếu ứng dụng của bạn không gửi được tệp cho bot");
    expect(out).toContain(`Đã lưu bản nháp đề xuất ${world.staff[2]!.name}.`);
    const [row] = await t.db.select().from(nominations).where(eq(nominations.personId, world.staff[2]!.personId));
    expect(row).toMatchObject({ kind: "individual", status: "draft", field: "Công tác chủ nhiệm lớp" });
    expect(row!.years.map((y) => y.rating)).toEqual(["HTXSNV", "HTXSNV", "HTXSNV"]);
  });
});
