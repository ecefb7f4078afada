/** A person's titles and ratings by school year, newest first, for /toi. */
import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { personYears } from "../../db/schema.js";
import { getTitle, isTitleCode, titleLabelKey, type TitleCode } from "../../domain/titles.js";
import type { Message } from "../../core/index.js";
import type { Vars } from "../../i18n.js";

/** The highest individual title of a year and any award forms: the ladder below is implied. */
function shownTitles(codes: readonly string[]): string[] {
  const known = codes.filter(isTitleCode);
  const individual = known.filter((c) => getTitle(c).scope === "individual").sort((a, b) => getTitle(b).rank - getTitle(a).rank);
  const others = known.filter((c) => getTitle(c).scope !== "individual");
  return [...individual.slice(0, 1), ...others];
}

export async function historyMessage(db: DbOrTx, personId: number, t: (key: string, vars?: Vars) => string): Promise<Message> {
  const years = await db
    .select()
    .from(personYears)
    .where(eq(personYears.personId, personId))
    .orderBy(desc(personYears.schoolYear))
    .limit(10);
  if (years.length === 0) return { key: "results-me-history-none" };
  const lines = years.map((y) => {
    const titles = shownTitles(y.titles).map((c) => t(titleLabelKey(c as TitleCode)));
    return t("results-me-history-line", {
      year: y.schoolYear,
      rating: y.rating ? t(`results-rating-${y.rating}`) : t("results-not-rated"),
      titles: titles.length > 0 ? titles.join(", ") : t("results-no-title"),
      decision: y.decision ? t("results-me-history-decision", { decision: y.decision }) : "",
    });
  });
  return { key: "results-me-history", vars: { lines: lines.join("\n") } };
}
