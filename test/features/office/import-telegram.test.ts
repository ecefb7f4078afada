import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../../../src/db/schema.js";
import { useImportFetchers } from "../../../src/features/import/fetchers.js";
import { buildEngine, demoWorld, link, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { interceptedBot, TelegramUser, updates, type ApiCall } from "../../support/telegram.js";
import { officeAvailable, pdfPages, tempDir, toPdf } from "../../exports/office.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");
/** What the fake Telegram file download returns, by file_id. */
const files = new Map<string, Uint8Array>();
let updateId = 960_000;
/** The rejected rows' workbook of the first test, opened again in LibreOffice. */
let rejectedXlsx: Uint8Array | null = null;

const OFFICE = 96001;
const FOCAL = 96002;
const TEACHER = 96003;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  await link(t, world.office.personId, String(OFFICE));
  await link(t, world.focal.personId, String(FOCAL));
  await link(t, world.staff[0]!.personId, String(TEACHER));
  useImportFetchers({ telegram: { fetch: async (id) => files.get(id)! } });
});
afterAll(() => {
  useImportFetchers({});
  return t.destroy();
});

const setup = () => {
  const { bot, calls } = interceptedBot({ engine: buildEngine(t, () => now) });
  return { calls, as: (id: number) => new TelegramUser(bot, calls, id) };
};
const HEADER = "Họ và tên,Chức vụ,Mã đơn vị,Vai trò";
const all = (seen: { texts: string[] }) => seen.texts.join("\n");

/** Sends a document the way Telegram delivers one; its bytes are what the bot will download. */
function sendFile(u: TelegramUser, name: string, content: Uint8Array | string, size?: number) {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const id = ++updateId;
  files.set(`doc${id}`, bytes);
  return u.send(updates.document(u.userId, name, "text/csv", size ?? bytes.byteLength, id));
}

async function startPeopleImport(u: TelegramUser) {
  await u.say("/nhap");
  await u.press("Cán bộ, giáo viên");
}

const documentsSent = (calls: ApiCall[], chatId: number) =>
  calls.filter((c) => c.method === "sendDocument" && String(c.payload.chat_id) === String(chatId));

describe("/nhap through the Telegram adapter: the rejected rows as a workbook", () => {
  it("30 bad rows: the preview says the file is attached, and the xlsx holds the 30 rows with line, reason and cells", async () => {
    const { calls, as } = setup();
    const office = as(OFFICE);
    await startPeopleImport(office);
    const good = [`Vũ Thị Hợp Lệ,Giáo viên,${world.unitCode},staff`];
    const given =
      "An Bình Chi Dũng Giang Hà Hải Hạnh Hoa Hùng Khánh Lan Linh Long Mai Minh Nam Nga Ngọc Phong Phúc Quân Sơn Tâm Thảo Thắng Trang Trung Tuấn Yến".split(
        " ",
      );
    const bad = given.map((g, i) =>
      i % 2 === 0 ? `Người Sai Mã ${g},Giáo viên,KHONGCO,staff` : `Người Sai Vai ${g},Giáo viên,${world.unitCode},hiệu phó`,
    );
    const seen = await sendFile(office, "canbo-2026.csv", [HEADER, ...good, ...bad].join("\n"));
    expect(all(seen)).toContain("thêm mới 1");
    expect(all(seen)).toContain("bị loại 30");
    expect(all(seen)).toContain("Đủ 30 dòng bị loại (số dòng, lý do, nội dung dòng) có trong tệp Excel gửi kèm");

    const docs = documentsSent(calls, OFFICE);
    expect(docs).toHaveLength(1);
    const input = docs[0]!.payload.document as { filename?: string; fileData: Uint8Array };
    expect(input.filename).toBe("canbo-2026-dong-bi-loai.xlsx");
    expect(docs[0]!.payload.caption).toBe("30 dòng bị loại: số dòng, lý do và nội dung dòng.");
    rejectedXlsx = input.fileData;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(input.fileData) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe("Dòng bị loại");
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(["Dòng", "Lý do", "Họ và tên", "Chức vụ", "Mã đơn vị", "Vai trò"]);
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));
    expect(rows).toHaveLength(30);
    // Line 1 is the header, line 2 the good row: the bad ones are lines 3 to 32.
    expect(rows.map((r) => r.getCell(1).value)).toEqual(Array.from({ length: 30 }, (_, i) => i + 3));
    expect(String(rows[0]!.getCell(2).value)).toContain("KHONGCO");
    expect(rows[0]!.getCell(3).value).toBe("Người Sai Mã An");
    expect(rows[1]!.getCell(3).value).toBe("Người Sai Vai Bình");
    expect(rows[1]!.getCell(6).value).toBe("hiệu phó");
    expect(String(rows[1]!.getCell(2).value).length).toBeGreaterThan(5);
    expect(await t.db.$count(people, like(people.fullName, "Người Sai%"))).toBe(0);
    expect(await t.db.$count(people, eq(people.fullName, "Vũ Thị Hợp Lệ"))).toBe(0);
    await office.press("Nhập");
    expect(await t.db.$count(people, eq(people.fullName, "Vũ Thị Hợp Lệ"))).toBe(1);
  });

  // On CI LibreOffice is installed (.ci/run), so this never skips there.
  it.skipIf(!officeAvailable && process.env.CI !== "true")(
    "the rejected rows' workbook opens in LibreOffice with its headers, lines and reasons",
    async () => {
      expect(rejectedXlsx).not.toBeNull();
      const dir = tempDir("rejected-");
      try {
        const file = path.join(dir, "canbo-2026-dong-bi-loai.xlsx");
        writeFileSync(file, rejectedXlsx!);
        const [pdf] = await toPdf([file], dir);
        const text = (await pdfPages(pdf!)).join("\n");
        expect(text).toMatch(/Dòng\s+Lý do\s+Họ và tên/u);
        expect(text).toContain("Người Sai Mã An");
        expect(text).toContain("KHONGCO");
        expect(text).toMatch(/\b32\b/u);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );

  it("a few bad rows stay in the message, without a file", async () => {
    const { calls, as } = setup();
    const office = as(OFFICE);
    await startPeopleImport(office);
    const seen = await sendFile(office, "it-loi.csv", [HEADER, `Đinh Văn Ít,Giáo viên,KHONGCO,staff`].join("\n"));
    expect(all(seen)).toContain("Dòng 2:");
    expect(all(seen)).not.toContain("tệp Excel gửi kèm");
    expect(documentsSent(calls, OFFICE)).toHaveLength(0);
  });
});

describe("/nhap bad input through the Telegram adapter: a clear reply, nothing imported", () => {
  it("a CSV in an unknown encoding (UTF-16, as Excel's 'Unicode text')", async () => {
    const { as } = setup();
    const office = as(OFFICE);
    await startPeopleImport(office);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from([HEADER, `Hồ Thị Mã Hóa,Giáo viên,${world.unitCode},staff`].join("\r\n"), "utf16le"),
    ]);
    const seen = await sendFile(office, "ma-hoa.csv", new Uint8Array(utf16));
    expect(all(seen)).toContain('Tệp ma-hoa.csv không phải mã UTF-8. Trong Excel chọn "Lưu thành" → "CSV UTF-8".');
    expect(all(seen)).toContain("Gửi tệp .xlsx hoặc .csv");
    expect(await t.db.$count(people, eq(people.fullName, "Hồ Thị Mã Hóa"))).toBe(0);
  });

  it("a file named .xlsx that is not a workbook, and an empty file", async () => {
    const { as } = setup();
    const office = as(OFFICE);
    await startPeopleImport(office);
    const fake = await sendFile(office, "danh-sach.xlsx", "%PDF-1.4 not a workbook");
    expect(all(fake)).toContain("Không đọc được tệp Excel danh-sach.xlsx");
    const empty = await sendFile(office, "trong.csv", "");
    expect(all(empty)).toContain("Tệp trong.csv không có dữ liệu.");
  });

  it("over 10 MB is refused before the bytes are fetched; missing columns write nothing", async () => {
    const { as } = setup();
    const office = as(OFFICE);
    await startPeopleImport(office);
    expect(all(await sendFile(office, "lon.csv", HEADER, 10 * 1024 * 1024 + 1))).toContain("Tệp lớn hơn 10 MB");
    const missing = await sendFile(office, "thieu.csv", ["Họ và tên,Vai trò", "Kiều Văn Thiếu,staff"].join("\n"));
    expect(all(missing)).toContain("Tệp thiếu cột: chức vụ, mã đơn vị. Không có gì được ghi.");
    expect(await t.db.$count(people, eq(people.fullName, "Kiều Văn Thiếu"))).toBe(0);
  });

  it("a teacher and a focal person are refused /nhap", async () => {
    const { as } = setup();
    for (const id of [TEACHER, FOCAL]) {
      const seen = await as(id).say("/nhap");
      expect(all(seen)).toContain("Vai trò của bạn không dùng được chức năng này");
      expect(seen.buttons.map((b) => b.text)).not.toContain("👥 Cán bộ, giáo viên");
    }
  });
});
