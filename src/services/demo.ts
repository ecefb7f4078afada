import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { campaigns, people, personYears, unitKinds, units, type CampaignKind } from "../db/schema.js";
import { demoHistory } from "../demo/demo-history.js";
import { addDays, endOfLocalDay, localDateOf, schoolYearOf } from "../domain/calendar.js";
import { buildDemoProvince, type DemoPerson } from "../demo/demo-province.js";
import { createCampaign, ensureSchoolYear } from "./campaigns.js";
import { importPeople } from "./import/people-import.js";
import type { Table } from "./import/table-file.js";
import { importUnits } from "./import/units-import.js";
import { ensureProvince } from "./provinces.js";
import { loadDemoResults } from "../features/results/demo.js";

/** How long a demo campaign stays open: the real deadline (20/10) would make a demo useless half the year. */
export const DEMO_DEADLINE_DAYS = 30;

export interface DemoResult {
  provinceId: number;
  provinceCode: string;
  units: { created: number; updated: number; unchanged: number };
  people: { created: number; updated: number; unchanged: number };
  campaignsCreated: number;
}

const DEMO_CAMPAIGNS: Array<{ kind: CampaignKind; titleKey: string }> = [
  { kind: "registration", titleKey: "demo-campaign-registration" },
  { kind: "nomination", titleKey: "demo-campaign-nomination" },
];

/** Past ratings and titles of the demo people, matched by unit and name; existing years are kept. */
async function loadHistory(db: Db, provinceId: number, demoPeople: DemoPerson[], schoolYear: string) {
  const rows = await db
    .select({ id: people.id, fullName: people.fullName, unitCode: units.code, unitId: people.unitId })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(eq(people.provinceId, provinceId));
  const idOf = new Map(rows.map((r) => [`${r.unitCode}|${r.fullName}`, r.id]));
  const unitOf = new Map(rows.map((r) => [r.id, r.unitId]));
  const history = demoHistory(demoPeople, schoolYear);
  const values = demoPeople.flatMap((p, i) => {
    const personId = idOf.get(`${p.unitCode}|${p.fullName}`);
    return personId === undefined
      ? []
      : history[i]!.map((y) => ({
          provinceId,
          personId,
          schoolYear: y.schoolYear,
          rating: y.rating,
          titles: y.titles,
          unitId: unitOf.get(personId) ?? null,
          source: "demo",
        }));
  });
  for (let i = 0; i < values.length; i += 500)
    await db
      .insert(personYears)
      .values(values.slice(i, i + 500))
      .onConflictDoNothing();
}

/**
 * Loads the demo province; running it again changes nothing. It goes through the same importers
 * as a real province, so the demo also exercises them.
 */
export async function loadDemo(
  db: Db,
  now: Date,
  timeZone: string,
  title: (key: string, vars: Record<string, string>) => string,
): Promise<DemoResult> {
  const demo = buildDemoProvince();
  const province = await ensureProvince(db, demo.province.code, demo.province.name, "demo");
  await db
    .insert(unitKinds)
    .values(demo.kinds.map((k) => ({ provinceId: province.id, code: k.code, name: k.name })))
    .onConflictDoNothing();

  const unitTable: Table = {
    headers: ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên", "Cụm/khối"],
    rows: demo.units.map((u, i) => ({
      line: i + 2,
      cells: [u.code, u.name, u.kind, u.parentCode ?? "", u.cluster ?? ""],
      formulaColumns: [],
    })),
  };
  const peopleTable: Table = {
    headers: ["Họ và tên", "Chức vụ", "Mã đơn vị", "Vai trò", "Số điện thoại"],
    rows: demo.people.map((p, i) => ({
      line: i + 2,
      cells: [p.fullName, p.position, p.unitCode, p.role, p.phone ?? ""],
      formulaColumns: [],
    })),
  };
  const unitReport = await importUnits(db, province.id, unitTable, "demo");
  const peopleReport = await importPeople(db, province.id, peopleTable, "demo");
  const problems = [...unitReport.rejected, ...peopleReport.rejected];
  if (problems.length > 0) throw new Error(`demo data rejected: ${JSON.stringify(problems.slice(0, 3))}`);

  const today = localDateOf(now, timeZone);
  const year = schoolYearOf(today);
  await loadHistory(db, province.id, demo.people, year.label);
  await loadDemoResults(db, province.id, year.label);
  const schoolYear = await ensureSchoolYear(db, province.id, year.label);
  let campaignsCreated = 0;
  for (const c of DEMO_CAMPAIGNS) {
    const [open] = await db
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(
        and(
          eq(campaigns.provinceId, province.id),
          eq(campaigns.schoolYearId, schoolYear.id),
          eq(campaigns.kind, c.kind),
          isNull(campaigns.closedAt),
        ),
      );
    if (open) continue;
    await createCampaign(
      db,
      {
        provinceId: province.id,
        kind: c.kind,
        title: title(c.titleKey, { year: year.label }),
        schoolYear: year.label,
        opensAt: now,
        deadlineAt: endOfLocalDay(addDays(today, DEMO_DEADLINE_DAYS), timeZone),
      },
      "demo",
    );
    campaignsCreated++;
  }
  const counts = (r: typeof unitReport) => ({ created: r.created, updated: r.updated, unchanged: r.unchanged });
  return {
    provinceId: province.id,
    provinceCode: province.code,
    units: counts(unitReport),
    people: counts(peopleReport),
    campaignsCreated,
  };
}
