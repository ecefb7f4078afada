import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEngine, link } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { startFakeZalo, type FakeZalo } from "../../support/fake-zalo.js";
import { zaloServer } from "../../support/zalo-world.js";
import { exportWorld, readWorkbook, rowValues, type ExportWorld } from "../../exports/fixture.js";

/** /tiendo and /xuat through the real Zalo adapter and HTTP server, on a fake Zalo API. */
let t: TestDatabase;
let world: ExportWorld;
let fake: FakeZalo;
const start = new Date("2026-11-22T03:00:00Z");
const pastDeadline = new Date("2027-01-05T03:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  world = await exportWorld(t, start);
  await link(t, world.office.personId, "zoffice", "zalo");
  await link(t, world.focal.personId, "zfocal", "zalo");
  fake = await startFakeZalo();
});
afterAll(async () => {
  await fake.close();
  await t.destroy();
});

describe("progress and export on Zalo", () => {
  it("sends every page of the province report as one message within Zalo's 2,000 characters", async () => {
    const zalo = zaloServer(
      fake,
      buildEngine(t, () => pastDeadline),
    );
    const office = zalo.user("zoffice");
    const before = fake.textsTo("zoffice").length;
    let reply = await office.say("/tiendo");
    expect(reply).toContain("— Trang 1/");
    const pages = Number(/— Trang 1\/(\d+) —/.exec(reply)![1]);
    expect(pages).toBeGreaterThan(1);
    for (let p = 2; p <= pages; p++) {
      reply = await office.say("trang sau");
      expect(reply).toContain(`— Trang ${p}/${pages} —`);
    }
    const sent = fake.textsTo("zoffice").slice(before);
    // One message per page: nothing had to be split.
    expect(sent).toHaveLength(pages);
    for (const text of sent) expect(text.length).toBeLessThanOrEqual(2000);
    expect(sent.join("\n")).toContain(world.otherUnitName);
  });

  it("gives a focal person a signed link to their unit's workbook", async () => {
    const zalo = zaloServer(
      fake,
      buildEngine(t, () => start),
    );
    const focal = zalo.user("zfocal");
    expect(await focal.say("/xuat")).toContain("1. 📊 Excel (.xlsx)");
    const reply = await focal.say("1");
    const url = /(https:\/\/bot\.example\.vn\/files\/\S+)/.exec(reply)![1]!;
    expect(reply).toContain("Trường THPT Nguyễn Du-DKTD NH 2026-2027.xlsx");
    const res = await zalo.http.app.request(new URL(url).pathname);
    expect(res.status).toBe(200);
    const wb = await readWorkbook(new Uint8Array(await res.arrayBuffer()));
    const ws = wb.getWorksheet("Cá nhân")!;
    expect(Array.from({ length: ws.rowCount - 1 }, (_, i) => rowValues(ws, i + 2)[1])).toEqual(world.sortedNames);
  });
});
