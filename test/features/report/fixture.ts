import type { Database } from "../../../src/db/client.js";
import {
  clusters,
  decisionPeople,
  decisions,
  initiatives,
  nominations,
  people,
  personYears,
  provinces,
  roles,
  unitKinds,
  units,
  unitYears,
} from "../../../src/db/schema.js";
import { createCampaign } from "../../../src/services/campaigns.js";

/**
 * A small province whose report figures are worked out by hand in the tests: three units of two
 * kinds in two clusters, nine people rated in 2025-2026 and five in 2024-2025, collective titles,
 * three decisions, recognised sáng kiến and nominations.
 *
 * 2025-2026, by person (unit, rating, titles):
 *   THPT01 (THPT, Cụm 1): An HTXSNV LĐTT+CSTĐCS; Bình HTXSNV LĐTT; Cúc HTTNV LĐTT; Dũng HTNV —
 *   THPT02 (THPT, Cụm 2): Giang HTXSNV LĐTT+CSTĐCS+CSTĐ tỉnh; Hà HTTNV LĐTT
 *   THCS01 (THCS, Cụm 1): Khánh HTXSNV LĐTT; Lan HTTNV LĐTT; Minh KHTNV —
 * 2024-2025: An HTTNV LĐTT; Bình HTXSNV LĐTT+CSTĐCS; Cúc HTTNV LĐTT; Giang HTXSNV LĐTT+CSTĐCS; Khánh HTTNV —
 */
export interface ReportWorld {
  provinceId: number;
  office: number;
  focal: number;
  teacher: number;
  unitIds: { thpt01: number; thpt02: number; thcs01: number };
}

export const YEAR = "2025-2026";
export const PREVIOUS = "2024-2025";

export async function reportWorld(database: Database): Promise<ReportWorld> {
  const db = database.db;
  const [province] = await db.insert(provinces).values({ code: "NB", name: "Ninh Bình" }).returning();
  const provinceId = province!.id;
  const [thpt, thcs] = await db
    .insert(unitKinds)
    .values([
      { provinceId, code: "THPT", name: "Trung học phổ thông" },
      { provinceId, code: "THCS", name: "Trung học cơ sở" },
    ])
    .returning();
  const [c1, c2] = await db
    .insert(clusters)
    .values([
      { provinceId, name: "Cụm 1" },
      { provinceId, name: "Cụm 2" },
    ])
    .returning();
  const [u1, u2, u3] = await db
    .insert(units)
    .values([
      { provinceId, code: "THPT01", name: "Trường THPT Nguyễn Du", kindId: thpt!.id, clusterId: c1!.id },
      { provinceId, code: "THPT02", name: "Trường THPT Lê Lợi", kindId: thpt!.id, clusterId: c2!.id },
      { provinceId, code: "THCS01", name: "Trường THCS Kim Đồng", kindId: thcs!.id, clusterId: c1!.id },
    ])
    .returning();
  const person = async (fullName: string, unitId: number | null, position = "Giáo viên") => {
    const [p] = await db.insert(people).values({ provinceId, unitId, fullName, position }).returning();
    return p!.id;
  };
  const an = await person("Nguyễn Văn An", u1!.id);
  const binh = await person("Trần Thị Bình", u1!.id);
  const cuc = await person("Lê Thị Cúc", u1!.id);
  const dung = await person("Phạm Văn Dũng", u1!.id);
  const giang = await person("Hoàng Thị Giang", u2!.id);
  const ha = await person("Vũ Thu Hà", u2!.id);
  const khanh = await person("Đỗ Minh Khánh", u3!.id);
  const lan = await person("Bùi Thị Lan", u3!.id);
  const minh = await person("Đinh Văn Minh", u3!.id);
  const office = await person("Mai Văn Phòng", null, "Chuyên viên Văn phòng");
  const focal = await person("Cao Thị Đầu Mối", u1!.id, "Phó Hiệu trưởng");
  await db.insert(roles).values([
    { provinceId, personId: office, role: "office", unitId: null },
    { provinceId, personId: focal, role: "focal", unitId: u1!.id },
    { provinceId, personId: an, role: "staff", unitId: u1!.id },
  ]);

  type R = "HTXSNV" | "HTTNV" | "HTNV" | "KHTNV";
  const year = (personId: number, unitId: number, schoolYear: string, rating: R, titles: string[], decision: string | null = null) => ({
    provinceId,
    personId,
    unitId,
    schoolYear,
    rating,
    titles,
    decision,
    source: "results",
  });
  await db
    .insert(personYears)
    .values([
      year(an, u1!.id, YEAR, "HTXSNV", ["LDTT", "CSTDCS"], "12/QĐ-SGDĐT"),
      year(binh, u1!.id, YEAR, "HTXSNV", ["LDTT"]),
      year(cuc, u1!.id, YEAR, "HTTNV", ["LDTT"]),
      year(dung, u1!.id, YEAR, "HTNV", []),
      year(giang, u2!.id, YEAR, "HTXSNV", ["LDTT", "CSTDCS", "CSTD_TINH"], "220/QĐ-UBND"),
      year(ha, u2!.id, YEAR, "HTTNV", ["LDTT"]),
      year(khanh, u3!.id, YEAR, "HTXSNV", ["LDTT"]),
      year(lan, u3!.id, YEAR, "HTTNV", ["LDTT"]),
      year(minh, u3!.id, YEAR, "KHTNV", []),
      year(an, u1!.id, PREVIOUS, "HTTNV", ["LDTT"]),
      year(binh, u1!.id, PREVIOUS, "HTXSNV", ["LDTT", "CSTDCS"]),
      year(cuc, u1!.id, PREVIOUS, "HTTNV", ["LDTT"]),
      year(giang, u2!.id, PREVIOUS, "HTXSNV", ["LDTT", "CSTDCS"]),
      year(khanh, u3!.id, PREVIOUS, "HTTNV", []),
    ]);
  await db.insert(unitYears).values([
    { provinceId, unitId: u1!.id, schoolYear: YEAR, groupName: null, titles: ["TTLDXS", "CO_THI_DUA_TINH"] },
    { provinceId, unitId: u1!.id, schoolYear: YEAR, groupName: "Tổ Toán", titles: ["TTLDTT"] },
    { provinceId, unitId: u2!.id, schoolYear: YEAR, groupName: null, titles: ["TTLDTT"] },
    { provinceId, unitId: u3!.id, schoolYear: YEAR, groupName: null, titles: ["TTLDTT"] },
    { provinceId, unitId: u1!.id, schoolYear: PREVIOUS, groupName: null, titles: ["TTLDTT"] },
    { provinceId, unitId: u3!.id, schoolYear: PREVIOUS, groupName: null, titles: ["TTLDTT"] },
  ]);
  const [d1, d2, d0] = await db
    .insert(decisions)
    .values([
      { provinceId, number: "15/QĐ-SGDĐT", signedOn: "2026-06-10", level: "GIAM_DOC_SO", schoolYear: YEAR },
      { provinceId, number: "220/QĐ-UBND", signedOn: "2026-07-01", level: "UBND_TINH", schoolYear: YEAR },
      { provinceId, number: "30/QĐ-SGDĐT", signedOn: "2025-06-01", level: "GIAM_DOC_SO", schoolYear: PREVIOUS },
    ])
    .returning();
  await db.insert(decisionPeople).values([
    { provinceId, decisionId: d1!.id, personId: an, titleCode: "GIAY_KHEN_GIAM_DOC_SO" },
    { provinceId, decisionId: d1!.id, personId: khanh, titleCode: "GIAY_KHEN_GIAM_DOC_SO" },
    { provinceId, decisionId: d2!.id, personId: giang, titleCode: "BANG_KHEN_UBND_TINH" },
    { provinceId, decisionId: d2!.id, personId: giang, titleCode: "CSTD_TINH" },
    { provinceId, decisionId: d0!.id, personId: binh, titleCode: "GIAY_KHEN_GIAM_DOC_SO" },
  ]);
  const initiative = (
    personId: number,
    unitId: number,
    title: string,
    status: "recognised" | "applied",
    scope: "co_so" | "tinh" | null,
    decidedOn: string | null,
    decisionNumber: string | null,
  ) => ({
    provinceId,
    personId,
    unitId,
    title,
    field: "Toán",
    status,
    scope,
    decidedOn,
    decisionNumber,
  });
  await db
    .insert(initiatives)
    .values([
      initiative(an, u1!.id, "Dạy học STEM chủ đề hàm số", "recognised", "co_so", "2026-05-20", "40/QĐ-SGDĐT"),
      initiative(giang, u2!.id, "Chuyển đổi số trong quản lý lớp học", "recognised", "tinh", "2026-03-01", "99/QĐ-UBND"),
      initiative(khanh, u3!.id, "Câu lạc bộ đọc sách", "recognised", "co_so", "2025-05-01", "20/QĐ-SGDĐT"),
      initiative(binh, u1!.id, "Sổ tay điện tử", "applied", null, null, null),
      initiative(cuc, u1!.id, "Bản đồ tư duy", "recognised", "co_so", "2023-05-01", "5/QĐ-SGDĐT"),
    ]);
  const campaign = await createCampaign(
    db,
    {
      provinceId,
      kind: "nomination",
      title: `Điển hình tiên tiến năm học ${YEAR}`,
      schoolYear: YEAR,
      opensAt: new Date("2025-12-01T00:00:00Z"),
      deadlineAt: new Date("2025-12-25T16:59:59Z"),
    },
    "test",
  );
  const nomination = (
    unitId: number,
    kind: "individual" | "collective",
    nomineeName: string,
    personId: number | null,
    status: "draft" | "submitted" | "accepted",
  ) => ({
    provinceId,
    campaignId: campaign.id,
    unitId,
    kind,
    personId,
    nomineeName,
    field: "Đổi mới sáng tạo trong dạy học",
    summary: "Thành tích nổi bật",
    status,
  });
  await db
    .insert(nominations)
    .values([
      nomination(u2!.id, "individual", "Hoàng Thị Giang", giang, "accepted"),
      nomination(u1!.id, "collective", "Trường THPT Nguyễn Du", null, "submitted"),
      nomination(u1!.id, "individual", "Trần Thị Bình", binh, "draft"),
    ]);
  return { provinceId, office, focal, teacher: an, unitIds: { thpt01: u1!.id, thpt02: u2!.id, thcs01: u3!.id } };
}
