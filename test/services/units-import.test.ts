import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, clusters, unitKinds, units } from "../../src/db/schema.js";
import { importUnits } from "../../src/services/import/units-import.js";
import { readTable } from "../../src/services/import/table-file.js";
import { ensureProvince } from "../../src/services/provinces.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";
import { csvFile, csvLine, rawFile, xlsxFile } from "../support/files.js";

const HEADER = "Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Cụm/khối";

let t: TestDatabase;
let provinceId: number;

beforeEach(async () => {
  t = await createTestDatabase();
  provinceId = (await ensureProvince(t.db, "ND", "Nam Định", "test")).id;
});
afterEach(() => t.destroy());

const load = async (file: string) => importUnits(t.db, provinceId, await readTable(file), "test");
const allUnits = () => t.db.select().from(units).where(eq(units.provinceId, provinceId));

describe("units import", () => {
  it("imports a good file with a tree, kinds and clusters", async () => {
    const report = await load(
      csvFile(
        [
          HEADER,
          "SGD,Sở Giáo dục và Đào tạo,SO,,",
          "XA01,UBND xã Mỹ Hà,XA,SGD,",
          "THPT01,Trường THPT Nguyễn Du,THPT,SGD,Cụm 1",
          "TH01,Trường Tiểu học Kim Đồng,TH,XA01,Cụm 2",
        ].join("\n"),
      ),
    );
    expect(report).toMatchObject({ created: 4, updated: 0, unchanged: 0, rejected: [] });
    const rows = await allUnits();
    const byCode = new Map(rows.map((u) => [u.code, u]));
    expect(byCode.get("TH01")!.parentId).toBe(byCode.get("XA01")!.id);
    expect(byCode.get("XA01")!.parentId).toBe(byCode.get("SGD")!.id);
    expect(byCode.get("SGD")!.parentId).toBeNull();
    expect((await t.db.select().from(unitKinds)).map((k) => k.code).sort()).toEqual(["SO", "TH", "THPT", "XA"]);
    expect((await t.db.select().from(clusters)).map((c) => c.name).sort()).toEqual(["Cụm 1", "Cụm 2"]);
  });

  it("re-importing updates by code and never duplicates", async () => {
    await load(csvFile([HEADER, "SGD,Sở GDĐT,SO,,", "THPT01,Trường THPT A,THPT,SGD,"].join("\n")));
    const report = await load(csvFile([HEADER, "SGD,Sở GDĐT,SO,,", "THPT01,Trường THPT Nguyễn Du,THPT,SGD,Cụm 1"].join("\n")));
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const rows = await allUnits();
    expect(rows).toHaveLength(2);
    expect(rows.find((u) => u.code === "THPT01")!.name).toBe("Trường THPT Nguyễn Du");
  });

  it("accepts a BOM, any header case and headers without diacritics, semicolons, and NFD text stored as NFC", async () => {
    const nfdName = "Trường Mầm non Hoa Sen".normalize("NFD");
    const file = csvFile(["MA DON VI;ten don vi;LOAI DON VI;Ma Don Vi Cap Tren;cum/khoi", `MN01;${nfdName};MN;;`].join("\r\n"), {
      bom: true,
    });
    const report = await load(file);
    expect(report.rejected).toEqual([]);
    const [u] = await allUnits();
    expect(u!.name).toBe("Trường Mầm non Hoa Sen".normalize("NFC"));
    expect(u!.name).not.toBe(nfdName);
  });

  it("a file missing a required column writes nothing", async () => {
    await expect(load(csvFile(["Mã đơn vị,Tên đơn vị,Cụm/khối", "A,B,C"].join("\n")))).rejects.toMatchObject({
      key: "import-missing-columns",
      vars: { columns: "loại đơn vị, mã đơn vị cấp trên" },
    });
    expect(await allUnits()).toHaveLength(0);
  });

  it("a file that is not UTF-8 or not a spreadsheet is refused before any write", async () => {
    await expect(load(rawFile("latin1.csv", Buffer.from([0x4d, 0xe3, 0x0a, 0xff, 0xfe])))).rejects.toMatchObject({
      key: "import-file-not-utf8",
    });
    await expect(load(rawFile("broken.xlsx", "not a zip"))).rejects.toMatchObject({ key: "import-file-unreadable" });
    await expect(load(rawFile("units.txt", "x"))).rejects.toMatchObject({ key: "import-file-type" });
    expect(await allUnits()).toHaveLength(0);
  });

  it("reports duplicate codes, unknown parents, cycles and formula cells with their line numbers", async () => {
    const report = await load(
      csvFile(
        [
          HEADER,
          "SGD,Sở GDĐT,SO,,", // 2
          "A1,Trường A,THPT,SGD,", // 3
          "a1,Trường A lặp,THPT,SGD,", // 4 duplicate (codes are case-insensitive)
          "B1,Trường B,THPT,NOPE,", // 5 unknown parent
          "C1,Trường C,THPT,C2,", // 6 cycle
          "C2,Trường C2,THPT,C1,", // 7 cycle
          "D1,Trường D,THPT,C1,", // 8 parent rejected
          '"E1","=HYPERLINK(""http://x"")",THPT,SGD,', // 9 formula
          "F1,Trường F,THPT,F1,", // 10 own parent
          "bad code!,Trường G,THPT,SGD,", // 11 bad code
          ",Trường H,THPT,SGD,", // 12 empty code
        ].join("\n"),
      ),
    );
    expect(report.created).toBe(2);
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [4, "import-duplicate-code"],
      [5, "import-unknown-parent"],
      [6, "import-parent-cycle"],
      [7, "import-parent-cycle"],
      [8, "import-parent-rejected"],
      [9, "import-formula"],
      [10, "import-parent-cycle"],
      [11, "import-bad-code"],
      [12, "import-bad-code"],
    ]);
    expect(report.rejected[0]!.vars).toMatchObject({ first: 3 });
    expect((await allUnits()).map((u) => u.code).sort()).toEqual(["A1", "SGD"]);
  });

  it("refuses a cycle made with units already in the database", async () => {
    await load(csvFile([HEADER, "P,Phòng GDĐT,PHONG,,", "S,Trường S,TH,P,"].join("\n")));
    const report = await load(csvFile([HEADER, "P,Phòng GDĐT,PHONG,S,"].join("\n")));
    expect(report.rejected.map((r) => r.reason)).toEqual(["import-parent-cycle"]);
    const p = (await allUnits()).find((u) => u.code === "P")!;
    expect(p.parentId).toBeNull();
  });

  it("reads xlsx, including formula cells, numbers and rich text", async () => {
    const file = await xlsxFile([
      ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên", "Cụm/khối"],
      ["SGD", "Sở GDĐT", "SO", null, null],
      [101, { richText: [{ text: "Trường " }, { text: "THCS Lê Lợi" }] }, "THCS", "SGD", "Cụm 1"],
      ["X", { formula: "1+1", result: 2 }, "THCS", "SGD", null],
    ]);
    const report = await load(file);
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([[4, "import-formula"]]);
    expect((await allUnits()).find((u) => u.code === "101")!.name).toBe("Trường THCS Lê Lợi");
  });

  it("imports 10,000 rows in one go and again without duplicates", async () => {
    const lines = [HEADER, "SGD,Sở GDĐT,SO,,"];
    for (let i = 0; i < 9_999; i++)
      lines.push(csvLine([`U${i}`, `Trường số ${i}`, i % 2 ? "TH" : "THCS", i < 100 ? "SGD" : `U${i % 100}`, `Cụm ${i % 5}`]));
    const file = csvFile(lines.join("\n"));
    const first = await load(file);
    expect(first).toMatchObject({ created: 10_000, rejected: [] });
    const again = await load(file);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 10_000 });
    expect(await allUnits()).toHaveLength(10_000);
  });

  it("writes an audit entry for every created and updated unit", async () => {
    await load(csvFile([HEADER, "SGD,Sở GDĐT,SO,,", "A,Trường A,TH,SGD,"].join("\n")));
    await load(csvFile([HEADER, "A,Trường A mới,TH,SGD,"].join("\n")));
    const log = await t.db.select().from(auditLog).where(eq(auditLog.entity, "unit"));
    expect(log.map((l) => l.action).sort()).toEqual(["create", "create", "update"]);
    const update = log.find((l) => l.action === "update")!;
    expect(update.before).toMatchObject({ name: "Trường A" });
    expect(update.after).toMatchObject({ name: "Trường A mới" });
  });
});
