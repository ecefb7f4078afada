import { writeFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { people } from "../../src/db/schema.js";
import { importPeople } from "../../src/services/import/people-import.js";
import { openTable, readTable } from "../../src/services/import/table-file.js";
import { importUnits } from "../../src/services/import/units-import.js";
import { ensureProvince } from "../../src/services/provinces.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";
import { csvFile } from "../support/files.js";

const HEADER = "Họ và tên,Chức vụ,Mã đơn vị,Vai trò,Số điện thoại";
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Lan", "Minh", "Nam"];
let t: TestDatabase;
let provinceId: number;

beforeEach(async () => {
  t = await createTestDatabase();
  provinceId = (await ensureProvince(t.db, "ND", "Nam Định", "test")).id;
  const units = csvFile(["Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên", "A,Trường A,THPT,"].join("\n"));
  await importUnits(t.db, provinceId, await readTable(units), "test");
});
afterEach(() => t.destroy());

/** Rows enough for several write batches (a thousand rows each). */
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => `Nguyễn Văn ${GIVEN[i % 8]},Giáo viên,A,giáo viên,09${String(10_000_000 + i).slice(-8)}`);

describe("people import, read as a stream and written in batches", () => {
  it("reports rejected rows of every batch with their own line numbers", async () => {
    const lines = rows(2500);
    lines[1499] = "Trần Thị Hoa,Giáo viên,ZZ,giáo viên,"; // line 1501 of the file: an unknown unit
    lines[2399] = lines[10]!; // line 2401 repeats line 12
    const report = await importPeople(t.db, provinceId, await openTable(csvFile([HEADER, ...lines].join("\n"))), "test");
    expect(report.created).toBe(2498);
    expect(report.rejected).toEqual([
      { line: 1501, reason: "import-unknown-unit", vars: { code: "ZZ" } },
      { line: 2401, reason: "import-duplicate-person", vars: { first: 12, code: "A" } },
    ]);
  });

  it("writes nothing when the file turns out broken after the first batches were written", async () => {
    const file = csvFile([HEADER, ...rows(2500)].join("\n"));
    // A byte that is not UTF-8 near the end of the file, long after the first thousand rows went in.
    writeFileSync(file, Buffer.concat([Buffer.from(`${[HEADER, ...rows(2500)].join("\n")}\n`), Buffer.from([0xff, 0x0a])]));
    await expect(importPeople(t.db, provinceId, await openTable(file), "test")).rejects.toMatchObject({ key: "import-file-not-utf8" });
    expect(await t.db.select().from(people)).toEqual([]);
  });
});
