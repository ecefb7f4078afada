import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Database } from "../../src/db/client.js";
import {
  campaigns,
  collectiveRegistrations,
  initiatives,
  nominations,
  people,
  registrations,
  unitSubmissions,
  unitTargets,
  units,
} from "../../src/db/schema.js";
import { demoWorld, type DemoWorld } from "../support/chat.js";

/**
 * The demo province with a registration campaign in which THPT01 has submitted (four staff with
 * known names, a target that looks like a formula, two collective titles) and THPT02, renamed with
 * characters illegal in file names, has one registration and has not submitted.
 */
export interface ExportWorld extends DemoWorld {
  campaignId: number;
  otherUnitName: string;
  /** The names of THPT01's registered staff, in the order the exports must list them. */
  sortedNames: string[];
  submittedAt: Date;
}

export const OTHER_UNIT_NAME = "Trường THPT A/B: Cơ sở 2";

export async function exportWorld(database: Database, now: Date): Promise<ExportWorld> {
  const world = await demoWorld(database, now);
  const db = database.db;
  const [campaign] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.provinceId, world.provinceId), eq(campaigns.kind, "registration")));
  const names = ["Nguyễn Văn Bình", "Trần Thị An", "Đỗ Thị Ánh", "Lê Văn An"];
  const staff = world.staff.slice(0, 4);
  for (let i = 0; i < 4; i++) await db.update(people).set({ fullName: names[i]! }).where(eq(people.id, staff[i]!.personId));
  const base = { provinceId: world.provinceId, campaignId: campaign!.id, unitId: world.unitId };
  await db.insert(registrations).values([
    {
      ...base,
      personId: staff[0]!.personId,
      titleCode: "CSTDCS",
      awardCode: "GIAY_KHEN_GIAM_DOC_SO",
      initiativeTitle: "Dạy học STEM, lớp 10",
      initiativeSubject: "Vật lý",
      status: "approved",
    },
    { ...base, personId: staff[1]!.personId, titleCode: "LDTT", status: "pending" },
    // A value stored before input checks existed: the export must not hand it to Excel as a formula.
    {
      ...base,
      personId: staff[2]!.personId,
      titleCode: "LDTT",
      initiativeTitle: '=HYPERLINK("http://x","y")',
      initiativeSubject: "Toán",
      status: "approved",
    },
    { ...base, personId: staff[3]!.personId, titleCode: "LDTT", status: "returned", returnReason: "Sai chức vụ" },
  ]);
  await db.insert(unitTargets).values([
    { ...base, content: "Tỷ lệ học sinh lên lớp", measure: "%", planned: "98" },
    { ...base, content: "-5% học sinh bỏ học", measure: "%", planned: "0" },
  ]);
  await db.insert(collectiveRegistrations).values([
    { ...base, groupName: "Tổ Toán – Tin", titleCode: "TTLDTT", awardCode: null },
    { ...base, groupName: null, titleCode: "TTLDXS", awardCode: "BANG_KHEN_UBND_TINH" },
  ]);
  // 23:30 on 20/11 in Vietnam is 16:30 UTC: the export must show the 20th, not the 21st.
  const submittedAt = new Date("2026-11-20T16:30:00Z");
  await db.insert(unitSubmissions).values({ ...base, status: "submitted", submittedAt, submittedBy: world.focal.personId });

  // Issue 5's records: a recognised sáng kiến of this school year and one of last year (left out),
  // a nomination sent in the demo nomination campaign, and a draft one.
  const author = world.staff[4]!;
  await db.update(people).set({ fullName: "Phan Văn Cường" }).where(eq(people.id, author.personId));
  const [initiative] = await db
    .insert(initiatives)
    .values([
      {
        provinceId: world.provinceId,
        personId: author.personId,
        unitId: world.unitId,
        title: "Đồ dùng dạy học tự làm",
        field: "Vật lý",
        coAuthors: "Trần Thị An",
        status: "recognised",
        decisionNumber: "123/QĐ-SGDĐT",
        decidedOn: "2026-12-15",
        scope: "tinh",
      },
      {
        provinceId: world.provinceId,
        personId: author.personId,
        unitId: world.unitId,
        title: "Sáng kiến năm trước",
        field: "Vật lý",
        status: "recognised",
        decisionNumber: "9/QĐ",
        decidedOn: "2025-05-01",
        scope: "co_so",
      },
    ])
    .returning();
  const [nominationCampaign] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.provinceId, world.provinceId), eq(campaigns.kind, "nomination")));
  const nominated = { provinceId: world.provinceId, campaignId: nominationCampaign!.id, unitId: world.unitId, field: "Giáo dục STEM" };
  await db.insert(nominations).values([
    {
      ...nominated,
      kind: "individual",
      personId: staff[0]!.personId,
      nomineeName: "Nguyễn Văn Bình",
      summary: "Ba năm liền HTXSNV, hướng dẫn học sinh đạt giải.",
      initiativeId: initiative!.id,
      status: "submitted",
      submittedAt: new Date("2026-11-21T02:00:00Z"),
    },
    { ...nominated, kind: "collective", nomineeName: "Tổ Toán – Tin", summary: "Tập thể lao động xuất sắc hai năm liền.", status: "draft" },
  ]);

  await db.update(units).set({ name: OTHER_UNIT_NAME }).where(eq(units.id, world.otherUnitId));
  const [otherPerson] = await db.select().from(people).where(eq(people.unitId, world.otherUnitId)).limit(1);
  await db.insert(registrations).values({ ...base, unitId: world.otherUnitId, personId: otherPerson!.id, titleCode: "LDTT" });

  return {
    ...world,
    campaignId: campaign!.id,
    otherUnitName: OTHER_UNIT_NAME,
    sortedNames: ["Lê Văn An", "Trần Thị An", "Đỗ Thị Ánh", "Nguyễn Văn Bình"],
    submittedAt,
  };
}

export async function readWorkbook(content: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(content) as never);
  return wb;
}

export function rowValues(ws: ExcelJS.Worksheet, row: number): unknown[] {
  const values = ws.getRow(row).values as unknown[];
  return values.slice(1);
}

/** The text of a .docx, as Word shows it: the runs of word/document.xml, tags dropped. */
export async function docxText(content: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(content);
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}
