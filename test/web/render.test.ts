import { describe, expect, it } from "vitest";
import { formatDateTime } from "../../src/domain/calendar.js";
import { filterRows, toRows } from "../../src/features/web/queries.js";
import { dateTimeFormatter, rowsHtml } from "../../src/web/progress-page.js";
import type { UnitProgress } from "../../src/features/progress/service.js";

const unit = (code: string, name: string, extra: Partial<UnitProgress> = {}): UnitProgress => ({
  unitId: Number(code.replace(/\D/g, "")) || 1,
  code,
  name,
  kindName: "Trường trung học phổ thông",
  cluster: "Cụm thi đua số 1",
  state: "not_started",
  submittedAt: null,
  contact: { name: "Đỗ Hoài Nam", position: "Phó Hiệu trưởng", phone: "0379998166" },
  leader: null,
  registrations: 0,
  targets: 0,
  collectives: 0,
  ...extra,
});

describe("the progress table", () => {
  it("formats dates like formatDateTime, across a zone's offset change too", () => {
    for (const tz of ["Asia/Ho_Chi_Minh", "Europe/Berlin", "Asia/Kolkata"]) {
      const f = dateTimeFormatter(tz);
      for (const iso of [
        "2026-03-29T00:59:00Z",
        "2026-03-29T01:00:00Z",
        "2026-03-29T01:14:59Z",
        "2026-10-25T00:59:59Z",
        "2026-10-25T01:00:00Z",
        "2026-11-22T16:59:59Z",
      ]) {
        const d = new Date(iso);
        expect(f(d), `${tz} ${iso}`).toBe(formatDateTime(d, tz));
      }
    }
  });

  it("escapes every value it writes", () => {
    const rows = toRows([unit("THPT01", `<script>alert("x")</script> & co`)], new Map([[1, 10]]));
    const html = rowsHtml({ t: (k) => k, rows, campaignId: 3, timeZone: "Asia/Ho_Chi_Minh" });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    expect(html).toContain('href="/web/don-vi/1?c=3"');
    expect(html).toContain("0/10");
  });

  it("searches without diacritics and sorts by any column, ties in code order", () => {
    const rows = toRows(
      [
        unit("THPT02", "Trường THPT Lê Lợi", { state: "submitted", registrations: 5 }),
        unit("THPT01", "Trường THPT Nguyễn Trãi", { registrations: 2 }),
        unit("THPT03", "Trường THPT Đào Duy Từ", { state: "in_progress", registrations: 9 }),
      ],
      new Map([
        [1, 10],
        [2, 10],
        [3, 10],
      ]),
    );
    expect(filterRows(rows, { q: "nguyen trai", sort: "code", desc: false }).map((r) => r.code)).toEqual(["THPT01"]);
    expect(filterRows(rows, { q: "dao duy", sort: "code", desc: false }).map((r) => r.code)).toEqual(["THPT03"]);
    expect(filterRows(rows, { sort: "name", desc: false }).map((r) => r.code)).toEqual(["THPT03", "THPT02", "THPT01"]);
    expect(filterRows(rows, { sort: "staff", desc: true }).map((r) => r.code)).toEqual(["THPT03", "THPT02", "THPT01"]);
    expect(filterRows(rows, { sort: "state", desc: false, state: undefined }).map((r) => r.code)).toEqual(["THPT01", "THPT03", "THPT02"]);
    expect(filterRows(rows, { sort: "code", desc: false, state: "submitted" }).map((r) => r.code)).toEqual(["THPT02"]);
  });
});
