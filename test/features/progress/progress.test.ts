import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people, roles } from "../../../src/db/schema.js";
import { paginate } from "../../../src/features/progress/report.js";
import { cli } from "../../support/cli.js";
import { buildEngine, ChatUser, link } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { exportWorld, type ExportWorld } from "../../exports/fixture.js";

let t: TestDatabase;
let world: ExportWorld;
const clock = new Date("2026-11-22T03:00:00Z");
const now = () => clock;
/** Zalo's limit, the smallest of the channels. */
const ZALO_LIMIT = 2000;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await exportWorld(t, clock);
  await link(t, world.focal.personId, "3001");
  await link(t, world.staff[5]!.personId, "3002");
  await link(t, world.office.personId, "3009", "zalo");
});
afterAll(() => t.destroy());

/** The text a user reads, with the numbered options as Zalo and the console show them. */
const rendered = (u: ChatUser) =>
  u.last
    .map((m) =>
      m.type === "choices" ? [m.text, ...m.options.map((o, i) => `${i + 1}. ${o.label}`)].join("\n") : "text" in m ? m.text : "",
    )
    .join("\n");

describe("/progress for a focal person", () => {
  it("shows the unit: who has answered, who has not, and what is still missing", async () => {
    const engine = buildEngine(t, now);
    const focal = new ChatUser(engine, "3001");
    await focal.say("/tiendo");
    const text = focal.text();
    expect(text).toContain("TIẾN ĐỘ: Trường THPT Nguyễn Du");
    expect(text).toContain("Trạng thái: đã nộp lúc 20/11/2026 23:30");
    const [{ n: members }] = [{ n: (await t.db.select().from(people).where(eq(people.unitId, world.unitId))).length }];
    expect(text).toContain(`Cán bộ đã trả lời: 4/${members} · Chỉ tiêu: 2 · Danh hiệu tập thể: 2`);
    expect(text).toContain(`• ${members - 4} cán bộ chưa đăng ký`);
    expect(text).toContain("• 1 đăng ký bị trả lại, chờ cán bộ sửa");
    // The draft nomination is not counted as sent.
    expect(text).toContain("Điển hình tiên tiến đã gửi trong năm học: 1");
    expect(text).not.toContain("Chưa nộp bản đăng ký");
    expect(text).toContain("Đã trả lời (4):\n1. Lê Văn An — Lao động tiên tiến (bị trả lại, cần sửa)\n2. Trần Thị An");
    expect(text).toContain(`Chưa trả lời (${members - 4}):`);
    expect(text).not.toContain("Trường THPT A/B");
    expect(focal.labels()).toEqual(["🔄 Cập nhật", "Đóng"]);
  });

  it("refuses staff, and changes nothing", async () => {
    const engine = buildEngine(t, now);
    const staff = new ChatUser(engine, "3002");
    await staff.say("/progress");
    expect(staff.text()).toContain("Vai trò của bạn không dùng được chức năng này");
    expect(staff.labels()).toEqual([]);
    await staff.say("/help");
    expect(staff.text()).not.toContain("/tiendo");
  });

  it("is listed in /help for those who can use it", async () => {
    const focal = new ChatUser(buildEngine(t, now), "3001");
    await focal.say("/help");
    expect(focal.text()).toContain("/tiendo (/progress) — ai đã đăng ký, ai chưa và đơn vị còn thiếu gì");
    expect(focal.text()).toContain("/xuat (/export)");
  });

  it("stops showing the unit once the person is no longer its focal person", async () => {
    const engine = buildEngine(t, now);
    const focal = new ChatUser(engine, "3001");
    await focal.say("/progress");
    const [role] = await t.db.delete(roles).where(eq(roles.personId, world.focal.personId)).returning();
    await focal.press("Cập nhật");
    expect(focal.text()).toContain("Vai trò của bạn không dùng được chức năng này");
    expect(focal.text()).not.toContain("TIẾN ĐỘ");
    await t.db.insert(roles).values(role!);
  });
});

describe("/progress for the Văn phòng", () => {
  it("counts the province by status, unit kind and cluster, and pages late units within Zalo's limit", async () => {
    const engine = buildEngine(t, () => new Date("2027-01-05T03:00:00Z")); // past the demo deadline
    const office = new ChatUser(engine, "3009", "zalo");
    await office.say("/progress");
    const first = office.text();
    expect(first).toContain("TIẾN ĐỘ: ");
    expect(first).toContain("(đã quá hạn)");
    expect(first).toMatch(/Tổng số (\d+) đơn vị: 1 đã nộp · 1 đang thực hiện · (\d+) chưa bắt đầu/);
    expect(first).toContain("Theo loại đơn vị:\n• Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên: 0/3 đã nộp");
    expect(first).toMatch(/• Trường trung học phổ thông: 1\/10 đã nộp, 1 đang thực hiện, 8 chưa bắt đầu/);
    expect(first).toContain("Theo cụm, khối thi đua:\n• Cụm thi đua số 1:");
    expect(first).toContain("— Trang 1/");
    expect(office.labels()).toEqual(["Trang sau »", "🔎 Xem một đơn vị", "🔄 Cập nhật", "Đóng"]);

    // Walk every page forward, then one back: each fits in a Zalo message with its options.
    const pages = [first];
    while (office.labels().includes("Trang sau »")) {
      await office.say(String(office.labels().indexOf("Trang sau »") + 1));
      expect(rendered(office).length).toBeLessThanOrEqual(ZALO_LIMIT);
      pages.push(office.text());
    }
    expect(pages.length).toBeGreaterThan(1);
    const all = pages.join("\n");
    expect(all).toMatch(/Đơn vị quá hạn chưa nộp \((\d+)\):/);
    expect(all).toContain(`– ${world.otherUnitName} · đầu mối: `);
    expect(all).not.toMatch(new RegExp(`\\d+\\. ${world.unitCode} –`));
    expect(office.text()).toContain(`— Trang ${pages.length}/${pages.length} —`);
    await office.press("Trang trước");
    expect(office.text()).toContain(`— Trang ${pages.length - 1}/${pages.length} —`);
    await office.press("Đóng");
    expect(office.last).toEqual([]);
  });

  it("opens one unit from the province view, refusing an unknown code without leaving the step", async () => {
    const office = new ChatUser(buildEngine(t, now), "3009", "zalo");
    await office.say("/tiendo");
    expect(office.labels()).toContain("🔎 Xem một đơn vị");
    await office.press("Xem một đơn vị");
    await office.say("KHONGCO");
    expect(office.text()).toContain("Không tìm thấy đơn vị «KHONGCO»");
    expect(office.text()).toContain("Gõ mã đơn vị");
    await office.say(world.unitCode.toLowerCase());
    expect(office.text()).toContain("TIẾN ĐỘ: Trường THPT Nguyễn Du");
    expect(office.text()).toContain("Đã trả lời (4):");
    expect(office.labels()).toContain("« Toàn tỉnh");
    await office.press("Toàn tỉnh");
    expect(office.text()).toMatch(/Tổng số \d+ đơn vị/);
    // The unit can be named in the command, too.
    await office.say(`/tiendo ${world.unitCode}`);
    expect(office.text()).toContain("TIẾN ĐỘ: Trường THPT Nguyễn Du");
    // A focal person has no such door into other units.
    const focal = new ChatUser(buildEngine(t, now), "3001");
    await focal.say("/progress");
    expect(focal.labels()).not.toContain("🔎 Xem một đơn vị");
    await focal.say("Xem một đơn vị");
    expect(focal.text()).toContain("Vui lòng chọn một trong các lựa chọn");
  });

  it("prints the same report from the CLI", async () => {
    const out = await cli(t, ["progress", "--campaign", String(world.campaignId)], { locale: "vi", now: clock });
    expect(out.code).toBe(0);
    expect(out.output).toMatch(/Tổng số \d+ đơn vị: 1 đã nộp/);
    expect(out.output).toContain("Chưa đến hạn nộp; còn");
    const unit = await cli(t, ["progress", "--campaign", String(world.campaignId), "--unit", world.unitCode], { locale: "en", now: clock });
    expect(unit.output).toContain("Staff who answered: 4/");
  });
});

describe("paging", () => {
  it("never cuts a line, never exceeds the budget, and drops blank lines at the top of a page", () => {
    const lines = ["Head", "", ...Array.from({ length: 50 }, (_, i) => `${i + 1}. ${"x".repeat(30)}`), "", "tail", "y".repeat(300)];
    const pages = paginate(lines, 200);
    expect(pages.every((p) => p.length <= 200)).toBe(true);
    expect(
      pages
        .join("\n")
        .split("\n")
        .filter((l) => l.endsWith("x".repeat(30))),
    ).toHaveLength(50);
    expect(pages.every((p) => !p.startsWith("\n") && p.trim() === p)).toBe(true);
    expect(pages.at(-1)!.endsWith("…")).toBe(true);
    expect(paginate([], 100)).toEqual([""]);
  });
});
