import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox, unitSubmissions, webLoginLinks, webSessions } from "../../src/db/schema.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";
import { createFileLinks } from "../../src/files/links.js";
import { createLogger } from "../../src/logger.js";
import { createHttpApp } from "../../src/server/http.js";
import { translator, TZ } from "../support/chat.js";
import { webLinkPath, webWorld } from "./support.js";

let t: TestDatabase;
let clock = new Date("2026-11-22T03:00:00Z");
const now = () => clock;
let w: Awaited<ReturnType<typeof webWorld>>;
const vi = (key: string, vars?: Record<string, string | number>) => translator.t("vi", key, vars);

beforeAll(async () => {
  t = await createTestDatabase();
  w = await webWorld(t, now);
});
afterAll(() => t.destroy());

const request = (path: string, init: RequestInit & { cookie?: string } = {}) =>
  w.http.app.request(path, {
    ...init,
    headers: { ...(init.cookie ? { cookie: init.cookie } : {}), ...(init.headers as Record<string, string> | undefined) },
  });

/** Signs in through a link from the chat; returns the session cookie. */
async function signIn(who: "office" | "focal"): Promise<string> {
  const path = await webLinkPath(w.chat[who]);
  const res = await request(path, { method: "POST" });
  expect(res.status).toBe(303);
  const cookie = res.headers.get("set-cookie")!;
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  return cookie.split(";")[0]!;
}

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]!;

describe("/web in the chat", () => {
  it("gives the Văn phòng and a focal person a one-time link and refuses staff politely", async () => {
    const path = await webLinkPath(w.chat.office);
    expect(path).toMatch(/^\/web\/login\/[A-Za-z0-9_-]{43}$/);
    expect(w.chat.office.text()).toContain("một lần");
    await webLinkPath(w.chat.focal);
    await w.chat.staff.say("/web");
    expect(w.chat.staff.text()).toBe(vi("web-not-allowed"));
    // Only a digest of the secret is stored.
    const token = path.split("/").pop()!;
    const rows = await t.db.select().from(webLoginLinks);
    expect(rows.some((r) => r.tokenHash.includes(token))).toBe(false);
    expect(rows).toHaveLength(2);
  });
});

describe("signing in", () => {
  it("the link shows a button (previews do not use it), works once, and a second use is refused in Vietnamese", async () => {
    const path = await webLinkPath(w.chat.office);
    const look = await request(path);
    expect(look.status).toBe(200);
    expect(await look.text()).toContain(vi("web-login-button"));
    const first = await request(path, { method: "POST" });
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe("/web/tien-do");
    for (const method of ["GET", "POST"]) {
      const again = await request(path, { method });
      expect(again.status).toBe(410);
      expect(await again.text()).toContain("Hãy gửi /web cho bot để nhận đường dẫn mới");
    }
    expect(await t.db.select().from(webSessions)).toHaveLength(1);
  });

  it("a link older than 10 minutes is refused", async () => {
    const path = await webLinkPath(w.chat.office);
    clock = new Date(clock.getTime() + 10 * 60_000 + 1000);
    try {
      expect((await request(path, { method: "POST" })).status).toBe(410);
    } finally {
      clock = new Date("2026-11-22T03:00:00Z");
    }
  });

  it("the cookie is Secure when PUBLIC_URL is https", async () => {
    const https = createHttpApp({
      logger: createLogger("silent"),
      ready: async () => true,
      web: {
        db: t.db,
        logger: createLogger("silent"),
        timeZone: TZ,
        publicUrl: "https://thidua.example.vn",
        files: { store: w.store, links: createFileLinks("https://thidua.example.vn", "x".repeat(20)) },
        now,
      },
    });
    const res = await https.app.request(await webLinkPath(w.chat.office), { method: "POST" });
    expect(res.headers.get("set-cookie")).toMatch(/; Secure/);
  });
});

describe("without a session", () => {
  it("no page or file shows data", async () => {
    for (const path of ["/web/tien-do", `/web/don-vi/${w.world.unitId}`, "/web/tai-ve/xlsx", "/web/nhap-du-lieu", "/web/dot-thi-dua"]) {
      const res = await request(path);
      expect(res.status).toBe(401);
      const html = await res.text();
      expect(html).toContain("Hãy gửi /web cho bot");
      expect(html).not.toContain("THPT01");
    }
    expect((await request("/web/tien-do", { cookie: "thidua_web=forged" })).status).toBe(401);
  });
});

describe("the Văn phòng", () => {
  it("sees every unit, filters by cluster, searches without diacritics and sorts", async () => {
    const cookie = await signIn("office");
    const all = await (await request("/web/tien-do", { cookie })).text();
    expect(all).toContain("THPT01");
    expect(all).toContain("Cụm thi đua số 1");
    const one = await (await request(`/web/tien-do?cluster=${encodeURIComponent("Cụm thi đua số 2")}`, { cookie })).text();
    const body = one.slice(one.indexOf("<tbody>"), one.indexOf("</tbody>"));
    expect(body).toContain("Cụm thi đua số 2");
    expect(body).not.toContain("Cụm thi đua số 1");
    const search = await (await request("/web/tien-do?q=thpt01", { cookie })).text();
    expect(search.slice(search.indexOf("<tbody>")).match(/<tr/g)).toHaveLength(1);
    const sorted = await (await request("/web/tien-do?sort=code&dir=desc", { cookie })).text();
    const codes = [...sorted.matchAll(/\/web\/don-vi\/\d+\?c=\d+">([^<]+)</g)].map((m) => m[1]!);
    expect(codes).toEqual([...codes].sort().reverse());
  });

  it("opens a unit and reopens a submitted one with a reason; the focal person is told", async () => {
    const cookie = await signIn("office");
    const page = await request(`/web/don-vi/${w.world.unitId}`, { cookie });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(w.world.staff[0]!.name);
    // Submit the unit as its focal person would have, then reopen it from the web.
    const [campaign] = await t.db.select({ id: unitSubmissions.campaignId }).from(unitSubmissions).limit(1);
    const campaignId = campaign?.id ?? Number(/\?c=(\d+)/.exec(html)![1]);
    await t.db
      .insert(unitSubmissions)
      .values({ provinceId: w.world.provinceId, campaignId, unitId: w.world.unitId, status: "submitted", submittedAt: clock })
      .onConflictDoUpdate({
        target: [unitSubmissions.campaignId, unitSubmissions.unitId],
        set: { status: "submitted", submittedAt: clock },
      });
    const submitted = await (await request(`/web/don-vi/${w.world.unitId}?c=${campaignId}`, { cookie })).text();
    expect(submitted).toContain(vi("web-reopen"));
    // Without the form's token nothing happens.
    const forged = await request(`/web/don-vi/${w.world.unitId}/mo-lai?c=${campaignId}`, {
      method: "POST",
      cookie,
      body: new URLSearchParams({ reason: "x" }),
    });
    expect(forged.status).toBe(403);
    const res = await request(`/web/don-vi/${w.world.unitId}/mo-lai?c=${campaignId}`, {
      method: "POST",
      cookie,
      body: new URLSearchParams({ _csrf: csrfOf(submitted), reason: "Thiếu chỉ tiêu thi đua" }),
    });
    expect(res.status).toBe(303);
    const after = await (await request(res.headers.get("location")!, { cookie })).text();
    expect(after).toContain(vi("web-reopened"));
    expect(after).toContain("lý do: Thiếu chỉ tiêu thi đua");
    const [sub] = await t.db
      .select()
      .from(unitSubmissions)
      .where(and(eq(unitSubmissions.campaignId, campaignId), eq(unitSubmissions.unitId, w.world.unitId)));
    expect(sub!.status).toBe("draft");
    const told = await t.db.select().from(outbox).where(eq(outbox.personId, w.world.focal.personId));
    expect(told.map((m) => (m.message as { key: string }).key)).toContain("web-notify-reopened");
    expect(w.notified()).toBeGreaterThan(0);
  });

  it("logs out: the cookie no longer opens anything", async () => {
    const cookie = await signIn("office");
    const html = await (await request("/web/tien-do", { cookie })).text();
    const out = await request("/web/logout", { method: "POST", cookie, body: new URLSearchParams({ _csrf: csrfOf(html) }) });
    expect(out.status).toBe(200);
    expect((await request("/web/tien-do", { cookie })).status).toBe(401);
  });

  it("a session ends after 8 hours idle", async () => {
    const cookie = await signIn("office");
    clock = new Date(clock.getTime() + 8 * 3600_000 + 1000);
    try {
      expect((await request("/web/tien-do", { cookie })).status).toBe(401);
    } finally {
      clock = new Date("2026-11-22T03:00:00Z");
    }
  });
});

describe("a focal person", () => {
  it("sees only their unit and gets 403 for another unit's page or file, and for the office pages", async () => {
    const cookie = await signIn("focal");
    const html = await (await request("/web/tien-do", { cookie })).text();
    expect(html.slice(html.indexOf("<tbody>")).match(/<tr/g)).toHaveLength(1);
    expect(html).toContain("THPT01");
    expect((await request(`/web/don-vi/${w.world.unitId}`, { cookie })).status).toBe(200);
    expect((await request(`/web/don-vi/${w.world.otherUnitId}`, { cookie })).status).toBe(403);
    expect((await request(`/web/tai-ve/docx?unit=${w.world.otherUnitId}`, { cookie })).status).toBe(403);
    expect((await request(`/web/tai-ve/xlsx?unit=THPT02`, { cookie })).status).toBe(403);
    expect((await request(`/web/tai-ve/zip`, { cookie })).status).toBe(403);
    expect((await request(`/web/bao-cao/xlsx`, { cookie })).status).toBe(403);
    expect((await request(`/web/nhap-du-lieu`, { cookie })).status).toBe(403);
    expect((await request(`/web/dot-thi-dua`, { cookie })).status).toBe(403);
    const downloads = await (await request("/web/tai-ve", { cookie })).text();
    expect(downloads).toContain(`<option value="${w.world.unitId}">THPT01`);
    expect(downloads).not.toContain("THPT02");
    expect(downloads).not.toContain("dl-zip");
    expect(downloads).not.toContain("dl-report-xlsx");
    const own = await request(`/web/tai-ve/xlsx`, { cookie });
    expect(own.status).toBe(200);
    expect(own.headers.get("content-disposition")).toContain(".xlsx");
  });
});

describe("the Văn phòng's desk work", () => {
  it("finds a unit by a name typed without diacritics", async () => {
    const cookie = await signIn("office");
    const html = await (await request(`/web/tien-do?q=${encodeURIComponent("nguyen du")}`, { cookie })).text();
    const body = html.slice(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
    expect(body).toContain("Trường THPT Nguyễn Du");
    expect(body.match(/<tr/g)).toHaveLength(1);
  });

  it("previews an import without writing it, then imports; a bad row is listed with its line", async () => {
    const cookie = await signIn("office");
    const page = await (await request("/web/nhap-du-lieu", { cookie })).text();
    const csv = [
      "mã đơn vị,tên đơn vị,loại đơn vị,mã đơn vị cấp trên,cụm/khối",
      "THPT80,Trường THPT Lê Quý Đôn,Trường trung học phổ thông,SGDDT,",
      "thpt 81,Trường THPT Sai Mã,Trường trung học phổ thông,SGDDT,",
    ].join("\n");
    const form = new FormData();
    form.set("_csrf", csrfOf(page));
    form.set("kind", "units");
    form.set("file", new File([csv], "donvi.csv", { type: "text/csv" }));
    const preview = await request("/web/nhap-du-lieu/xem-truoc", { method: "POST", cookie, body: form });
    const html = await preview.text();
    expect(html).toContain(vi("web-import-summary", { created: 1, updated: 0, unchanged: 0, rejected: 1 }));
    expect(html).toMatch(/<td class="n">3<\/td>/);
    expect(html).toContain(vi("import-bad-code", { code: "THPT 81" }).replace(/"/g, "&quot;"));
    // The preview wrote nothing (the unit has no focal person, so look it up directly).
    const { units } = await import("../../src/db/schema.js");
    expect(await t.db.select().from(units).where(eq(units.code, "THPT80"))).toHaveLength(0);
    const upload = /name="upload" value="([^"]+)"/.exec(html)![1]!;
    const done = await request("/web/nhap-du-lieu/nhap", {
      method: "POST",
      cookie,
      body: new URLSearchParams({ _csrf: csrfOf(html), kind: "units", upload }),
    });
    expect(await done.text()).toContain(vi("web-import-done", { file: "donvi.csv" }));
    expect(await t.db.select().from(units).where(eq(units.code, "THPT80"))).toHaveLength(1);
  });

  it("refuses an upload over 10 MB before reading it", async () => {
    const cookie = await signIn("office");
    const res = await request("/web/nhap-du-lieu/xem-truoc", {
      method: "POST",
      cookie,
      body: "x".repeat(11 * 1024 * 1024),
      headers: { "content-type": "text/plain" },
    });
    expect(res.status).toBe(413);
  });

  it("opens a campaign, moves its deadline and closes it; a bad date changes nothing", async () => {
    const cookie = await signIn("office");
    const page = await (await request("/web/dot-thi-dua", { cookie })).text();
    const csrf = csrfOf(page);
    const opened = await request("/web/dot-thi-dua/mo", {
      method: "POST",
      cookie,
      body: new URLSearchParams({ _csrf: csrf, title: "Sơ kết học kỳ I", kind: "review", deadline: "15/01/2027" }),
    });
    expect(opened.status).toBe(303);
    const list = await (await request(opened.headers.get("location")!, { cookie })).text();
    expect(list).toContain(vi("web-campaign-opened"));
    expect(list).toContain("Sơ kết học kỳ I");
    const { campaigns } = await import("../../src/db/schema.js");
    const [row] = await t.db.select().from(campaigns).where(eq(campaigns.title, "Sơ kết học kỳ I"));
    expect(row!.kind).toBe("review");
    const bad = await request(`/web/dot-thi-dua/${row!.id}/han`, {
      method: "POST",
      cookie,
      body: new URLSearchParams({ _csrf: csrf, deadline: "31/02/2027" }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(vi("web-bad-date"));
    const moved = await request(`/web/dot-thi-dua/${row!.id}/han`, {
      method: "POST",
      cookie,
      body: new URLSearchParams({ _csrf: csrf, deadline: "20/01/2027" }),
    });
    expect(moved.status).toBe(303);
    const [after] = await t.db.select().from(campaigns).where(eq(campaigns.id, row!.id));
    expect(after!.deadlineAt.toISOString()).toBe("2027-01-20T16:59:59.999Z");
    // A second open campaign of the kind and year: the page names its own buttons, never a CLI command.
    const twice = await request("/web/dot-thi-dua/mo", {
      method: "POST",
      cookie,
      body: new URLSearchParams({ _csrf: csrf, title: "Sơ kết lần hai", kind: "review", deadline: "15/01/2027" }),
    });
    expect(twice.status).toBe(400);
    const refusal = await twice.text();
    expect(refusal).toContain("đổi hạn hoặc đóng đợt đó trong bảng dưới đây. Chưa mở đợt mới.");
    expect(refusal).not.toContain("campaign close");
    expect(await t.db.$count(campaigns, eq(campaigns.title, "Sơ kết lần hai"))).toBe(0);
    const closed = await request(`/web/dot-thi-dua/${row!.id}/dong`, {
      method: "POST",
      cookie,
      body: new URLSearchParams({ _csrf: csrf }),
    });
    expect(closed.status).toBe(303);
    const [end] = await t.db.select().from(campaigns).where(eq(campaigns.id, row!.id));
    expect(end!.closedAt).not.toBeNull();
  });

  it("downloads the CSV files, one unit's Word document and the province's zip", async () => {
    const cookie = await signIn("office");
    const csv = await request("/web/tai-ve/csv", { cookie });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toContain("CSV.zip");
    const docx = await request(`/web/tai-ve/docx?unit=${w.world.unitCode}`, { cookie });
    expect(docx.status).toBe(200);
    expect(decodeURIComponent(docx.headers.get("content-disposition")!)).toContain("Trường THPT Nguyễn Du-DKTD NH");
    const zip = await request("/web/tai-ve/zip", { cookie });
    expect([200, 404]).toContain(zip.status);
    if (zip.status === 200) expect(zip.headers.get("content-type")).toMatch(/zip|wordprocessingml/);
    expect((await request("/web/tai-ve/docx?unit=KHONGCO", { cookie })).status).toBe(404);
  });

  it("downloads the year's report (issue 24) from the downloads page", async () => {
    const cookie = await signIn("office");
    const downloads = await (await request("/web/tai-ve", { cookie })).text();
    expect(downloads).toContain("dl-report-xlsx");
    expect(downloads).toContain("Báo cáo tổng kết năm học");
    const xlsx = await request("/web/bao-cao/xlsx?nam=2025-2026", { cookie });
    expect(xlsx.status).toBe(200);
    expect(decodeURIComponent(xlsx.headers.get("content-disposition")!)).toContain("Báo cáo tổng kết TĐKT NH 2025-2026.xlsx");
    const { readWorkbook } = await import("../exports/fixture.js");
    const wb = await readWorkbook(new Uint8Array(await xlsx.arrayBuffer()));
    expect(wb.worksheets.map((ws) => ws.name)).toContain("Biểu 0603.N");
    const docx = await request("/web/bao-cao/docx", { cookie });
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toContain("wordprocessingml");
    expect((await request("/web/bao-cao/pdf", { cookie })).status).toBe(404);
  });
});

describe("evidence on the unit page", () => {
  it("opens through a signed link", async () => {
    const { campaigns, nominations, nominationEvidence } = await import("../../src/db/schema.js");
    const [campaign] = await t.db.select().from(campaigns).where(eq(campaigns.kind, "nomination"));
    const [n] = await t.db
      .insert(nominations)
      .values({
        provinceId: w.world.provinceId,
        campaignId: campaign!.id,
        unitId: w.world.unitId,
        kind: "individual",
        personId: w.world.staff[0]!.personId,
        nomineeName: w.world.staff[0]!.name,
        field: "Giáo dục",
        summary: "Thành tích",
        status: "submitted",
      })
      .returning();
    const stored = await w.store.put(new TextEncoder().encode("%PDF-1.4 minh chứng"), "Bằng khen.pdf", "application/pdf");
    await t.db.insert(nominationEvidence).values({
      provinceId: w.world.provinceId,
      nominationId: n!.id,
      channel: "telegram",
      fileId: "f1",
      fileName: "Bằng khen.pdf",
      mime: "application/pdf",
      storedKey: stored.key,
    });
    const cookie = await signIn("office");
    const html = await (await request(`/web/don-vi/${w.world.unitId}`, { cookie })).text();
    const href = /href="(http:\/\/localhost:8080\/files\/[^"]+)">Bằng khen.pdf</.exec(html)![1]!;
    const file = await request(new URL(href).pathname);
    expect(file.status).toBe(200);
    expect(await file.text()).toContain("minh chứng");
  });
});
