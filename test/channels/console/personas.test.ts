import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindPersona, listPersonas } from "../../../src/services/personas.js";
import { channelIdentities, units } from "../../../src/db/schema.js";
import { createTranslator } from "../../../src/i18n.js";
import { loadDemo } from "../../../src/services/demo.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

const translator = createTranslator("vi");
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

let database: TestDatabase;
let provinceId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ provinceId } = await loadDemo(database.db, new Date(), "Asia/Ho_Chi_Minh", (key, vars) => translator.t("vi", key, vars)));
});
afterAll(() => database.destroy());

describe("listPersonas", () => {
  it("offers the Văn phòng, two schools' focal person and teacher, and a leader", async () => {
    const personas = await listPersonas(database.db, provinceId);
    expect(personas.map((p) => p.role)).toEqual(["office", "focal", "staff", "focal", "staff", "unit_leader"]);
    const [so] = await database.db.select().from(units).where(eq(units.code, "SGDDT"));
    expect(personas[0]!.unitName).toBe(so!.name);
    // Each teacher belongs to the school of the focal person before them; the schools differ.
    expect(personas[2]!.unitName).toBe(personas[1]!.unitName);
    expect(personas[4]!.unitName).toBe(personas[3]!.unitName);
    expect(personas[3]!.unitName).not.toBe(personas[1]!.unitName);
    expect(personas[5]!.unitName).toBe(personas[1]!.unitName);
    expect(new Set(personas.map((p) => p.personId)).size).toBe(personas.length);
    expect(personas.some((p) => VIETNAMESE.test(p.fullName))).toBe(true);
  });

  it("is empty for a province without people", async () => {
    expect(await listPersonas(database.db, provinceId + 999)).toEqual([]);
  });
});

describe("bindPersona", () => {
  it("creates one console identity, however often it is called", async () => {
    const [persona] = await listPersonas(database.db, provinceId);
    const first = await bindPersona(database.db, persona!.personId);
    const again = await bindPersona(database.db, persona!.personId);
    expect(first).toEqual({ channel: "console", externalId: `person-${persona!.personId}` });
    expect(again).toEqual(first);
    const rows = await database.db
      .select()
      .from(channelIdentities)
      .where(and(eq(channelIdentities.personId, persona!.personId), eq(channelIdentities.channel, "console")));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.provinceId).toBe(provinceId);
  });

  it("refuses an unknown person", async () => {
    await expect(bindPersona(database.db, 999_999)).rejects.toThrow();
  });
});
