import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import ExcelJS from "exceljs";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeServer } from "../../src/server/http.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";
import { webLinkPath, webWorld } from "./support.js";

/**
 * The web workspace in a real Chromium (Debian's package; .ci/run installs it). On CI these tests
 * must run: a missing browser fails them. Elsewhere they are skipped with a message.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveBrowser = existsSync(CHROMIUM);
const onCi = process.env.CI === "true";
if (!haveBrowser && !onCi) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
const SHOTS = process.env.UPDATE_SCREENSHOTS === "1" ? path.resolve("docs/screenshots") : null;

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let t: TestDatabase;
let w: Awaited<ReturnType<typeof webWorld>>;
let server: ServerType;
let base: string;
const contexts: BrowserContext[] = [];
const dirs: string[] = [];
const now = () => new Date();

/** A fresh browser with its own user data dir: no cookie from another test leaks in. */
async function browser(width = 1280, height = 860): Promise<BrowserContext> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "thidua-chromium-"));
  dirs.push(dir);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptsDownloads: true,
    viewport: { width, height },
  } as never);
  contexts.push(context);
  return context;
}

(haveBrowser || onCi ? describe : describe.skip)("web workspace in Chromium", () => {
  beforeAll(async () => {
    if (!haveBrowser) throw new Error(`Chromium is missing at ${CHROMIUM}; on CI the browser tests must run (apt-get install chromium)`);
    t = await createTestDatabase();
    w = await webWorld(t, now);
    // A little of everything on the unit's page: a registered teacher.
    await w.chat.staff.say("/dangky");
    await w.chat.staff.registerTitle("Lao động tiên tiến");
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: w.http.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    if (server) await closeServer(server);
    await t?.destroy();
  });

  it("the Văn phòng signs in from the chat, filters, opens a unit, downloads and imports", async () => {
    const loginPath = await webLinkPath(w.chat.office);
    const context = await browser();
    const page = await context.newPage();
    await page.goto(base + loginPath);
    await page.click("#login");
    await page.waitForURL(/\/web\/tien-do/);
    const rows = page.locator("#units tbody tr");
    expect(await rows.count()).toBeGreaterThan(20);
    await expect.poll(() => page.locator("#units").textContent()).toContain("THPT01");

    // Filter by cluster: the select applies itself.
    await page.selectOption('select[name="cluster"]', "Cụm thi đua số 2");
    await page.waitForURL(/cluster=/);
    const clusters = await page.locator("#units tbody tr td:nth-child(4)").allTextContents();
    expect(clusters.length).toBeGreaterThan(0);
    expect(new Set(clusters)).toEqual(new Set(["Cụm thi đua số 2"]));

    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.goto(`${base}/web/tien-do`);
      await page.screenshot({ path: path.join(SHOTS, "tien-do-desk.png") });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(SHOTS, "tien-do-phone.png") });
      await page.setViewportSize({ width: 1280, height: 860 });
    }

    // Open a unit from the table.
    await page.goto(`${base}/web/tien-do?q=thpt01`);
    await page.click("#units tbody tr td a");
    await page.waitForURL(/\/web\/don-vi\/\d+/);
    expect(await page.locator("h1").textContent()).toContain("THPT01");
    expect(await page.locator("#staff").textContent()).toContain(w.world.staff[0]!.name);
    expect(await page.locator("#staff").textContent()).toContain("Chờ duyệt");
    if (SHOTS) {
      await page.screenshot({ path: path.join(SHOTS, "don-vi-desk.png") });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(SHOTS, "don-vi-phone.png") });
      await page.setViewportSize({ width: 1280, height: 860 });
    }

    // Download the province's workbook and read it.
    await page.goto(`${base}/web/tai-ve`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#dl-xlsx")]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = path.join(dirs[0]!, "book.xlsx");
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toContain("Tổng hợp");
    const names: string[] = [];
    book.getWorksheet("Cá nhân")!.eachRow((row) => row.eachCell((cell) => names.push(String(cell.value))));
    expect(names).toContain(w.world.staff[0]!.name);

    // Upload a units file with one bad row: its line and reason are shown; the good row imports.
    await page.goto(`${base}/web/nhap-du-lieu`);
    const csv = [
      "mã đơn vị,tên đơn vị,loại đơn vị,mã đơn vị cấp trên,cụm/khối",
      "THPT90,Trường THPT Nguyễn Du,Trường trung học phổ thông,SGDDT,Cụm thi đua số 1",
      "THPT91,Trường THPT Lỗi,Trường trung học phổ thông,KHONGCO,Cụm thi đua số 1",
    ].join("\n");
    await page.setInputFiles('input[name="file"]', { name: "donvi.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.click('button:has-text("Xem trước")');
    const report = page.locator("#import-report");
    await expect.poll(() => report.textContent()).toContain("Thêm mới 1");
    const line = report.locator("tbody tr");
    expect(await line.count()).toBe(1);
    expect(await line.locator("td").first().textContent()).toBe("3");
    expect(await line.textContent()).toContain("KHONGCO");
    await page.click('#import-report button[type="submit"]');
    await expect.poll(() => page.locator("#import-report h2").textContent()).toContain("Đã nhập");

    // The same link a second time is refused, in Vietnamese.
    const again = await (await browser()).newPage();
    const res = await again.goto(base + loginPath);
    expect(res!.status()).toBe(410);
    expect(await again.textContent("body")).toContain("Hãy gửi /web cho bot để nhận đường dẫn mới");
  }, 120_000);

  it("a focal person cannot open another unit's page or file, and without a session nothing shows", async () => {
    const page = await (await browser()).newPage();
    await page.goto(base + (await webLinkPath(w.chat.focal)));
    await page.click("#login");
    await page.waitForURL(/\/web\/tien-do/);
    expect(await page.locator("#units tbody tr").count()).toBe(1);
    expect((await page.goto(`${base}/web/don-vi/${w.world.otherUnitId}`))!.status()).toBe(403);
    expect((await page.goto(`${base}/web/tai-ve/docx?unit=${w.world.otherUnitId}`))!.status()).toBe(403);
    expect((await page.goto(`${base}/web/don-vi/${w.world.unitId}`))!.status()).toBe(200);

    const stranger = await (await browser()).newPage();
    const res = await stranger.goto(`${base}/web/tien-do`);
    expect(res!.status()).toBe(401);
    const text = await stranger.textContent("body");
    expect(text).toContain("Hãy gửi /web cho bot");
    expect(text).not.toContain("THPT01");
  }, 120_000);
});
