import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramSender } from "../../../src/channels/telegram/sender.js";
import { campaigns, outbox, unitSubmissions, units } from "../../../src/db/schema.js";
import { createOutboxSender } from "../../../src/delivery/outbox-sender.js";
import { digestKinds } from "../../../src/features/charts/digest.js";
import { createLogger } from "../../../src/logger.js";
import { planDueReminders } from "../../../src/reminders/planner.js";
import { startFakeTelegram } from "../../support/fake-telegram.js";
import { provinceChart } from "../../../src/features/charts/index.js";
import { svgToPixels } from "../../../src/features/charts/png.js";
import { FONT } from "../../../src/features/charts/svg.js";
import { loadCampaign } from "../../../src/features/progress/service.js";
import { buildEngine, ChatUser, demoWorld, link, translator, TZ, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { startFakeZalo, type FakeZalo } from "../../support/fake-zalo.js";
import { zaloServer } from "../../support/zalo-world.js";

let t: TestDatabase;
let w: DemoWorld;
let zalo: FakeZalo;
const NOW = new Date("2026-10-15T03:00:00Z");
const t_ = (key: string, vars?: Record<string, string | number>) => translator.t("vi", key, vars);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pngSize = (png: Uint8Array) => {
  const v = new DataView(png.buffer, png.byteOffset);
  return { width: v.getUint32(16), height: v.getUint32(20) };
};
/** Share of pixels that are not (almost) white. */
const ink = (pixels: Uint8Array) => {
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 600) dark++;
  return dark / (pixels.length / 4);
};

beforeAll(async () => {
  t = await createTestDatabase();
  zalo = await startFakeZalo();
  w = await demoWorld(t, new Date("2026-09-01T03:00:00Z"));
  const [c] = await t.db.select().from(campaigns).where(eq(campaigns.kind, "registration"));
  await t.db
    .update(campaigns)
    .set({ deadlineAt: new Date("2026-10-20T16:59:59.999Z") })
    .where(eq(campaigns.id, c!.id));
  // Three schools have submitted, on two different days.
  const some = await t.db.select({ id: units.id }).from(units).where(eq(units.provinceId, w.provinceId)).limit(8);
  for (const [i, u] of some.slice(5).entries()) {
    await t.db.insert(unitSubmissions).values({
      provinceId: w.provinceId,
      campaignId: c!.id,
      unitId: u.id,
      status: "submitted",
      submittedAt: new Date(Date.UTC(2026, 9, 12 + (i % 2), 4)),
    });
  }
  await link(t, w.office.personId, "51001");
  await link(t, w.office.personId, "zalo-office", "zalo");
  await link(t, w.focal.personId, "51002");
});
afterAll(async () => {
  await zalo.close();
  await t.destroy();
});

describe("progress as a picture", () => {
  it("renders the province chart as a valid PNG of sensible size, with its Vietnamese labels laid out, in well under 200 ms", async () => {
    const [c] = await t.db.select().from(campaigns).where(eq(campaigns.kind, "registration"));
    const campaign = await loadCampaign(t.db, w.provinceId, c!.id);
    await provinceChart(t.db, campaign, w.provinceId, t_, NOW, TZ); // warm up
    const started = performance.now();
    const chart = await provinceChart(t.db, campaign, w.provinceId, t_, NOW, TZ);
    const ms = performance.now() - started;
    expect([...chart.png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    const { width, height } = pngSize(chart.png);
    expect(width).toBe(960);
    expect(height).toBeGreaterThan(500);
    expect(height).toBeLessThan(2500);
    expect(chart.png.byteLength).toBeGreaterThan(10_000);
    expect(chart.png.byteLength).toBeLessThan(1_000_000);
    for (const label of [
      "Theo cụm thi đua",
      "Theo loại đơn vị",
      "Đã nộp",
      "Đang thực hiện",
      "Chưa bắt đầu",
      "Số đơn vị nộp mỗi ngày",
      "20/10",
    ])
      expect(chart.svg).toContain(label);
    // Not blank: bars and text cover a fair share of the picture.
    expect(ink(svgToPixels(chart.svg).pixels)).toBeGreaterThan(0.03);
    // Loose bound for a loaded test machine; bench:chart gives the real figure.
    expect(ms).toBeLessThan(1500);
  });

  it("draws the Vietnamese marks with the shipped font: «Đăng ký thi đua» has more ink than the same words without marks", () => {
    const svg = (s: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="10" y="40" font-family="${FONT}" font-size="28">${s}</text></svg>`;
    const marked = ink(svgToPixels(svg("Đăng ký thi đua ở Sở")).pixels);
    const bare = ink(svgToPixels(svg("Dang ky thi dua o So")).pixels);
    expect(bare).toBeGreaterThan(0.01);
    expect(marked).toBeGreaterThan(bare * 1.05);
  });

  it("/tiendo: the Văn phòng gets the chart as a photo above the first page on Telegram, and a focal person their staff's chart", async () => {
    const office = new ChatUser(
      buildEngine(t, () => NOW),
      "51001",
    );
    await office.say("/tiendo");
    const photo = office.last.find((m) => m.type === "photo");
    expect(photo).toMatchObject({ type: "photo", fileName: "tien-do.png", caption: "📊 Biểu đồ tiến độ" });
    expect(office.last.indexOf(photo!)).toBeLessThan(office.last.findIndex((m) => m.type === "choices"));
    // Moving about the report does not send it again; "Cập nhật" does.
    await office.press("Xem một đơn vị");
    await office.press("Quay lại");
    expect(office.last.some((m) => m.type === "photo")).toBe(false);
    await office.press("Cập nhật");
    expect(office.last.some((m) => m.type === "photo")).toBe(true);

    const focal = new ChatUser(
      buildEngine(t, () => NOW),
      "51002",
    );
    await focal.say("/tiendo");
    const staff = focal.last.find((m) => m.type === "photo");
    expect(staff).toMatchObject({ fileName: "tien-do-don-vi.png" });
  });

  it("on Zalo the chart is sent with sendPhoto from a signed link that serves the PNG", async () => {
    const z = zaloServer(
      zalo,
      buildEngine(t, () => NOW),
    );
    await z.user("zalo-office").say("/tiendo");
    const call = zalo.calls.find((c) => c.method === "sendPhoto");
    expect(call?.body).toMatchObject({ chat_id: "zalo-office", caption: "📊 Biểu đồ tiến độ" });
    const url = new URL(call!.body.photo as string);
    expect(url.origin).toBe("https://bot.example.vn");
    const res = await z.http.app.request(url.pathname + url.search);
    expect(res.status).toBe(200);
    expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 8)]).toEqual(PNG_SIGNATURE);
    // The report's text follows the picture as a message.
    const photoAt = zalo.calls.indexOf(call!);
    expect(zalo.calls.slice(photoAt + 1).some((c) => c.method === "sendMessage" && String(c.body.text).includes("Xem một đơn vị"))).toBe(
      true,
    );
  });

  it("the weekly digest: on the Mondays of the last two weeks the Văn phòng gets the chart and the units not submitted, once; settings can turn it off", async () => {
    const tg = await startFakeTelegram();
    try {
      const monday = new Date(Date.UTC(2026, 9, 12, 1, 0)); // 12/10/2026 08:00, D-8
      const planned = await Promise.all([planDueReminders(t.db, monday, TZ), planDueReminders(t.db, monday, TZ)]);
      // Once however many instances plan: one message per Văn phòng person.
      const digests = planned.flat().filter((p) => p.kind === "digest");
      expect(digests).toEqual([expect.objectContaining({ offset: -8 })]);
      expect(await t.db.$count(outbox, eq(outbox.kind, "digest"))).toBe(digests[0]!.queued);
      const sender = createOutboxSender({
        db: t.db,
        senders: { telegram: createTelegramSender({ token: "1:x", apiRoot: tg.apiRoot }) },
        translator,
        logger: createLogger("silent"),
        now: () => monday,
        ratePerSecond: { telegram: 1000 },
        kinds: digestKinds(t.db, TZ, () => monday),
      });
      await sender.drain();
      const photo = tg.calls.find((c) => c.method === "sendPhoto");
      expect(photo).toBeDefined();
      expect(String(photo!.body.chat_id)).toBe("51001");
      const text = tg.sent().find((c) => String(c.body.chat_id) === "51001")!.body.text as string;
      expect(text).toMatch(/^📅 Tổng hợp tuần: .+\nHạn nộp 20\/10\/2026 \(còn 8 ngày\)\. Còn \d+ đơn vị chưa nộp:\n• /);
      expect(await t.db.$count(outbox, and(eq(outbox.kind, "digest"), eq(outbox.status, "sent")))).toBe(1);

      const [c] = await t.db.select().from(campaigns).where(eq(campaigns.kind, "registration"));
      await t.db
        .update(campaigns)
        .set({ settings: { digest: false } })
        .where(eq(campaigns.id, c!.id));
      const nextMonday = new Date(Date.UTC(2026, 9, 19, 1, 0));
      expect((await planDueReminders(t.db, nextMonday, TZ)).filter((p) => p.kind === "digest")).toEqual([]);
    } finally {
      await tg.close();
    }
  });
});
