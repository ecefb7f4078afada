/**
 * The "Kết quả" tab of the workbook: each person's recorded year (rating, title, decision) for
 * the campaign's school year, unit by unit, names in Vietnamese order. It reads person_years, so
 * it shows results submitted in the chat and those imported alike.
 */
import { ratingName } from "../../domain/results.js";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { people, personYears } from "../../db/schema.js";
import { getTitle, isTitleCode } from "../../domain/titles.js";
import type { Sheet } from "../../exports/sheet.js";
import type { UnitProgress } from "../progress/service.js";

export const RESULTS_SHEET_NAME = "Kết quả";

const collator = new Intl.Collator("vi", { sensitivity: "base" });
const byGivenName = (a: string, b: string) => {
  const [ga, gb] = [a.trim().split(/\s+/u).pop() ?? "", b.trim().split(/\s+/u).pop() ?? ""];
  return collator.compare(ga, gb) || collator.compare(a, b);
};

/** The highest individual title, then award forms, in official wording. */
function titlesVi(codes: readonly string[]): string {
  const known = codes.filter(isTitleCode).map((c) => getTitle(c));
  const individual = known
    .filter((t) => t.scope === "individual")
    .sort((a, b) => b.rank - a.rank)
    .slice(0, 1);
  return [...individual, ...known.filter((t) => t.scope !== "individual")].map((t) => t.nameVi).join("; ");
}

export function resultsSheet(db: DbOrTx, schoolYear: string, unitList: UnitProgress[]): Sheet {
  return {
    name: RESULTS_SHEET_NAME,
    columns: [
      { header: "STT", width: 6, type: "number" },
      { header: "Mã đơn vị", width: 14 },
      { header: "Tên đơn vị", width: 40 },
      { header: "Họ và tên", width: 28 },
      { header: "Chức vụ", width: 20 },
      { header: "Năm học", width: 12 },
      { header: "Xếp loại", width: 30 },
      { header: "Danh hiệu thi đua đạt được", width: 36 },
      { header: "Số quyết định", width: 20 },
    ],
    async *rows() {
      let n = 0;
      for (let i = 0; i < unitList.length; i += 150) {
        const batch = unitList.slice(i, i + 150);
        const rows = await db
          .select({
            unitId: people.unitId,
            name: people.fullName,
            position: people.position,
            rating: personYears.rating,
            titles: personYears.titles,
            decision: personYears.decision,
          })
          .from(personYears)
          .innerJoin(people, eq(people.id, personYears.personId))
          .where(
            and(
              eq(personYears.schoolYear, schoolYear),
              inArray(
                people.unitId,
                batch.map((u) => u.unitId),
              ),
            ),
          );
        const out = [];
        for (const u of batch) {
          for (const r of rows.filter((x) => x.unitId === u.unitId).sort((a, b) => byGivenName(a.name, b.name))) {
            out.push([
              ++n,
              u.code,
              u.name,
              r.name,
              r.position || null,
              schoolYear,
              r.rating ? ratingName(r.rating) : null,
              titlesVi(r.titles) || null,
              r.decision,
            ]);
          }
        }
        yield out;
      }
    },
  };
}
