import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  campaigns,
  conversations,
  dataRequests,
  initiatives,
  nominationEvidence,
  nominations,
  outbox,
  people,
} from "../../../src/db/schema.js";
import { createDiskFileStore } from "../../../src/files/store.js";
import { writeAudit } from "../../../src/services/audit.js";
import { declareInitiative } from "../../../src/features/initiatives/service.js";
import { cli } from "../../support/cli.js";
import { buildEngine, ChatUser, demoWorld, link, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");
const ADDRESS = "nhà ở số 12 ngõ 3 Lê Lợi";
const TITLE = "Dạy học STEM qua mô hình tên lửa nước";
const COAUTHOR = "Phan Thị Đồng Tác";

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
});
afterAll(() => t.destroy());

describe("/me export and erasure reach every table (issue #16, medium 4)", () => {
  it("the export holds her sáng kiến, the nomination about her, evidence, audit, messages, conversation; erasure removes them all", async () => {
    const me = world.staff[8]!;
    const [person] = await t.db.select().from(people).where(eq(people.id, me.personId));
    await link(t, me.personId, "9201");
    await declareInitiative(
      t.db,
      { personId: me.personId, provinceId: world.provinceId, unitId: world.unitId },
      { title: TITLE, field: "Vật lý", coAuthors: COAUTHOR, status: "planned", decisionNumber: null, decidedOn: null, scope: null },
    );
    const [campaign] = await t.db.select().from(campaigns).limit(1);
    const [nom] = await t.db
      .insert(nominations)
      .values({
        provinceId: world.provinceId,
        campaignId: campaign!.id,
        unitId: world.unitId,
        kind: "individual",
        personId: me.personId,
        nomineeName: person!.fullName,
        field: "Giáo dục",
        summary: `Cô ${person!.fullName}, ${ADDRESS}`,
      })
      .returning();
    await writeAudit(t.db, {
      provinceId: world.provinceId,
      actor: world.focal,
      action: "create",
      entity: "nomination",
      entityId: nom!.id,
      after: nom,
    });
    const dataDir = await mkdtemp(path.join(tmpdir(), "erase-"));
    const store = createDiskFileStore(path.join(dataDir, "files"));
    const file = await store.put(new TextEncoder().encode("minh chứng"), "bang-khen.pdf", "application/pdf");
    await t.db.insert(nominationEvidence).values({
      provinceId: world.provinceId,
      nominationId: nom!.id,
      channel: "telegram",
      fileId: "f1",
      fileName: "bang-khen.pdf",
      mime: "application/pdf",
      storedKey: file.key,
      sha256: file.sha256,
    });
    await t.db.insert(outbox).values({
      provinceId: world.provinceId,
      personId: me.personId,
      dedupeKey: "t-9201",
      kind: "notice",
      message: { key: "notify-x", vars: { name: person!.fullName } },
    });

    const u = new ChatUser(
      buildEngine(t, () => now),
      "9201",
    );
    await u.say("/toi");
    await u.press("Tải dữ liệu");
    const docs = u.last.flatMap((m) => (m.type === "document" ? [m] : []));
    const data = JSON.parse(new TextDecoder().decode(docs.find((d) => d.fileName.endsWith(".json"))!.content));
    expect(data["Sáng kiến"]).toEqual([expect.objectContaining({ "Sáng kiến": TITLE, "Đồng tác giả": COAUTHOR, "Trạng thái": "Dự kiến" })]);
    expect(data["Đề xuất điển hình tiên tiến về bạn"]).toEqual([
      expect.objectContaining({ "Tóm tắt thành tích": expect.stringContaining(ADDRESS) }),
    ]);
    expect(data["Minh chứng"]).toEqual([expect.objectContaining({ Tệp: "bang-khen.pdf" })]);
    expect(data["Nhật ký thao tác"].length).toBeGreaterThanOrEqual(2);
    expect(data["Tin nhắn gửi bạn"]).toHaveLength(1);
    expect(data["Hội thoại với bot"]).toEqual([expect.objectContaining({ Kênh: "Telegram" })]);
    // No internal codes where a word exists.
    expect(JSON.stringify(data)).not.toMatch(/"(pending|planned|LDTT|HTTNV|staff|telegram)"/);
    // The workbook reads the same.
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(docs.find((d) => d.fileName.endsWith(".xlsx"))!.content) as never);
    const cells = wb.worksheets[0]!.getSheetValues().flat().map(String);
    expect(cells).toContain(TITLE);
    expect(cells).toContain("Đồng tác giả");

    await u.say("/me");
    await u.press("Yêu cầu xóa dữ liệu");
    await u.press("Gửi yêu cầu xóa");
    const [req] = await t.db.select().from(dataRequests).where(eq(dataRequests.personId, me.personId));
    const erased = await cli(t, ["requests", "erase", "--id", String(req!.id)], { now, env: { DATA_DIR: dataDir } });
    expect(erased.code).toBe(0);

    const [ini] = await t.db.select().from(initiatives).where(eq(initiatives.personId, me.personId));
    expect(ini).toMatchObject({ title: "(đã xóa theo yêu cầu)", coAuthors: null });
    const [n] = await t.db.select().from(nominations).where(eq(nominations.id, nom!.id));
    expect(n).toMatchObject({ nomineeName: "(đã xóa theo yêu cầu)", summary: "(đã xóa theo yêu cầu)" });
    const [gone] = await t.db.select().from(people).where(eq(people.id, me.personId));
    expect(gone).toMatchObject({ fullName: "(đã xóa theo yêu cầu)", phone: null });
    expect(await t.db.$count(nominationEvidence, eq(nominationEvidence.nominationId, nom!.id))).toBe(0);
    expect(await store.get(file.key)).toBeNull();
    // Nothing naming her is left to send: only the "done" notice to her chat, which names nobody.
    const left = await t.db.select().from(outbox).where(eq(outbox.personId, me.personId));
    expect(left.map((m) => m.message)).toEqual([{ key: "consent-erasure-done" }]);
    expect(await t.db.$count(conversations, eq(conversations.externalId, "9201"))).toBe(0);
    // The audit keeps what happened and when, not her name, title, co-author or address.
    const trail = JSON.stringify(await t.db.select().from(auditLog));
    for (const bad of [person!.fullName, TITLE, COAUTHOR, ADDRESS]) expect(trail).not.toContain(bad);
    expect(trail).toContain('"action":"erase"');
  });
});
