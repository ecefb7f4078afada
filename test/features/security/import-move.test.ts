import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people, roles, units } from "../../../src/db/schema.js";
import { importUnits } from "../../../src/services/import/units-import.js";
import { readTable } from "../../../src/services/import/table-file.js";
import { ensureProvince } from "../../../src/services/provinces.js";
import { cli } from "../../support/cli.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { csvFile } from "../../support/files.js";

let t: TestDatabase;
let provinceId: number;
const HEADER = "Họ và tên,Chức vụ,Mã đơn vị,Vai trò,Số điện thoại";

beforeAll(async () => {
  t = await createTestDatabase();
  provinceId = (await ensureProvince(t.db, "ND", "Nam Định", "test")).id;
  const table = csvFile(
    [
      "Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên",
      "SGD,Sở GDĐT,SO,",
      "THPT07,Trường 07,THPT,SGD",
      "THPT08,Trường 08,THPT,SGD",
    ].join("\n"),
  );
  await importUnits(t.db, provinceId, await readTable(table), "test");
});
afterAll(() => t.destroy());

describe("people import that moves a person (issue #16, medium 2)", () => {
  it("ends the roles at the old unit and says so in the report", async () => {
    const dir = await import("node:fs/promises").then((fs) => fs.mkdtemp("/tmp/imp-"));
    const write = async (name: string, lines: string[]) => {
      const path = `${dir}/${name}`;
      await import("node:fs/promises").then((fs) => fs.writeFile(path, [HEADER, ...lines].join("\n")));
      return path;
    };
    const first = await cli(t, ["people", "import", await write("a.csv", ["Đỗ Văn Chuyển,Giáo viên,THPT07,đầu mối,0987000111"])], {
      locale: "vi",
    });
    expect(first.code).toBe(0);
    const moved = await cli(t, ["people", "import", await write("b.csv", ["Đỗ Văn Chuyển,Giáo viên,THPT08,giáo viên,0987000111"])], {
      locale: "vi",
    });
    expect(moved.output).toContain("Dòng 2: chuyển từ THPT07 sang THPT08.");
    expect(moved.output).toContain("Dòng 2: vai trò cán bộ đầu mối ở THPT07 đã kết thúc.");
    const [p] = await t.db.select().from(people).where(eq(people.phone, "0987000111"));
    const held = await t.db
      .select({ role: roles.role, unit: units.code })
      .from(roles)
      .innerJoin(units, eq(units.id, roles.unitId))
      .where(eq(roles.personId, p!.id));
    expect(held).toEqual([{ role: "staff", unit: "THPT08" }]);
  });
});
