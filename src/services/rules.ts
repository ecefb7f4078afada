import { eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { personYears, provinces } from "../db/schema.js";
import { initiativeFacts } from "./initiatives.js";
import { isoDate, localDateOf } from "../domain/calendar.js";
import { applyOverrides, BUILT_IN_RULE_SETS, selectRuleSet, type IndividualFacts, type Rating, type RuleSet } from "../domain/rules/index.js";

/** The rule set in force on that day, with the province's overrides (provinces.settings.rules). */
export async function ruleSetFor(db: DbOrTx, provinceId: number, now: Date, timeZone: string): Promise<RuleSet> {
  const base = selectRuleSet(BUILT_IN_RULE_SETS, isoDate(localDateOf(now, timeZone)));
  if (!base) throw new Error("no rule set in force");
  const [p] = await db.select({ settings: provinces.settings }).from(provinces).where(eq(provinces.id, provinceId));
  const overrides = (p?.settings as { rules?: unknown } | undefined)?.rules;
  return overrides ? applyOverrides(base, overrides) : base;
}

/** What the database knows of a person's past, in the shape the rules read. */
export async function individualFacts(db: DbOrTx, personId: number, currentSchoolYear: string): Promise<IndividualFacts> {
  const years = await db.select().from(personYears).where(eq(personYears.personId, personId));
  const ratings: Record<string, Rating> = {};
  const titles: Record<string, string[]> = {};
  for (const y of years) {
    if (y.rating) ratings[y.schoolYear] = y.rating;
    titles[y.schoolYear] = y.titles;
  }
  // Declared and recognised sáng kiến: CSTĐCS and above need one.
  return { currentSchoolYear, ratings, titles, initiatives: await initiativeFacts(db, personId) };
}
