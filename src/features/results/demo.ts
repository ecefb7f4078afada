/**
 * The demo province's two past years of results: each school's collective title judged from its
 * members' recorded years, and each year's Giám đốc Sở decision naming its Chiến sĩ thi đua cơ
 * sở, so that a newcomer sees the history, /toi and next year's checks at work. Idempotent.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { personYears, unitYears } from "../../db/schema.js";
import { statsFromResults } from "../../domain/results.js";
import { evaluateCollectiveTitle, RULES_ND_152_2025, shiftSchoolYear, type Rating } from "../../domain/rules/index.js";
import { ensureDecision, recordDecision } from "./imports.js";

export async function loadDemoResults(db: Db, provinceId: number, currentSchoolYear: string): Promise<void> {
  const years = [shiftSchoolYear(currentSchoolYear, -2), shiftSchoolYear(currentSchoolYear, -1)];
  const rows = await db
    .select()
    .from(personYears)
    .where(and(eq(personYears.provinceId, provinceId), inArray(personYears.schoolYear, years)));
  for (const [i, year] of years.entries()) {
    const ofYear = rows.filter((r) => r.schoolYear === year && r.unitId !== null);
    const byUnit = new Map<number, typeof ofYear>();
    for (const r of ofYear) byUnit.set(r.unitId!, [...(byUnit.get(r.unitId!) ?? []), r]);
    const values = [...byUnit.entries()].map(([unitId, members]) => {
      const stats = statsFromResults(
        members.map((m) => ({
          personId: m.personId,
          rating: m.rating as Rating | null,
          titleCode: m.titles.includes("CSTDCS") ? "CSTDCS" : m.titles.includes("LDTT") ? "LDTT" : null,
        })),
      );
      const title = (["TTLDXS", "TTLDTT"] as const).find((c) => evaluateCollectiveTitle(c, stats, RULES_ND_152_2025).status === "ok");
      return { provinceId, unitId, schoolYear: year, groupName: null, titles: title ? [title] : [], source: "demo" };
    });
    if (values.length > 0) await db.insert(unitYears).values(values).onConflictDoNothing();
    const named = ofYear
      .filter((r) => r.titles.includes("CSTDCS"))
      .map((r) => ({ personId: r.personId, unitId: r.unitId, titleCode: "CSTDCS" }));
    if (named.length === 0) continue;
    const end = Number(year.slice(5));
    await db.transaction(async (tx) => {
      const decision = await ensureDecision(tx, provinceId, {
        number: `${512 + i}/QĐ-SGDĐT`,
        signedOn: { year: end, month: 8, day: 15 },
        level: "GIAM_DOC_SO",
        schoolYear: year,
      });
      // The demo people have no chat: nobody to congratulate.
      if (decision) await recordDecision(tx, provinceId, decision, named, () => {});
    });
  }
}
