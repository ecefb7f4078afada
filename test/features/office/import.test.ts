import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../../../src/db/schema.js";
import { useImportFetchers } from "../../../src/features/import/fetchers.js";
import { buildEngine, ChatUser, demoWorld, link, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");
const files = new Map<string, string>();

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  await link(t, world.office.personId, "9401");
  await link(t, world.office.personId, "z9401", "zalo");
  await link(t, world.focal.personId, "9402");
  useImportFetchers({ telegram: { fetch: async (id) => new TextEncoder().encode(files.get(id)!) } });
});
afterAll(() => {
  useImportFetchers({});
  return t.destroy();
});

const user = (id: string, channel: "telegram" | "zalo" = "telegram") =>
  new ChatUser(
    buildEngine(t, () => now),
    id,
    channel,
  );
const sendFile = (u: ChatUser, id: string, name: string, text: string, size = text.length) => {
  files.set(id, text);
  return u.send({ kind: "file", file: { fileId: id, name, size, kind: "document" } });
};

describe("/nhap (import a table in the chat)", () => {
  it("a focal person is refused", async () => {
    const focal = user("9402");
    await focal.say("/nhap");
    expect(focal.labels()).not.toContain("👥 Cán bộ, giáo viên");
  });

  it("on Zalo the bot says it cannot receive files and points to /web", async () => {
    const office = user("z9401", "zalo");
    await office.say("/nhap");
    expect(office.text()).toContain("Zalo không nhận được tệp");
    expect(office.text()).toContain("/web");
  });

  it("previews (add, rejected with line numbers), writes nothing, then imports after Nhập", async () => {
    const office = user("9401");
    await office.say("/nhap");
    await office.press("Cán bộ, giáo viên");
    const csv = [
      "Họ và tên,Chức vụ,Mã đơn vị,Vai trò",
      `Phạm Thu Trang,Giáo viên,${world.unitCode},staff`,
      "Ngô Văn Lực,Giáo viên,KHONGCO,staff",
    ].join("\n");
    await sendFile(office, "f1", "canbo.csv", csv);
    expect(office.text()).toContain("thêm mới 1");
    expect(office.text()).toContain("bị loại 1");
    expect(office.text()).toContain("Dòng 3:");
    expect(await t.db.$count(people, eq(people.fullName, "Phạm Thu Trang"))).toBe(0);
    await office.press("Nhập");
    expect(office.text()).toContain("Đã nhập: thêm mới 1");
    expect(await t.db.$count(people, eq(people.fullName, "Phạm Thu Trang"))).toBe(1);
    expect(await t.db.$count(people, eq(people.fullName, "Ngô Văn Lực"))).toBe(0);
  });

  it("bad input: not a table, over 10 MB, missing columns — a clear reply and nothing imported", async () => {
    const office = user("9401");
    await office.say("/nhap");
    await office.press("Cán bộ, giáo viên");
    await sendFile(office, "f2", "anh.pdf", "%PDF-1.4");
    expect(office.text()).toContain("không phải tệp bảng");
    await sendFile(office, "f3", "to.csv", "x", 11 * 1024 * 1024);
    expect(office.text()).toContain("lớn hơn 10 MB");
    await sendFile(office, "f4", "thieu.csv", ["Họ và tên,Mã đơn vị,Vai trò", `Đỗ Minh Khoa,${world.unitCode},staff`].join("\n"));
    expect(office.text()).toContain("Tệp thiếu cột: chức vụ. Không có gì được ghi.");
    expect(await t.db.$count(people, eq(people.fullName, "Đỗ Minh Khoa"))).toBe(0);
    const big = [
      "Họ và tên,Chức vụ,Mã đơn vị,Vai trò",
      ...Array.from({ length: 20_001 }, (_, i) => `Người Thứ ${i},Giáo viên,${world.unitCode},staff`),
    ].join("\n");
    await sendFile(office, "f5", "nhieu.csv", big, 1000);
    expect(office.text()).toContain("Tệp có 20.001 dòng, quá giới hạn 20.000 dòng");
    expect(await t.db.$count(people, eq(people.fullName, "Người Thứ 1"))).toBe(0);
  });
});
