import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { campaigns, outbox, personResults, personYears, unitSubmissions, unitYears } from "../../../src/db/schema.js";
import { createCampaign } from "../../../src/services/campaigns.js";
import { buildEngine, ChatUser, demoWorld, link, TZ, type DemoWorld } from "../../support/chat.js";
import { exportFile } from "../../../src/features/export/service.js";
import { loadCampaign } from "../../../src/features/progress/service.js";
import { docxText, readWorkbook, rowValues } from "../../exports/fixture.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const clock = new Date("2026-11-22T03:00:00Z");
const now = () => clock;
let schoolYear = "";

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, clock);
  await link(t, world.focal.personId, "3001");
  await link(t, world.staff[0]!.personId, "3002");
  await link(t, world.staff[1]!.personId, "3003");
  await link(t, world.office.personId, "3009");
  const [reg] = await t.db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.provinceId, world.provinceId), eq(campaigns.kind, "registration")));
  const { schoolYears } = await import("../../../src/db/schema.js");
  const [year] = await t.db.select().from(schoolYears).where(eq(schoolYears.id, reg!.schoolYearId));
  schoolYear = year!.label;
  await createCampaign(
    t.db,
    {
      provinceId: world.provinceId,
      kind: "results",
      title: `Kết quả thi đua năm học ${schoolYear}`,
      schoolYear,
      opensAt: clock,
      deadlineAt: new Date("2026-12-31T16:59:59Z"),
    },
    "test",
  );
});
afterAll(() => t.destroy());

describe("year-end results in chat (/ketqua)", () => {
  it("walks a unit from 'đạt như đăng ký' through exceptions and a correction request to submission", async () => {
    const engine = buildEngine(t, now);
    const focal = new ChatUser(engine, "3001");
    const a = new ChatUser(engine, "3002");
    const b = new ChatUser(engine, "3003");
    await a.say("/dangky");
    await a.registerTitle("Chiến sĩ thi đua cơ sở");
    await b.say("/dangky");
    await b.registerTitle("Lao động tiên tiến");

    // A teacher sees that nothing is entered yet.
    await b.say("/ketqua");
    expect(b.text()).toContain("Đơn vị chưa nhập kết quả thi đua của bạn");
    await b.press("Đóng");

    await focal.say("/ketqua");
    expect(focal.text()).toMatch(/Đã có kết quả: 0\/(\d+) cán bộ/);
    const members = Number(/Đã có kết quả: 0\/(\d+)/.exec(focal.text())![1]);
    await focal.press("Đạt như đăng ký");
    expect(focal.text()).toContain(`Đã ghi kết quả “đạt như đăng ký” cho 2 cán bộ. Còn ${members - 2} cán bộ chưa có kết quả`);
    expect(focal.text()).toContain(`Đã có kết quả: 2/${members} cán bộ`);

    // Submitting now is refused, with the count, and changes nothing.
    await focal.press("Nộp kết quả");
    await focal.press("Nộp");
    expect(focal.text()).toContain(`Còn ${members - 2} cán bộ chưa có xếp loại`);
    expect(
      await t.db
        .select()
        .from(unitSubmissions)
        .where(and(eq(unitSubmissions.unitId, world.unitId), eq(unitSubmissions.status, "submitted"))),
    ).toHaveLength(0);
    await focal.press("Quay lại");

    // Teacher b asks for a correction before submission; the focal person is told.
    await b.say("/ketqua");
    expect(b.text()).toContain("Xếp loại: Hoàn thành tốt nhiệm vụ");
    expect(b.text()).toContain("Danh hiệu: Lao động tiên tiến");
    await b.press("Đề nghị điều chỉnh");
    await b.say("Tôi có sáng kiến được công nhận cấp cơ sở, đề nghị xét Chiến sĩ thi đua cơ sở");
    expect(b.text()).toContain("Đã gửi đề nghị điều chỉnh");
    const [told] = await t.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.personId, world.focal.personId)));
    expect(told?.message).toMatchObject({ key: "notify-results-correction" });

    // The exceptions: everyone else one by one, b changed as asked.
    await focal.press("Kết quả từng người");
    expect(focal.text()).toContain("✎");
    for (;;) {
      const pending = focal.labels().find((l) => l.startsWith("• ") || l.startsWith("✎ "));
      if (!pending) {
        if (focal.labels().some((l) => l.includes("Trang sau"))) {
          await focal.press("Trang sau");
          continue;
        }
        break;
      }
      const isB = pending.includes(world.staff[1]!.name);
      await focal.press(pending);
      await focal.press(isB ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành tốt nhiệm vụ");
      await focal.press(isB ? "Chiến sĩ thi đua cơ sở" : "Lao động tiên tiến");
      expect(focal.text()).toContain("Đã lưu:");
    }
    await focal.press("Quay lại");
    // Back to the first pages: nothing left unrated anywhere.
    expect(focal.text()).toContain(`Đã có kết quả: ${members}/${members} cán bộ`);
    expect(focal.text()).toContain("Đề nghị điều chỉnh chưa xử lý: 0");

    // The collective title, with the rules checked on the results.
    await focal.press("Danh hiệu tập thể");
    await focal.press("Tập thể lao động xuất sắc");
    expect(focal.text()).toContain("Đã lưu.");
    await focal.press("Kiểm tra theo tiêu chuẩn");
    expect(focal.text()).toContain("Kết quả của đơn vị không có điểm nào cần lưu ý");
    await focal.press("Quay lại");

    await focal.press("Nộp kết quả");
    await focal.press("Nộp");
    expect(focal.text()).toContain(`Đã nộp kết quả thi đua của ${members} cán bộ lúc 22/11/2026 10:00`);

    // The year is in each person's record and the unit's.
    const [ya] = await t.db
      .select()
      .from(personYears)
      .where(and(eq(personYears.personId, world.staff[0]!.personId), eq(personYears.schoolYear, schoolYear)));
    expect(ya).toMatchObject({ rating: "HTXSNV", titles: ["LDTT", "CSTDCS"], source: "results", unitId: world.unitId });
    const [yb] = await t.db
      .select()
      .from(personYears)
      .where(and(eq(personYears.personId, world.staff[1]!.personId), eq(personYears.schoolYear, schoolYear)));
    expect(yb).toMatchObject({ rating: "HTXSNV", titles: ["LDTT", "CSTDCS"] });
    const [unitYear] = await t.db
      .select()
      .from(unitYears)
      .where(and(eq(unitYears.unitId, world.unitId), eq(unitYears.schoolYear, schoolYear)));
    expect(unitYear).toMatchObject({ schoolYear, titles: ["TTLDXS"], groupName: null });
    const office = await t.db.select().from(outbox).where(eq(outbox.personId, world.office.personId));
    expect(office.some((m) => m.message.key === "notify-results-submitted")).toBe(true);

    // Locked as registration is: only looking remains, and the teacher can no longer ask.
    await focal.say("/ketqua");
    expect(focal.labels()).not.toContain("📤 Nộp kết quả");
    expect(focal.labels().some((l) => l.includes("Đạt như đăng ký"))).toBe(false);
    await b.say("/ketqua");
    expect(b.text()).toContain("Danh hiệu: Chiến sĩ thi đua cơ sở");
    expect(b.labels().some((l) => l.includes("Đề nghị điều chỉnh"))).toBe(false);
    const rows = await t.db.select().from(personResults).where(eq(personResults.unitId, world.unitId));
    expect(rows).toHaveLength(members);

    // The workbook's "Kết quả" tab lists the year's results.
    const [reg] = await t.db
      .select()
      .from(campaigns)
      .where(and(eq(campaigns.provinceId, world.provinceId), eq(campaigns.kind, "registration")));
    const campaign = await loadCampaign(t.db, world.provinceId, reg!.id);
    const file = await exportFile(t.db, campaign, { provinceId: world.provinceId, unitIds: [world.unitId] }, "xlsx", {
      now: clock,
      timeZone: TZ,
    });
    const ws = (await readWorkbook(file!.content)).getWorksheet("Kết quả")!;
    const unitName = String(rowValues(ws, 2)[2]);
    expect(rowValues(ws, 1)).toEqual([
      "STT",
      "Mã đơn vị",
      "Tên đơn vị",
      "Họ và tên",
      "Chức vụ",
      "Năm học",
      "Xếp loại",
      "Danh hiệu thi đua đạt được",
      "Số quyết định",
    ]);
    expect(ws.rowCount).toBe(members + 1);
    const rowOfA = [...Array(members).keys()].map((i) => rowValues(ws, i + 2)).find((r) => r[3] === world.staff[0]!.name)!;
    expect(rowOfA.slice(5, 8)).toEqual([schoolYear, "Hoàn thành xuất sắc nhiệm vụ", "Chiến sĩ thi đua cơ sở"]);

    // The unit's Word documents: the proposal list and the minutes of the review meeting.
    await focal.say("/ketqua");
    await focal.press("Danh sách đề nghị, biên bản");
    const docs = focal.last.filter((m) => m.type === "document");
    expect(docs.map((d) => (d.type === "document" ? d.fileName : ""))).toEqual(
      [`Trường THPT Nguyễn Du-DSDN NH ${schoolYear}.docx`, `Trường THPT Nguyễn Du-BBBX NH ${schoolYear}.docx`].map((n) =>
        n.replace("Trường THPT Nguyễn Du", unitName),
      ),
    );
    const proposal = await docxText(docs[0]!.type === "document" ? docs[0]!.content : new Uint8Array());
    expect(proposal).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(proposal).toContain(`DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU THI ĐUA\nNăm học ${schoolYear}`);
    expect(proposal).toContain(world.staff[0]!.name);
    expect(proposal).toContain(`Tổng số: ${members} cá nhân, 1 tập thể.`);
    const minutes = await docxText(docs[1]!.type === "document" ? docs[1]!.content : new Uint8Array());
    expect(minutes).toContain(`Tổng số cán bộ, giáo viên, nhân viên được đánh giá: ${members}.`);
    expect(minutes).toContain("- Danh hiệu tập thể: Tập thể lao động xuất sắc.");
  });

  it("warns on the unit's results: the CSTĐCS cap where the province sets it for the year, and TTLĐXS criteria", async () => {
    const { checkResults } = await import("../../../src/domain/results.js");
    const { RULES_ND_152_2025, applyProvinceRules } = await import("../../../src/domain/rules/index.js");
    const rs = applyProvinceRules(RULES_ND_152_2025, { years: { "2026-2027": { cstdcsQuotaPercentOfLdtt: 15 } } }, "2026-2027");
    const results = [
      { personId: 1, rating: "HTXSNV" as const, titleCode: "CSTDCS" },
      { personId: 2, rating: "HTXSNV" as const, titleCode: "CSTDCS" },
      { personId: 3, rating: "HTTNV" as const, titleCode: "LDTT" },
      { personId: 4, rating: "KHTNV" as const, titleCode: null },
    ];
    const check = checkResults(results, "TTLDXS", rs);
    expect(check.evaluation.status).toBe("warn");
    expect(check.evaluation.reasons.map((r) => r.key)).toEqual(["rule-cstdcs-quota-exceeded", "rule-ttldxs-needs-all-htnv"]);
    expect(check.evaluation.reasons.every((r) => r.severity === "warn")).toBe(true);
    // Without the province's cap for that year, only the TTLĐXS finding remains.
    expect(checkResults(results, "TTLDXS", RULES_ND_152_2025).evaluation.reasons.map((r) => r.key)).toEqual(["rule-ttldxs-needs-all-htnv"]);
  });
});
