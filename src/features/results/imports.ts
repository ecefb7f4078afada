/**
 * Imports of the year's end, from Excel or CSV, with the importer's row-level report:
 * - past years' results, one row per person and year (rating, title, decision) → person_years;
 * - a decision's list of the people it names → decisions, decision_people, person_years, and
 *   one congratulation per person named (the outbox key makes a second import tell nobody again).
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.js";
import { decisionPeople, decisions, people, personYears, units } from "../../db/schema.js";
import { formatLocalDate, isoDate, parseVnDate, type LocalDate } from "../../domain/calendar.js";
import { parseDecisionLevel, parseRating, parseTitleText, titlesHeld, type DecisionLevel } from "../../domain/results.js";
import { parseSchoolYear } from "../../domain/rules/index.js";
import { cleanText, foldVietnamese, looksLikeFormula } from "../../domain/text.js";
import { getTitle, isIndividualTitleCode, type TitleCode } from "../../domain/titles.js";
import type { Notification } from "../../core/index.js";
import { writeAudit } from "../../services/audit.js";
import { emptyReport, type ImportReport, type Rejection } from "../../services/import/report.js";
import { cell, mapColumns, type ColumnSpec, type Table, type TableRow } from "../../services/import/table-file.js";
import { insertOutboxNotifications } from "../../services/notifications.js";
import { type ActorRef } from "../../core/actor.js";

const UNIT: ColumnSpec<"unit"> = { key: "unit", names: ["mã đơn vị", "unit code", "unit"], required: true };
const NAME: ColumnSpec<"name"> = { key: "name", names: ["họ và tên", "họ tên", "full name", "name"], required: true };
const YEAR: ColumnSpec<"year"> = { key: "year", names: ["năm học", "school year"], required: true };
const TITLE: ColumnSpec<"title"> = { key: "title", names: ["danh hiệu", "danh hiệu thi đua", "title"], required: false };

/** dd/mm/yyyy as typed, or the yyyy-mm-dd a spreadsheet date cell reads as. */
function parseDay(text: string): LocalDate | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return iso ? parseVnDate(`${iso[3]}/${iso[2]}/${iso[1]}`) : parseVnDate(text);
}

/** People of the province by unit code and folded name; a name twice in a unit is ambiguous. */
async function peopleIndex(db: DbOrTx, provinceId: number) {
  const rows = await db
    .select({ id: people.id, fullName: people.fullName, unitId: people.unitId, unitCode: units.code })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(and(eq(people.provinceId, provinceId), isNull(people.anonymisedAt)));
  const index = new Map<string, Array<{ id: number; unitId: number | null; fullName: string }>>();
  for (const r of rows) {
    const key = `${r.unitCode}|${foldVietnamese(r.fullName)}`;
    index.set(key, [...(index.get(key) ?? []), r]);
  }
  const unitCodes = new Set(rows.map((r) => r.unitCode));
  const allUnits = await db.select({ code: units.code }).from(units).where(eq(units.provinceId, provinceId));
  for (const u of allUnits) unitCodes.add(u.code);
  return { index, unitCodes };
}

type PersonMatch = { ok: true; id: number; unitId: number | null } | { ok: false; reject: Omit<Rejection, "line"> };

function findPerson(ix: Awaited<ReturnType<typeof peopleIndex>>, unitCode: string, name: string): PersonMatch {
  if (!ix.unitCodes.has(unitCode)) return { ok: false, reject: { reason: "import-unknown-unit", vars: { code: unitCode } } };
  const found = ix.index.get(`${unitCode}|${foldVietnamese(name)}`) ?? [];
  if (found.length === 0) return { ok: false, reject: { reason: "results-import-unknown-person", vars: { name, code: unitCode } } };
  if (found.length > 1) return { ok: false, reject: { reason: "results-import-ambiguous-person", vars: { name, code: unitCode } } };
  return { ok: true, id: found[0]!.id, unitId: found[0]!.unitId };
}

const hasFormula = (r: TableRow, values: string[]) => r.formulaColumns.length > 0 || values.some(looksLikeFormula);

/* ---------- Past years' results ---------- */

const historyColumns: ColumnSpec<"unit" | "name" | "year" | "rating" | "title" | "decision">[] = [
  UNIT,
  NAME,
  YEAR,
  { key: "rating", names: ["xếp loại", "đánh giá", "rating"], required: true },
  TITLE,
  { key: "decision", names: ["số quyết định", "quyết định", "decision"], required: false },
];

/** Past years' results, one row per person and year; an existing year is replaced by the file's. */
export async function importHistory(db: Db, provinceId: number, table: Table, actor: ActorRef): Promise<ImportReport> {
  const map = mapColumns(table.headers, historyColumns);
  const report = emptyReport();
  const ix = await peopleIndex(db, provinceId);
  const seen = new Map<string, number>();
  await db.transaction(async (tx) => {
    for (const r of table.rows) {
      const v = {
        unit: cleanText(cell(r, map, "unit")).toUpperCase(),
        name: cleanText(cell(r, map, "name")),
        year: cleanText(cell(r, map, "year")).replace(/\s*[-–]\s*/, "-"),
        rating: cleanText(cell(r, map, "rating")),
        title: cleanText(cell(r, map, "title")),
        decision: cleanText(cell(r, map, "decision")),
      };
      const reject = (reason: string, vars: Rejection["vars"] = {}) => report.rejected.push({ line: r.line, reason, vars });
      if (hasFormula(r, Object.values(v))) {
        reject("import-formula");
        continue;
      }
      if (parseSchoolYear(v.year) === null) {
        reject("results-import-bad-year", { year: v.year });
        continue;
      }
      const rating = v.rating ? parseRating(v.rating) : null;
      if (v.rating && !rating) {
        reject("results-import-bad-rating", { rating: v.rating });
        continue;
      }
      const title = parseTitleText(v.title);
      if (title === null) {
        reject("results-import-bad-title", { title: v.title });
        continue;
      }
      if (v.decision.length > 100) {
        reject("import-too-long");
        continue;
      }
      const person = findPerson(ix, v.unit, v.name);
      if (!person.ok) {
        reject(person.reject.reason, person.reject.vars);
        continue;
      }
      const key = `${person.id}|${v.year}`;
      const first = seen.get(key);
      if (first !== undefined) {
        reject("import-duplicate-person", { first });
        continue;
      }
      seen.set(key, r.line);
      const titles = title === "none" ? [] : isIndividualTitleCode(title) ? titlesHeld(title) : [title];
      const values = { rating, titles, decision: v.decision || null, unitId: person.unitId, source: "import" };
      const [before] = await tx
        .select()
        .from(personYears)
        .where(and(eq(personYears.personId, person.id), eq(personYears.schoolYear, v.year)));
      if (
        before &&
        before.rating === rating &&
        JSON.stringify(before.titles) === JSON.stringify(titles) &&
        before.decision === values.decision
      ) {
        report.unchanged++;
        continue;
      }
      await tx
        .insert(personYears)
        .values({ provinceId, personId: person.id, schoolYear: v.year, ...values })
        .onConflictDoUpdate({ target: [personYears.personId, personYears.schoolYear], set: { ...values, updatedAt: new Date() } });
      if (before) report.updated++;
      else report.created++;
    }
    if (report.created + report.updated > 0) {
      await writeAudit(tx, {
        provinceId,
        actor,
        action: "import-history",
        entity: "person_years",
        entityId: null,
        after: { created: report.created, updated: report.updated },
      });
    }
  });
  return report;
}

/* ---------- Decisions ---------- */

export interface DecisionInput {
  number: string;
  signedOn: LocalDate;
  level: DecisionLevel;
  schoolYear: string;
}

export const decisionLevelKey = (level: DecisionLevel) => `decision-level-${level}`;

/**
 * Records a decision and the people it names. New names are told once (the outbox key is the
 * decision, the person and the title); a name already recorded changes nothing. The title goes
 * into the person's year with the decision's number. Returns how many names were new.
 */
export async function recordDecision(
  tx: DbOrTx,
  provinceId: number,
  d: { id: number; number: string; signedOn: string; level: DecisionLevel; schoolYear: string },
  named: Array<{ personId: number; unitId: number | null; titleCode: string }>,
  notify: (n: Notification) => void,
): Promise<{ created: number; unchanged: number }> {
  let created = 0;
  let unchanged = 0;
  for (const n of named) {
    const [row] = await tx
      .insert(decisionPeople)
      .values({ provinceId, decisionId: d.id, personId: n.personId, titleCode: n.titleCode })
      .onConflictDoNothing()
      .returning({ id: decisionPeople.id });
    if (!row) {
      unchanged++;
      continue;
    }
    created++;
    const [year] = await tx
      .select()
      .from(personYears)
      .where(and(eq(personYears.personId, n.personId), eq(personYears.schoolYear, d.schoolYear)));
    const add = isIndividualTitleCode(n.titleCode) ? titlesHeld(n.titleCode) : [n.titleCode];
    const titles = [...new Set([...(year?.titles ?? []), ...add])];
    if (year) await tx.update(personYears).set({ titles, decision: d.number, updatedAt: new Date() }).where(eq(personYears.id, year.id));
    else
      await tx.insert(personYears).values({
        provinceId,
        personId: n.personId,
        schoolYear: d.schoolYear,
        rating: null,
        titles,
        decision: d.number,
        unitId: n.unitId,
        source: "decision",
      });
    const [y, m, day] = d.signedOn.split("-");
    notify({
      personId: n.personId,
      provinceId,
      dedupeKey: `decision:${d.id}:${n.personId}:${n.titleCode}`,
      message: {
        key: "notify-decision",
        vars: {
          title: getTitle(n.titleCode as TitleCode).nameVi,
          number: d.number,
          date: `${day}/${m}/${y}`,
          level: d.level,
          year: d.schoolYear,
        },
      },
    });
  }
  return { created, unchanged };
}

/** Finds or creates the decision; a number already recorded with another date or level is a conflict (null). */
export async function ensureDecision(tx: DbOrTx, provinceId: number, input: DecisionInput) {
  const signedOn = isoDate(input.signedOn);
  const [existing] = await tx
    .select()
    .from(decisions)
    .where(and(eq(decisions.provinceId, provinceId), eq(decisions.number, input.number)));
  if (existing)
    return existing.signedOn === signedOn && existing.level === input.level && existing.schoolYear === input.schoolYear ? existing : null;
  const [row] = await tx
    .insert(decisions)
    .values({ provinceId, number: input.number, signedOn, level: input.level, schoolYear: input.schoolYear })
    .returning();
  return row!;
}

const decisionColumns: ColumnSpec<"number" | "date" | "level" | "year" | "unit" | "name" | "title">[] = [
  { key: "number", names: ["số quyết định", "quyết định", "decision"], required: true },
  { key: "date", names: ["ngày", "ngày quyết định", "ngày ký", "date"], required: true },
  { key: "level", names: ["cấp", "cấp khen", "cấp quyết định", "level"], required: true },
  YEAR,
  UNIT,
  NAME,
  { ...TITLE, required: true },
];

/** A decision's list (one row per person named); several decisions may share one file. */
export async function importDecisions(db: Db, provinceId: number, table: Table, actor: ActorRef): Promise<ImportReport> {
  const map = mapColumns(table.headers, decisionColumns);
  const report = emptyReport();
  const ix = await peopleIndex(db, provinceId);
  await db.transaction(async (tx) => {
    const queued: Notification[] = [];
    for (const r of table.rows) {
      const v = {
        number: cleanText(cell(r, map, "number")),
        date: cleanText(cell(r, map, "date")),
        level: cleanText(cell(r, map, "level")),
        year: cleanText(cell(r, map, "year")).replace(/\s*[-–]\s*/, "-"),
        unit: cleanText(cell(r, map, "unit")).toUpperCase(),
        name: cleanText(cell(r, map, "name")),
        title: cleanText(cell(r, map, "title")),
      };
      const reject = (reason: string, vars: Rejection["vars"] = {}) => report.rejected.push({ line: r.line, reason, vars });
      if (hasFormula(r, Object.values(v))) {
        reject("import-formula");
        continue;
      }
      if (!v.number || v.number.length > 100) {
        reject("results-import-bad-number");
        continue;
      }
      const signedOn = parseDay(v.date);
      if (!signedOn) {
        reject("results-import-bad-date", { date: v.date });
        continue;
      }
      const level = parseDecisionLevel(v.level);
      if (!level) {
        reject("results-import-bad-level", { level: v.level });
        continue;
      }
      if (parseSchoolYear(v.year) === null) {
        reject("results-import-bad-year", { year: v.year });
        continue;
      }
      const title = parseTitleText(v.title);
      if (title === null || title === "none") {
        reject("results-import-bad-title", { title: v.title });
        continue;
      }
      const person = findPerson(ix, v.unit, v.name);
      if (!person.ok) {
        reject(person.reject.reason, person.reject.vars);
        continue;
      }
      const decision = await ensureDecision(tx, provinceId, { number: v.number, signedOn, level, schoolYear: v.year });
      if (!decision) {
        reject("results-import-decision-conflict", { number: v.number, date: formatLocalDate(signedOn) });
        continue;
      }
      const res = await recordDecision(tx, provinceId, decision, [{ personId: person.id, unitId: person.unitId, titleCode: title }], (n) =>
        queued.push(n),
      );
      report.created += res.created;
      report.unchanged += res.unchanged;
    }
    await insertOutboxNotifications(tx, queued);
    if (report.created > 0)
      await writeAudit(tx, {
        provinceId,
        actor,
        action: "import-decisions",
        entity: "decision_people",
        entityId: null,
        after: { created: report.created },
      });
  });
  return report;
}
