import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decisionPeople, decisions, outbox, personYears } from "../../../src/db/schema.js";
import { cli } from "../../support/cli.js";
import { buildEngine, ChatUser, demoWorld, link, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const clock = new Date("2026-11-22T03:00:00Z");
const dir = mkdtempSync(path.join(tmpdir(), "results-import-"));

function csv(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, `\uFEFF${lines.join("\n")}\n`);
  return file;
}

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, clock);
});
afterAll(() => t.destroy());

describe("decisions import (CLI)", () => {
  it("records a decision from Excel, reports bad rows, and tells the people named once", async () => {
    const [a, b] = [world.staff[0]!, world.staff[1]!];
    const file = csv("qd.csv", [
      "Số quyết định,Ngày,Cấp,Năm học,Mã đơn vị,Họ và tên,Danh hiệu",
      `1234/QĐ-SGDĐT,15/08/2026,Giám đốc Sở,2025-2026,${world.unitCode},${a.name},Chiến sĩ thi đua cơ sở`,
      `1234/QĐ-SGDĐT,15/08/2026,Giám đốc Sở,2025-2026,${world.unitCode},${b.name},Giấy khen của Giám đốc Sở Giáo dục và Đào tạo`,
      `1234/QĐ-SGDĐT,15/08/2026,Giám đốc Sở,2025-2026,${world.unitCode},Nguyễn Văn Không Có,LĐTT`,
      `99/QĐ-UBND,01/09/2026,Hội đồng gì đó,2025-2026,${world.unitCode},${a.name},LĐTT`,
    ]);
    const first = await cli(t, ["decisions", "import", file], { locale: "vi", now: clock });
    expect(first.code).toBe(1);
    expect(first.output).toContain("Đã nhập: 2 mới, 0 cập nhật, 0 không đổi; 2 dòng bị từ chối.");
    expect(first.output).toContain(`Dòng 4: Không có người tên “Nguyễn Văn Không Có” trong đơn vị ${world.unitCode}.`);
    expect(first.output).toContain("Dòng 5: Không nhận ra cấp quyết định “Hội đồng gì đó”");

    const [d] = await t.db.select().from(decisions).where(eq(decisions.number, "1234/QĐ-SGDĐT"));
    expect(d).toMatchObject({ signedOn: "2026-08-15", level: "GIAM_DOC_SO", schoolYear: "2025-2026" });
    const named = await t.db.select().from(decisionPeople).where(eq(decisionPeople.decisionId, d!.id));
    expect(named.map((n) => [n.personId, n.titleCode]).sort()).toEqual(
      [
        [a.personId, "CSTDCS"],
        [b.personId, "GIAY_KHEN_GIAM_DOC_SO"],
      ].sort(),
    );
    const [year] = await t.db
      .select()
      .from(personYears)
      .where(and(eq(personYears.personId, a.personId), eq(personYears.schoolYear, "2025-2026")));
    expect(year!.titles).toEqual(expect.arrayContaining(["LDTT", "CSTDCS"]));
    expect(year!.decision).toBe("1234/QĐ-SGDĐT");

    const told = await t.db.select().from(outbox).where(like(outbox.dedupeKey, "decision:%"));
    expect(told).toHaveLength(2);
    const toA = told.find((m) => m.personId === a.personId)!;
    expect(toA.message).toMatchObject({
      key: "notify-decision",
      vars: { title: "Chiến sĩ thi đua cơ sở", number: "1234/QĐ-SGDĐT", date: "15/08/2026", level: "GIAM_DOC_SO" },
    });

    // The same file again: nothing new, nobody told twice.
    const again = await cli(t, ["decisions", "import", file], { locale: "vi", now: clock });
    expect(again.output).toContain("Đã nhập: 0 mới, 0 cập nhật, 2 không đổi; 2 dòng bị từ chối.");
    expect(await t.db.select().from(outbox).where(like(outbox.dedupeKey, "decision:%"))).toHaveLength(2);
  });
});

describe("history import and next year's registration", () => {
  it("imports past years with a row-level report, and the CSTĐ registration is judged on them", async () => {
    const teacher = world.staff[3]!;
    await t.db.delete(personYears).where(eq(personYears.personId, teacher.personId));
    await link(t, teacher.personId, "4001");
    const u = new ChatUser(
      buildEngine(t, () => clock),
      "4001",
    );

    // No history: the warning says exactly which year's data is missing.
    await u.say("/dangky");
    await u.press("Đúng");
    await u.press("Chiến sĩ thi đua Bộ, ban, ngành, tỉnh");
    expect(u.text()).toContain("Chưa có dữ liệu danh hiệu thi đua năm học 2025-2026");
    expect(u.text()).toContain("Chưa có dữ liệu danh hiệu thi đua năm học 2024-2025");
    await u.say("/huy");

    const file = csv("lichsu.csv", [
      "Mã đơn vị,Họ và tên,Năm học,Xếp loại,Danh hiệu,Số quyết định",
      `${world.unitCode},${teacher.name},2024-2025,HTXSNV,CSTĐCS,55/QĐ-SGDĐT`,
      `${world.unitCode},${teacher.name},2025-2026,Hoàn thành xuất sắc nhiệm vụ,Chiến sĩ thi đua cơ sở,`,
      `${world.unitCode},${teacher.name},2025-2026,HTTNV,LĐTT,`,
      `${world.unitCode},${teacher.name},2023,HTTNV,LĐTT,`,
      `${world.unitCode},${teacher.name},2022-2023,Tốt,LĐTT,`,
    ]);
    const report = await cli(t, ["history", "import", file], { locale: "vi", now: clock });
    expect(report.output).toContain("Đã nhập: 2 mới, 0 cập nhật, 0 không đổi; 3 dòng bị từ chối.");
    expect(report.output).toContain("Dòng 4: Người này trùng với dòng 3.");
    expect(report.output).toContain("Dòng 5: Năm học “2023” không đúng dạng 2024-2025.");
    expect(report.output).toContain("Dòng 6: Xếp loại “Tốt” không hợp lệ");
    const rows = await t.db.select().from(personYears).where(eq(personYears.personId, teacher.personId));
    expect(rows.map((r) => [r.schoolYear, r.rating, r.titles, r.decision, r.source]).sort()).toEqual([
      ["2024-2025", "HTXSNV", ["LDTT", "CSTDCS"], "55/QĐ-SGDĐT", "import"],
      ["2025-2026", "HTXSNV", ["LDTT", "CSTDCS"], null, "import"],
    ]);
    expect((await cli(t, ["history", "import", file], { locale: "vi", now: clock })).output).toContain("0 mới, 0 cập nhật, 2 không đổi");

    // With the history there, the missing-data warnings are gone; only the sáng kiến remains.
    await u.say("/dangky");
    await u.press("Đúng");
    expect(u.labels()).toContain("Chiến sĩ thi đua cơ sở");
    await u.press("Chiến sĩ thi đua Bộ, ban, ngành, tỉnh");
    expect(u.text()).not.toContain("Chưa có dữ liệu danh hiệu thi đua");
    expect(u.text()).toContain("cần có sáng kiến được công nhận có phạm vi ảnh hưởng toàn tỉnh");
    await u.say("/huy");

    // /toi shows the titles and ratings by year.
    await u.say("/toi");
    expect(u.text()).toContain(
      "Kết quả thi đua theo năm học:\n• 2025-2026: Hoàn thành xuất sắc nhiệm vụ — Chiến sĩ thi đua cơ sở\n• 2024-2025: Hoàn thành xuất sắc nhiệm vụ — Chiến sĩ thi đua cơ sở (QĐ 55/QĐ-SGDĐT)",
    );
    expect(u.text()).toContain(`Họ và tên: ${teacher.name}`);
  });
});

describe("a decision recorded in chat by the Văn phòng (/quyetdinh)", () => {
  it("names a few people, tells each once, and a second entry of the same decision tells nobody again", async () => {
    await link(t, world.office.personId, "4009");
    const office = new ChatUser(
      buildEngine(t, () => clock),
      "4009",
    );
    const [c, d] = [world.staff[4]!, world.staff[5]!];
    const record = async (names: string[]) => {
      await office.say("/quyetdinh");
      await office.say("777/QĐ-UBND");
      await office.say("20/09/2026");
      await office.press("Chủ tịch UBND tỉnh");
      await office.press("2025-2026");
      await office.press("Bằng khen của Chủ tịch UBND tỉnh");
      for (const n of names) await office.say(n);
      await office.press("Xong");
      expect(office.text()).toContain("Quyết định số 777/QĐ-UBND ngày 20/09/2026 của Chủ tịch UBND tỉnh, năm học 2025-2026");
      await office.press("Lưu quyết định");
      return office.text();
    };
    expect(await record([c.name])).toContain(
      "Đã lưu Quyết định 777/QĐ-UBND: 1 người mới được ghi và nhắn tin chúc mừng, 0 người đã có từ trước.",
    );
    expect(await record([c.name, d.name])).toContain("1 người mới được ghi và nhắn tin chúc mừng, 1 người đã có từ trước.");
    const told = await t.db.select().from(outbox).where(like(outbox.dedupeKey, "decision:%:BANG_KHEN_UBND_TINH"));
    expect(told.map((m) => m.personId).sort()).toEqual([c.personId, d.personId].sort());

    // A stranger to the Văn phòng cannot record decisions.
    const teacher = new ChatUser(
      buildEngine(t, () => clock),
      "4001",
    );
    await teacher.say("/quyetdinh");
    expect(teacher.text()).toContain(translatorText("flow-not-allowed"));
  });
});

import { translator } from "../../support/chat.js";
const translatorText = (key: string) => translator.t("vi", key);

describe("TTLĐXS at registration reads last year's recorded ratings", () => {
  it("has no missing-ratings warning when every member's year is there, and says how many are missing when not", async () => {
    await link(t, world.focal.personId, "4010");
    const focal = new ChatUser(
      buildEngine(t, () => clock),
      "4010",
    );
    const choose = async () => {
      await focal.say("/dangky");
      await focal.press("Danh hiệu tập thể");
      await focal.press("Thêm");
      await focal.press("Toàn đơn vị");
      await focal.press("Tập thể lao động xuất sắc");
      await focal.press("Không đăng ký");
      const text = focal.text();
      await focal.say("/huy");
      return text;
    };
    const full = await choose();
    expect(full).not.toContain("Chưa có số thành viên được xếp loại");
    expect(full).not.toContain("Chưa có xếp loại năm học");
    await t.db.delete(personYears).where(and(eq(personYears.personId, world.staff[6]!.personId), eq(personYears.schoolYear, "2025-2026")));
    const partial = await choose();
    expect(partial).toMatch(/Chưa có xếp loại năm học 2025-2026 của 1\/\d+ thành viên/);
  });
});
