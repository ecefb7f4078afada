import { and, eq } from "drizzle-orm";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  campaigns,
  decisionPeople,
  decisions,
  dossierReports,
  initiatives,
  outbox,
  people,
  personResults,
  personYears,
  roles,
  schoolYears,
  unitDossiers,
  units,
} from "../../../src/db/schema.js";
import { UserError } from "../../../src/core/errors.js";
import { officeDecide, currentDossierCampaigns } from "../../../src/features/dossiers/service.js";
import { shiftSchoolYear } from "../../../src/domain/rules/index.js";
import { createCampaign } from "../../../src/services/campaigns.js";
import { pendingUnits } from "../../../src/reminders/campaign-kinds.js";
import { erasePerson } from "../../../src/services/personal-data.js";
import { dataRequests } from "../../../src/db/schema.js";
import { buildEngine, ChatUser, demoWorld, link, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { docxText } from "../../exports/fixture.js";

/**
 * /hoso as the people of a school live it: a CSTĐCS candidate fills the báo cáo thành tích with
 * what the system knows shown first, the focal person returns it and approves the corrected one,
 * the leader confirms the sending, the Văn phòng returns the dossier and accepts it when resent.
 */

let t: TestDatabase;
let world: DemoWorld;
const clock = new Date("2026-12-01T03:00:00Z");
const now = () => clock;
let schoolYear = "";
let leaderId = 0;
let unitCode = "";
const A = () => world.staff[0]!;

const reportOf = async (personId: number) => (await t.db.select().from(dossierReports).where(eq(dossierReports.personId, personId)))[0];
const dossierRow = async () => (await t.db.select().from(unitDossiers).where(eq(unitDossiers.unitId, world.unitId)))[0];
const messagesTo = async (personId: number) =>
  (await t.db.select().from(outbox).where(eq(outbox.personId, personId))).map((m) => m.message);

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, clock);
  const db = t.db;
  const [leader] = await db
    .select({ id: roles.personId })
    .from(roles)
    .where(and(eq(roles.unitId, world.unitId), eq(roles.role, "unit_leader")));
  leaderId = leader!.id;
  await link(t, world.focal.personId, "4001");
  await link(t, A().personId, "4002");
  await link(t, world.staff[1]!.personId, "4003");
  await link(t, leaderId, "4004");
  await link(t, world.office.personId, "4009");
  const [u] = await db.select({ code: units.code }).from(units).where(eq(units.id, world.unitId));
  unitCode = u!.code;
  const [reg] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.provinceId, world.provinceId), eq(campaigns.kind, "registration")));
  const [year] = await db.select().from(schoolYears).where(eq(schoolYears.id, reg!.schoolYearId));
  schoolYear = year!.label;
  const results = await createCampaign(
    db,
    {
      provinceId: world.provinceId,
      kind: "results",
      title: `Kết quả thi đua năm học ${schoolYear}`,
      schoolYear,
      opensAt: new Date("2026-11-01T00:00:00Z"),
      deadlineAt: new Date("2026-11-30T16:59:59Z"),
    },
    "test",
  );
  // The dossier campaign, whose deadline the reminders follow.
  await createCampaign(
    db,
    {
      provinceId: world.provinceId,
      kind: "dossier",
      title: `Hồ sơ khen thưởng năm học ${schoolYear}`,
      schoolYear,
      opensAt: new Date("2026-11-30T17:00:00Z"),
      deadlineAt: new Date("2026-12-20T16:59:59Z"),
    },
    "test",
  );
  const base = { provinceId: world.provinceId, campaignId: results.id, unitId: world.unitId };
  // A is this year's CSTĐCS; B only LĐTT (no dossier).
  await db.insert(personResults).values([
    { ...base, personId: A().personId, rating: "HTXSNV", titleCode: "CSTDCS" },
    { ...base, personId: world.staff[1]!.personId, rating: "HTTNV", titleCode: "LDTT" },
  ]);
  // What the system knows of A: last year's titles and decision, a recognised sáng kiến, a Giấy khen.
  const last = shiftSchoolYear(schoolYear, -1);
  await db
    .insert(personYears)
    .values({
      provinceId: world.provinceId,
      personId: A().personId,
      schoolYear: last,
      rating: "HTXSNV",
      titles: ["LDTT", "CSTDCS"],
      decision: "45/QĐ-SGDĐT",
      unitId: world.unitId,
    })
    .onConflictDoUpdate({
      target: [personYears.personId, personYears.schoolYear],
      set: { rating: "HTXSNV", titles: ["LDTT", "CSTDCS"], decision: "45/QĐ-SGDĐT" },
    });
  await db.insert(initiatives).values({
    provinceId: world.provinceId,
    personId: A().personId,
    unitId: world.unitId,
    title: "Dạy học STEM qua chủ đề năng lượng tái tạo",
    field: "Vật lý",
    status: "recognised",
    decisionNumber: "112/QĐ-SGDĐT",
    decidedOn: "2026-06-10",
    scope: "co_so",
  });
  const [d] = await db
    .insert(decisions)
    .values({ provinceId: world.provinceId, number: "87/QĐ-SGDĐT", signedOn: "2025-08-20", level: "GIAM_DOC_SO", schoolYear: last })
    .returning();
  await db
    .insert(decisionPeople)
    .values({ provinceId: world.provinceId, decisionId: d!.id, personId: A().personId, titleCode: "GIAY_KHEN_GIAM_DOC_SO" });
});
afterAll(() => t.destroy());

describe("award dossiers in chat (/hoso)", () => {
  it("walks a CSTĐCS candidate's report with the known data prefilled, returned and resent, through the leader's confirmation and the Văn phòng's return and acceptance", async () => {
    const engine = buildEngine(t, now);
    const focal = new ChatUser(engine, "4001");
    const a = new ChatUser(engine, "4002");
    const b = new ChatUser(engine, "4003");
    const leader = new ChatUser(engine, "4004");
    const office = new ChatUser(engine, "4009");
    const last = shiftSchoolYear(schoolYear, -1);

    // B has nothing that needs a dossier.
    await b.say("/hoso");
    expect(b.text()).toContain("bạn không có đề nghị khen thưởng nào cần lập báo cáo thành tích");

    await a.say("/hoso");
    expect(a.text()).toContain(`Báo cáo thành tích: ${A().name}`);
    expect(a.text()).toContain(`Đề nghị: Chiến sĩ thi đua cơ sở (năm học ${schoolYear})`);
    expect(a.text()).toContain("Hạn hồ sơ: 20/12/2026");

    await a.press("Sơ lược lý lịch");
    expect(a.text()).toContain(`Họ và tên: ${A().name}.`);
    // Bad input: a formula is refused and nothing is stored.
    await a.say('=HYPERLINK("http://x")');
    expect(a.text()).toMatch(/công thức/);
    expect(await reportOf(A().personId)).toBeUndefined();
    await a.say("Sinh ngày 12/03/1985, quê quán Ninh Bình, cử nhân Sư phạm Vật lý");
    expect(a.text()).toContain("Đã lưu phần “Sơ lược lý lịch”.");
    // The next section follows; duties start from the position.
    expect(a.text()).toContain("Chức vụ, nhiệm vụ được giao");
    await a.say("Dạy Vật lý các lớp 11A1, 11A2; chủ nhiệm lớp 11A1");
    // Achievements: this year's rating is known.
    expect(a.text()).toContain(`Năm học ${schoolYear}: Hoàn thành xuất sắc nhiệm vụ.`);
    await a.say("Tỉ lệ học sinh đạt yêu cầu 100%; 12 học sinh giỏi cấp trường");
    // Sáng kiến with its decision number.
    expect(a.text()).toContain(
      "Sáng kiến “Dạy học STEM qua chủ đề năng lượng tái tạo”, được công nhận cấp cơ sở, Quyết định số 112/QĐ-SGDĐT ngày 10/06/2026.",
    );
    await a.press("Dùng nội dung này");
    // Titles by year and the Giấy khen, with their decisions.
    expect(a.text()).toContain(`Năm học ${last}: Lao động tiên tiến, Chiến sĩ thi đua cơ sở (Quyết định số 45/QĐ-SGDĐT).`);
    expect(a.text()).toContain(
      "Giấy khen của Giám đốc Sở Giáo dục và Đào tạo: Quyết định số 87/QĐ-SGDĐT ngày 20/08/2025 của Giám đốc Sở Giáo dục và Đào tạo.",
    );
    await a.press("Dùng nội dung này");
    expect(a.text()).toContain("✓ Các hình thức khen thưởng đã nhận");

    const stored = await reportOf(A().personId);
    expect(stored!.status).toBe("draft");
    expect(stored!.answers.bio).toBe(
      `Họ và tên: ${A().name}. Chức vụ: ${(await t.db.select().from(people).where(eq(people.id, A().personId)))[0]!.position}. Đơn vị công tác: ${(await t.db.select().from(units).where(eq(units.id, world.unitId)))[0]!.name}.\nSinh ngày 12/03/1985, quê quán Ninh Bình, cử nhân Sư phạm Vật lý`,
    );
    expect(stored!.answers.achievements).toBe(
      `Năm học ${schoolYear}: Hoàn thành xuất sắc nhiệm vụ.\nTỉ lệ học sinh đạt yêu cầu 100%; 12 học sinh giỏi cấp trường`,
    );
    expect(stored!.answers.initiatives).toContain("Quyết định số 112/QĐ-SGDĐT");
    expect(stored!.answers.awards).toContain("Quyết định số 45/QĐ-SGDĐT");

    await a.press("Gửi báo cáo cho đầu mối");
    await a.press("Gửi");
    expect(a.text()).toContain("Đã gửi báo cáo thành tích cho cán bộ đầu mối");
    expect((await reportOf(A().personId))!.status).toBe("submitted");
    expect((await messagesTo(world.focal.personId)).some((m) => m.key === "notify-dossier-report-submitted")).toBe(true);

    // The focal person returns it with a reason; the candidate is told.
    await focal.say("/hoso");
    expect(focal.text()).toContain("Đề nghị cần báo cáo thành tích: 1 (đã duyệt 0, chờ duyệt 1)");
    expect(focal.text()).toContain("Trạng thái hồ sơ: đang làm");
    // Sending now is refused and changes nothing.
    await focal.press("Gửi hồ sơ");
    await focal.press("Gửi");
    expect(focal.text()).toContain("Còn 1 báo cáo thành tích chưa được duyệt");
    expect(await dossierRow()).toBeUndefined();
    await focal.say("/hoso");
    await focal.press("Báo cáo thành tích");
    await focal.press(A().name);
    expect(focal.text()).toContain("12 học sinh giỏi cấp trường");
    await focal.press("Trả lại");
    await focal.say("Bổ sung số học sinh giỏi cấp tỉnh");
    expect(focal.text()).toContain(`Đã trả lại báo cáo của ${A().name} kèm lý do`);
    expect(await reportOf(A().personId)).toMatchObject({ status: "returned", returnReason: "Bổ sung số học sinh giỏi cấp tỉnh" });
    expect((await messagesTo(A().personId)).find((m) => m.key === "notify-dossier-report-returned")?.vars).toEqual({
      reason: "Bổ sung số học sinh giỏi cấp tỉnh",
    });

    // The candidate corrects one section and sends again.
    await a.say("/hoso");
    expect(a.text()).toContain("Trạng thái: bị trả lại, cần sửa");
    expect(a.text()).toContain("Lý do trả lại: Bổ sung số học sinh giỏi cấp tỉnh");
    await a.press("Thành tích đạt được");
    await a.say("Tỉ lệ học sinh đạt yêu cầu 100%; 12 học sinh giỏi cấp trường, 3 học sinh giỏi cấp tỉnh");
    await a.press("Quay lại");
    await a.press("Gửi báo cáo cho đầu mối");
    await a.press("Gửi");
    expect(await reportOf(A().personId)).toMatchObject({ status: "submitted", returnReason: null });
    expect((await reportOf(A().personId))!.answers.achievements).toContain("3 học sinh giỏi cấp tỉnh");

    await focal.say("/hoso");
    await focal.press("Báo cáo thành tích");
    await focal.press(A().name);
    await focal.press("Duyệt");
    expect(focal.text()).toContain(`Đã duyệt báo cáo thành tích của ${A().name}.`);
    await focal.press("Quay lại");

    // The dossier campaign's reminders go to this unit (the only one with a proposal) until it sends.
    const [dossierCampaign] = await t.db
      .select()
      .from(campaigns)
      .where(and(eq(campaigns.provinceId, world.provinceId), eq(campaigns.kind, "dossier")));
    expect((await pendingUnits(t.db, dossierCampaign!)).map((u) => u.unitId)).toEqual([world.unitId]);

    // The focal person asks to send; the leader confirms.
    await focal.press("Gửi hồ sơ");
    await focal.press("Gửi");
    expect(focal.text()).toContain("lãnh đạo đơn vị đã được báo để xác nhận");
    expect((await dossierRow())!.status).toBe("in_progress");
    expect((await messagesTo(leaderId)).some((m) => m.key === "notify-dossier-confirm")).toBe(true);
    await leader.say("/hoso");
    expect(leader.text()).toContain("Đang chờ lãnh đạo đơn vị xác nhận gửi.");
    await leader.press("Xác nhận gửi hồ sơ");
    await leader.press("Gửi");
    expect(leader.text()).toContain("Đã gửi hồ sơ đề nghị khen thưởng lúc 01/12/2026 10:00");
    expect(await dossierRow()).toMatchObject({ status: "sent", sentBy: leaderId });
    expect((await messagesTo(world.office.personId)).some((m) => m.key === "notify-dossier-sent-office")).toBe(true);
    expect(await pendingUnits(t.db, dossierCampaign!)).toEqual([]);
    // Sent: the candidate can only look.
    await a.say("/hoso");
    expect(a.labels().some((l) => l.includes("Thành tích đạt được"))).toBe(false);

    // A teacher cannot act as the Văn phòng: refused, nothing changes.
    const c = await currentDossierCampaigns(t.db, world.provinceId, clock);
    const teacher = {
      personId: A().personId,
      provinceId: world.provinceId,
      unitId: world.unitId,
      unitName: "",
      fullName: A().name,
      position: "",
      roles: [{ role: "staff" as const, unitId: world.unitId }],
    };
    await expect(
      t.db.transaction((tx) =>
        officeDecide(tx, { c: c!, actor: teacher, now: clock, timeZone: "Asia/Ho_Chi_Minh", notify: () => {} }, world.unitId, {
          accept: true,
        }),
      ),
    ).rejects.toThrow(UserError);
    expect((await dossierRow())!.status).toBe("sent");

    // The Văn phòng sees the unit's state, returns the dossier with a reason.
    await office.say("/hoso");
    expect(office.text()).toContain("1 đơn vị có đề nghị: chưa bắt đầu 0, đang làm 0, đã gửi 1, bị trả lại 0, đã tiếp nhận 0.");
    await office.press(`${unitCode} `);
    expect(office.text()).toContain("Trạng thái: đã gửi");
    await office.press("Trả lại");
    await office.say("Biên bản chưa có chữ ký của thư ký");
    expect(office.text()).toContain("Đã trả lại hồ sơ kèm lý do");
    expect(await dossierRow()).toMatchObject({ status: "returned", returnReason: "Biên bản chưa có chữ ký của thư ký" });
    expect((await messagesTo(world.focal.personId)).find((m) => m.key === "notify-dossier-returned")?.vars).toMatchObject({
      reason: "Biên bản chưa có chữ ký của thư ký",
    });

    // Resent (the leader sends at once) and accepted.
    await leader.say("/hoso");
    expect(leader.text()).toContain("Lý do Văn phòng trả lại: Biên bản chưa có chữ ký của thư ký");
    await leader.press("Gửi hồ sơ");
    await leader.press("Gửi");
    expect((await dossierRow())!.status).toBe("sent");
    await office.say("/hoso");
    await office.press(`${unitCode} `);
    await office.press("Tiếp nhận");
    await office.press("Tiếp nhận");
    expect(office.text()).toContain("Đã tiếp nhận hồ sơ");
    expect((await dossierRow())!.status).toBe("accepted");
    expect((await messagesTo(world.focal.personId)).some((m) => m.key === "notify-dossier-accepted")).toBe(true);

    // The unit's dossier as one zip, named as the province files it.
    await focal.say("/hoso");
    await focal.press("Tải hồ sơ");
    const file = focal.last.find((m) => m.type === "document");
    expect(file?.type === "document" && file.fileName).toBe(`HoSo_${unitCode}_${schoolYear}.zip`);
    const zip = await JSZip.loadAsync(file!.type === "document" ? file!.content : new Uint8Array());
    const ascii = A().name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").split(" ").join("");
    expect(
      Object.keys(zip.files)
        .filter((n) => !zip.files[n]!.dir)
        .sort(),
    ).toEqual([
      `HoSo_${unitCode}_${schoolYear}/01_ToTrinh.docx`,
      `HoSo_${unitCode}_${schoolYear}/02_BienBan.docx`,
      `HoSo_${unitCode}_${schoolYear}/03_BaoCaoThanhTich_${ascii}.docx`,
    ]);
    const report = await docxText(await zip.file(`HoSo_${unitCode}_${schoolYear}/03_BaoCaoThanhTich_${ascii}.docx`)!.async("uint8array"));
    expect(report).toContain(`ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU “CHIẾN SĨ THI ĐUA CƠ SỞ” NĂM HỌC ${schoolYear}`);
    expect(report).toContain("3 học sinh giỏi cấp tỉnh");
    const proposal = await docxText(await zip.file(`HoSo_${unitCode}_${schoolYear}/01_ToTrinh.docx`)!.async("uint8array"));
    expect(proposal).toContain("đề nghị khen thưởng cho 1 cá nhân và 0 tập thể");
    expect(proposal).toContain(A().name);
  });

  it("erasure on request clears the candidate's answers, keeping the row", async () => {
    const [req] = await t.db
      .insert(dataRequests)
      .values({ provinceId: world.provinceId, personId: A().personId, kind: "erase" })
      .returning();
    await t.db.transaction((tx) => erasePerson(tx, req!.id, world.provinceId, clock, "test"));
    expect(await reportOf(A().personId)).toMatchObject({ answers: {}, returnReason: null });
  });
});
