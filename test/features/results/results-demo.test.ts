import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decisionPeople, decisions, outbox, personYears, unitYears } from "../../../src/db/schema.js";
import { loadDemo } from "../../../src/services/demo.js";
import { demoWorld, translator, TZ, type DemoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const clock = new Date("2026-11-22T03:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, clock);
});
afterAll(() => t.destroy());

describe("demo province: two past years of results", () => {
  it("carries each school's collective title and a decision per year, and loading again changes nothing", async () => {
    const years = await t.db.select().from(unitYears).where(eq(unitYears.provinceId, world.provinceId));
    expect([...new Set(years.map((y) => y.schoolYear))].sort()).toEqual(["2024-2025", "2025-2026"]);
    expect(years.some((y) => y.titles.includes("TTLDXS"))).toBe(true);
    const ds = await t.db.select().from(decisions).where(eq(decisions.provinceId, world.provinceId));
    expect(ds.map((d) => [d.number, d.signedOn, d.level, d.schoolYear]).sort()).toEqual([
      ["512/QĐ-SGDĐT", "2025-08-15", "GIAM_DOC_SO", "2024-2025"],
      ["513/QĐ-SGDĐT", "2026-08-15", "GIAM_DOC_SO", "2025-2026"],
    ]);
    const named = await t.db.$count(decisionPeople);
    expect(named).toBeGreaterThan(10);
    const [someone] = await t.db.select().from(personYears).where(eq(personYears.decision, "513/QĐ-SGDĐT")).limit(1);
    expect(someone).toMatchObject({ schoolYear: "2025-2026", source: "demo" });
    expect(someone!.titles).toContain("CSTDCS");

    await loadDemo(t.db, clock, TZ, (key, vars) => translator.t("vi", key, vars));
    expect(await t.db.$count(decisionPeople)).toBe(named);
    expect(await t.db.$count(unitYears)).toBe(years.length);
    expect(await t.db.$count(outbox)).toBe(0);
  });
});
