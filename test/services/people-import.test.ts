import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { people, roles } from "../../src/db/schema.js";
import { importPeople } from "../../src/services/import/people-import.js";
import { readTable } from "../../src/services/import/table-file.js";
import { importUnits } from "../../src/services/import/units-import.js";
import { ensureProvince } from "../../src/services/provinces.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";
import { csvFile } from "../support/files.js";

const HEADER = "Họ và tên,Chức vụ,Mã đơn vị,Vai trò,Số điện thoại";
let t: TestDatabase;
let provinceId: number;

beforeEach(async () => {
  t = await createTestDatabase();
  provinceId = (await ensureProvince(t.db, "ND", "Nam Định", "test")).id;
  const units = csvFile(
    ["Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên", "SGD,Sở GDĐT,SO,", "A,Trường A,THPT,SGD", "B,Trường B,THPT,SGD"].join("\n"),
  );
  await importUnits(t.db, provinceId, await readTable(units), "test");
});
afterEach(() => t.destroy());

const load = async (text: string) => importPeople(t.db, provinceId, await readTable(csvFile(text)), "test");

describe("people import", () => {
  it("imports people with roles, phones normalised, Vietnamese role words understood", async () => {
    const report = await load(
      [
        HEADER,
        "Nguyễn Thị Lan,Giáo viên,A,giáo viên,0912 345 678",
        "Trần Văn Hùng,Hiệu trưởng,A,Lãnh đạo,+84 987654321",
        "Lê Minh Châu,Phó Hiệu trưởng,A,dau moi,",
        "Phạm Thu Hà,Chuyên viên,SGD,Văn phòng,",
      ].join("\n"),
    );
    expect(report).toMatchObject({ created: 4, rejected: [] });
    const rows = await t.db
      .select({ name: people.fullName, phone: people.phone, role: roles.role, unitId: roles.unitId })
      .from(people)
      .innerJoin(roles, eq(roles.personId, people.id));
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get("Nguyễn Thị Lan")).toMatchObject({ phone: "0912345678", role: "staff" });
    expect(byName.get("Trần Văn Hùng")).toMatchObject({ phone: "0987654321", role: "unit_leader" });
    expect(byName.get("Lê Minh Châu")).toMatchObject({ phone: null, role: "focal" });
    expect(byName.get("Phạm Thu Hà")).toMatchObject({ role: "office", unitId: null });
  });

  it("re-import updates the same people (by phone, else name in unit) and never duplicates", async () => {
    await load([HEADER, "Nguyễn Thị Lan,Giáo viên,A,giáo viên,0912345678", "Lê Minh Châu,Giáo viên,A,giáo viên,"].join("\n"));
    const report = await load(
      [HEADER, "Nguyễn Thị Lan,Tổ trưởng,B,giáo viên,0912345678", "LÊ MINH CHÂU,Giáo viên,A,giáo viên,".normalize("NFD")].join("\n"),
    );
    expect(report).toMatchObject({ created: 0, updated: 2, unchanged: 0 });
    const rows = await t.db.select().from(people);
    expect(rows).toHaveLength(2);
    expect(rows.find((p) => p.phone === "0912345678")!.position).toBe("Tổ trưởng");
  });

  it("rejects bad rows with the line and reason, and keeps the good ones", async () => {
    const report = await load(
      [
        HEADER,
        "Nguyễn Văn An,Giáo viên,A,giáo viên,", // 2 ok
        "=cmd|' /C calc'!A0,Giáo viên,A,giáo viên,", // 3 formula
        "Trần Văn Bình,Giáo viên,ZZZ,giáo viên,", // 4 unknown unit
        "Lê Văn Cường,Giáo viên,A,hiệu phó,", // 5 unknown role
        "Phạm Văn Dũng,Giáo viên,A,giáo viên,12345", // 6 bad phone
        "Nguyễn Văn An,Giáo viên,A,giáo viên,", // 7 duplicate of 2
        "😀😀,Giáo viên,A,giáo viên,", // 8 no letters
        "Ngô 2 Hà,Giáo viên,A,giáo viên,", // 9 digits in name
      ].join("\n"),
    );
    expect(report.created).toBe(1);
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, "import-formula"],
      [4, "import-unknown-unit"],
      [5, "import-bad-role"],
      [6, "import-bad-phone"],
      [7, "import-duplicate-person"],
      [8, "import-empty-name"],
      [9, "import-name-digits"],
    ]);
  });

  it("a file without the role column writes nothing", async () => {
    await expect(load(["Họ và tên,Chức vụ,Mã đơn vị", "Nguyễn Văn An,Giáo viên,A"].join("\n"))).rejects.toMatchObject({
      key: "import-missing-columns",
    });
    expect(await t.db.select().from(people)).toHaveLength(0);
  });
});
