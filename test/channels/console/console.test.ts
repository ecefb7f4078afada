import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConsole } from "../../../src/channels/console/console.js";
import { createPersonaDirectory, listPersonas, type Persona } from "../../../src/demo/personas.js";
import { channelIdentities } from "../../../src/db/schema.js";
import { createTranslator } from "../../../src/i18n.js";
import { loadDemo } from "../../../src/services/demo.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { DOC_BYTES, FakeEngine, TITLES } from "./fake-engine.js";

const translator = createTranslator("vi");
const t = (key: string, vars?: Record<string, string | number>) => translator.t("vi", key, vars);

let database: TestDatabase;
let provinceId: number;
let personas: Persona[];
let filesDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ provinceId } = await loadDemo(database.db, new Date(), "Asia/Ho_Chi_Minh", (key, vars) => translator.t("vi", key, vars)));
  personas = await listPersonas(database.db, provinceId);
  filesDir = mkdtempSync(path.join(tmpdir(), "console-test-"));
});
afterAll(async () => {
  rmSync(filesDir, { recursive: true, force: true });
  await database.destroy();
});

/** Pipes the lines in as stdin (ending it unless told not to) and collects stdout. */
async function session(lines: string[], { end = true } = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.setEncoding("utf8");
  let out = "";
  output.on("data", (chunk: string) => (out += chunk));
  const engine = new FakeEngine();
  const done = runConsole({
    engine,
    personas: createPersonaDirectory(database.db),
    translator,
    locale: "vi",
    input,
    output,
    provinceId,
    filesDir,
  });
  input.write(lines.map((l) => `${l}\n`).join(""));
  if (end) input.end();
  await done;
  return { out, engine, input };
}

const consoleIdentities = (personId: number) =>
  database.db
    .select()
    .from(channelIdentities)
    .where(and(eq(channelIdentities.personId, personId), eq(channelIdentities.channel, "console")));

describe("runConsole", () => {
  it("shows the banner, the personas with their Vietnamese names and roles, then the hint", async () => {
    const { out } = await session(["1"]);
    expect(out.startsWith(t("console-banner"))).toBe(true);
    personas.forEach((p, i) => expect(out).toContain(`${i + 1}. ${p.fullName} – ${t(`role-${p.role}`)}, ${p.unitName}`));
    expect(out).toContain("Văn phòng Sở");
    expect(out).toContain(t("console-hint"));
    expect(out).toContain("/dangky");
  });

  it("binds the picked persona once, even when it is picked again", async () => {
    const staff = personas.findIndex((p) => p.role === "staff");
    const persona = personas[staff]!;
    expect(await consoleIdentities(persona.personId)).toHaveLength(0);
    const { out } = await session([String(staff + 1), "/persona", String(staff + 1), "/quit"]);
    expect(await consoleIdentities(persona.personId)).toHaveLength(1);
    expect(out).toContain(t("console-persona-chosen", { name: persona.fullName, role: t("role-staff"), unit: persona.unitName! }));
  });

  it("asks again after a wrong persona number", async () => {
    const { out, engine } = await session(["9", "abc", "2", "xin chào"]);
    expect(out).toContain(t("console-pick-invalid", { max: personas.length }));
    expect(engine.events).toHaveLength(1);
    expect(engine.events[0]!.user.externalId).toBe(`person-${personas[1]!.personId}`);
  });

  it("sends each line, in order and one at a time, as a command or a text event", async () => {
    const { engine } = await session(["1", "/dangky", "", "Xin chào bot", "2", "/tiendo THPT01"]);
    const user = { channel: "console", externalId: `person-${personas[0]!.personId}` };
    expect(engine.events.map((e) => e.payload)).toEqual([
      { kind: "command", name: "dangky", args: "" },
      // Issue 17: an empty line is answered too, so it goes to the engine.
      { kind: "text", text: "" },
      { kind: "text", text: "Xin chào bot" },
      { kind: "text", text: "2" },
      { kind: "command", name: "tiendo", args: "THPT01" },
    ]);
    for (const e of engine.events) expect(e.user).toEqual(user);
    const ids = engine.events.map((e) => e.updateId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(engine.overlapped).toBe(false);
  });

  it("gives every line a new update id across sessions", async () => {
    const a = await session(["1", "một"]);
    const b = await session(["1", "một"]);
    expect(a.engine.events[0]!.updateId).not.toBe(b.engine.events[0]!.updateId);
  });

  it("numbers choices and says how to answer; the typed answer goes to the engine as text", async () => {
    const { out, engine } = await session(["1", "/register", "1"]);
    expect(out).toContain(
      ["Chọn danh hiệu thi đua:", `1. ${TITLES[0]}`, `2. ${TITLES[1]}`, "Trả lời bằng số, ví dụ 1, hoặc gõ nội dung lựa chọn."].join("\n"),
    );
    expect(engine.events[1]!.payload).toEqual({ kind: "text", text: "1" });
  });

  it("saves documents to the files folder and prints the path", async () => {
    const { out } = await session(["1", "xuất"]);
    const line = out.split("\n").find((l) => l.startsWith("Đã lưu tệp: "));
    const saved = line!.slice("Đã lưu tệp: ".length);
    expect(path.dirname(saved)).toBe(path.resolve(filesDir));
    expect(path.basename(saved)).toMatch(/^Trường THPT-DKTD NH 2025-2026( \(\d+\))?\.docx$/);
    expect(existsSync(saved)).toBe(true);
    expect(new Uint8Array(readFileSync(saved))).toEqual(DOC_BYTES);
    expect(out).toContain(`Bản đăng ký\n${line}`);
  });

  it("does not overwrite an earlier document of the same name", async () => {
    const first = await session(["1", "xuất"]);
    const second = await session(["1", "xuất"]);
    const pathOf = (out: string) => out.split("\n").find((l) => l.startsWith("Đã lưu tệp: "));
    expect(pathOf(first.out)).not.toBe(pathOf(second.out));
  });

  it("prints links as text and URL", async () => {
    const { out } = await session(["1", "link"]);
    expect(out).toContain("Hướng dẫn: https://example.org/huong-dan");
  });

  it("keeps going after a failed line", async () => {
    const { out, engine } = await session(["1", "lỗi", "sau đó"]);
    expect(out).toContain(t("update-failed"));
    expect(out).toContain("Bạn đã gõ: sau đó");
    expect(engine.events).toHaveLength(2);
  });

  it("ends on /quit while input is still open, ignoring later lines", async () => {
    const { out, engine, input } = await session(["1", "trước", "/quit", "sau"], { end: false });
    expect(engine.events.map((e) => e.payload)).toEqual([{ kind: "text", text: "trước" }]);
    expect(out.trimEnd().endsWith(t("console-bye"))).toBe(true);
    input.end();
  });

  it("ends on /quit at the persona prompt and at the end of input", async () => {
    const quit = await session(["/quit"], { end: false });
    expect(quit.engine.events).toHaveLength(0);
    quit.input.end();
    const eof = await session(["1", "cuối cùng"]);
    expect(eof.engine.events).toHaveLength(1);
    expect(eof.out.trimEnd().endsWith(t("console-bye"))).toBe(true);
    const empty = await session([]);
    expect(empty.out).toContain(t("console-personas-title"));
  });

  it("writes plain text only, without a prompt or ANSI codes, when not on a terminal", async () => {
    const { out } = await session(["1", "/register", "2", "xuất", "link", "/persona", "3", "/quit"]);
    expect(out).not.toMatch(/\u001b/);
    expect(out).not.toContain("> ");
  });

  it("says so when the province has nobody to play", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.setEncoding("utf8");
    let out = "";
    output.on("data", (c: string) => (out += c));
    input.end("1\n");
    await runConsole({
      engine: new FakeEngine(),
      personas: createPersonaDirectory(database.db),
      translator,
      locale: "en",
      input,
      output,
      provinceId: provinceId + 999,
      filesDir,
    });
    expect(out).toContain(translator.t("en", "console-no-personas"));
  });
});
