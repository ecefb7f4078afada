import { eq, sql } from "drizzle-orm";
import { prepared } from "../db/prepared.js";
import type { DbOrTx } from "../db/client.js";
import { people, personYears, provinces } from "../db/schema.js";
import { initiativeFacts } from "../features/initiatives/service.js";
import { isoDate, localDateOf } from "../domain/calendar.js";
import {
  applyProvinceRules,
  BUILT_IN_RULE_SETS,
  selectRuleSet,
  type IndividualFacts,
  type Rating,
  type RuleSet,
} from "../domain/rules/index.js";

// Both run whenever a person is shown the titles they may choose.
const selectSettings = prepared<{ provinceId: number }, Array<{ settings: unknown }>>("province-settings", (db) =>
  db
    .select({ settings: provinces.settings })
    .from(provinces)
    .where(eq(provinces.id, sql.placeholder("provinceId"))),
);
const selectPersonYears = prepared<{ personId: number }, Array<typeof personYears.$inferSelect>>("person-years", (db) =>
  db
    .select()
    .from(personYears)
    .where(eq(personYears.personId, sql.placeholder("personId"))),
);
const selectRecruitedOn = prepared<{ personId: number }, Array<{ recruitedOn: string | null }>>("person-recruited-on", (db) =>
  db
    .select({ recruitedOn: people.recruitedOn })
    .from(people)
    .where(eq(people.id, sql.placeholder("personId"))),
);

/**
 * The rule set in force on that day, with the province's overrides (provinces.settings.rules) and,
 * given a school year, that year's (e.g. the CSTĐCS cap).
 */
export async function ruleSetFor(db: DbOrTx, provinceId: number, now: Date, timeZone: string, schoolYear?: string): Promise<RuleSet> {
  const base = selectRuleSet(BUILT_IN_RULE_SETS, isoDate(localDateOf(now, timeZone)));
  if (!base) throw new Error("no rule set in force");
  const [p] = await selectSettings(db, { provinceId });
  const overrides = (p?.settings as { rules?: unknown } | undefined)?.rules;
  return overrides ? applyProvinceRules(base, overrides, schoolYear) : base;
}

/**
 * What the database knows of a person's past, in the shape the rules read. The school year is a
 * promise so that callers can start these reads before they know it (they go out together).
 */
export async function individualFacts(db: DbOrTx, personId: number, currentSchoolYear: string | Promise<string>): Promise<IndividualFacts> {
  // Declared and recognised sáng kiến: CSTĐCS and above need one.
  const [years, initiatives, year, recruited] = await Promise.all([
    selectPersonYears(db, { personId }),
    initiativeFacts(db, personId),
    currentSchoolYear,
    selectRecruitedOn(db, { personId }),
  ]);
  const ratings: Record<string, Rating> = {};
  const titles: Record<string, string[]> = {};
  for (const y of years) {
    if (y.rating) ratings[y.schoolYear] = y.rating;
    titles[y.schoolYear] = y.titles;
  }
  const recruitedOn = recruited[0]?.recruitedOn;
  return recruitedOn
    ? { currentSchoolYear: year, ratings, titles, initiatives, recruitedOn }
    : { currentSchoolYear: year, ratings, titles, initiatives };
}
