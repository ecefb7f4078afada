import { describe, expect, it } from "vitest";
import { DEMO_CLUSTERS, DEMO_PROVINCE_CODE, DEMO_SCHOOL_KINDS, buildDemoProvince, type DemoUnit } from "../../src/demo/demo-province.js";

const demo = buildDemoProvince();
const schoolKinds = new Set<string>(DEMO_SCHOOL_KINDS);
const schools = demo.units.filter((u) => schoolKinds.has(u.kind));
const unitByCode = new Map(demo.units.map((u) => [u.code, u]));

/** Any letter outside plain ASCII a–z: Vietnamese diacritics or đ/Đ. */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const MALE_GIVEN = new Set(["Hùng", "Dũng", "Tuấn", "Nam", "Sơn", "Hải", "Long", "Cường", "Thắng", "Đạt", "Kiên"]);

describe("buildDemoProvince", () => {
  it("describes a fictional province", () => {
    expect(demo.province.code).toBe(DEMO_PROVINCE_CODE);
    expect(demo.province.name.length).toBeGreaterThan(0);
  });

  it("has at least 40 schools/centres covering every school kind", () => {
    expect(schools.length).toBeGreaterThanOrEqual(40);
    for (const kind of DEMO_SCHOOL_KINDS) {
      expect(
        schools.some((u) => u.kind === kind),
        kind,
      ).toBe(true);
    }
    expect(demo.units.filter((u) => u.kind === "THPT").length).toBeGreaterThanOrEqual(8);
    expect(demo.units.filter((u) => u.kind === "GDNN_GDTX").length).toBeGreaterThanOrEqual(3);
    expect(demo.units.filter((u) => u.kind === "XA").length).toBeGreaterThanOrEqual(6);
  });

  it("declares every unit kind it uses", () => {
    const declared = new Set(demo.kinds.map((k) => k.code));
    expect(declared.size).toBe(demo.kinds.length);
    for (const u of demo.units) expect(declared.has(u.kind), u.kind).toBe(true);
  });

  it("has unique ASCII codes and unique names", () => {
    const codes = demo.units.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9_-]+$/);
    const names = demo.units.map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("forms a single tree rooted at the Sở, without cycles", () => {
    const roots = demo.units.filter((u) => u.parentCode === null);
    expect(roots).toHaveLength(1);
    expect(roots[0]?.kind).toBe("SO");
    for (const unit of demo.units) {
      const seen = new Set<string>();
      let current: DemoUnit | undefined = unit;
      while (current && current.parentCode !== null) {
        expect(seen.has(current.code), `cycle at ${current.code}`).toBe(false);
        seen.add(current.code);
        const parent = unitByCode.get(current.parentCode);
        expect(parent, `${current.code} -> ${current.parentCode}`).toBeDefined();
        current = parent;
      }
      expect(current?.kind).toBe("SO");
    }
  });

  it("places units as after 01/07/2025, plus one legacy Phòng GDĐT", () => {
    for (const u of demo.units.filter((x) => x.kind === "THPT" || x.kind === "GDNN_GDTX")) {
      expect(unitByCode.get(u.parentCode ?? "")?.kind).toBe("SO");
    }
    const parentKinds = new Set(
      schools.filter((u) => ["MN", "TH", "THCS"].includes(u.kind)).map((u) => unitByCode.get(u.parentCode ?? "")?.kind),
    );
    expect([...parentKinds].sort()).toEqual(["PHONG", "XA"]);
    const phongs = demo.units.filter((u) => u.kind === "PHONG");
    expect(phongs).toHaveLength(1);
    expect(schools.filter((u) => u.parentCode === phongs[0]?.code).length).toBeGreaterThanOrEqual(2);
  });

  it("puts every school in one of two clusters, and no cluster on other units", () => {
    const clusters = new Set(schools.map((u) => u.cluster));
    expect([...clusters].sort()).toEqual([...DEMO_CLUSTERS].sort());
    expect(clusters.size).toBe(2);
    for (const u of demo.units.filter((x) => !schoolKinds.has(x.kind))) expect(u.cluster).toBeNull();
  });

  it("has at least 300 people, none in communes or the Phòng", () => {
    expect(demo.people.length).toBeGreaterThanOrEqual(300);
    for (const p of demo.people) {
      const unit = unitByCode.get(p.unitCode);
      expect(unit, p.unitCode).toBeDefined();
      expect(["XA", "PHONG"]).not.toContain(unit?.kind);
    }
  });

  it("gives the Sở 3–4 Văn phòng people with role office", () => {
    const office = demo.people.filter((p) => p.role === "office");
    expect(office.length).toBeGreaterThanOrEqual(3);
    expect(office.length).toBeLessThanOrEqual(4);
    for (const p of office) {
      expect(unitByCode.get(p.unitCode)?.kind).toBe("SO");
      expect(p.position).toMatch(/Văn phòng/);
    }
  });

  it("gives each school exactly one leader and one focal person, plus staff", () => {
    for (const school of schools) {
      const staff = demo.people.filter((p) => p.unitCode === school.code);
      const leaders = staff.filter((p) => p.role === "unit_leader");
      const focals = staff.filter((p) => p.role === "focal");
      expect(leaders, school.code).toHaveLength(1);
      expect(focals, school.code).toHaveLength(1);
      expect(leaders[0]?.position).toBe(school.kind === "GDNN_GDTX" ? "Giám đốc" : "Hiệu trưởng");
      expect(staff.filter((p) => p.role === "staff").length).toBeGreaterThanOrEqual(3);
    }
  });

  it("uses NFC Vietnamese names, unique within each unit, with gender-consistent middle names", () => {
    const allText = [...demo.units.map((u) => u.name), ...demo.people.map((p) => p.fullName)];
    for (const text of allText) expect(text.normalize("NFC")).toBe(text);
    expect(demo.people.some((p) => VIETNAMESE_LETTER.test(p.fullName))).toBe(true);
    expect(demo.units.some((u) => VIETNAMESE_LETTER.test(u.name))).toBe(true);

    const seen = new Set<string>();
    for (const p of demo.people) {
      const words = p.fullName.split(" ");
      expect(words.length, p.fullName).toBeGreaterThanOrEqual(3);
      const key = `${p.unitCode}|${p.fullName}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      if (words[1] === "Thị") expect(MALE_GIVEN.has(words[words.length - 1] ?? ""), p.fullName).toBe(false);
    }
  });

  it("gives about two-thirds of people a valid, unique mobile number", () => {
    const phones = demo.people.map((p) => p.phone).filter((x): x is string => x !== null);
    const share = phones.length / demo.people.length;
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.8);
    for (const phone of phones) expect(phone).toMatch(/^0[35789]\d{8}$/);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it("is deterministic", () => {
    expect(buildDemoProvince()).toEqual(buildDemoProvince());
    expect(buildDemoProvince()).toEqual(demo);
  });

  it("returns fresh objects on each call", () => {
    const a = buildDemoProvince();
    a.units[0]!.name = "changed";
    a.kinds[0]!.name = "changed";
    expect(buildDemoProvince().units[0]?.name).not.toBe("changed");
    expect(buildDemoProvince().kinds[0]?.name).not.toBe("changed");
  });
});
