import { and, asc, eq, inArray, isNotNull, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { rowsOf } from "../../db/rows.js";
import { alias } from "drizzle-orm/pg-core";
import {
  campaigns,
  collectiveRegistrations,
  initiatives,
  nominations,
  people,
  registrations,
  schoolYears,
  unitTargets,
  units,
} from "../../db/schema.js";
import { localDateOf } from "../../domain/calendar.js";
import { groupPhone } from "../../domain/people.js";
import { compareNameKeys, compareVietnamese, nameSortKey } from "../../domain/text.js";
import { getTitle, INDIVIDUAL_TITLE_CODES, COLLECTIVE_TITLE_CODES, isTitleCode } from "../../domain/titles.js";
import type { UnitDocument } from "../../exports/docx.js";
import { registrationDocName } from "../../exports/filenames.js";
import type { Sheet, SheetColumn } from "../../exports/sheet.js";
import { campaignUnits, type UnitProgress, type UnitScope } from "../progress/service.js";
import type { Campaign } from "../registration/campaigns.js";
import { resultsSheet } from "../results/export.js";

/**
 * The registration campaign as the Văn phòng's workbook: one Sheet per tab, rows read from the
 * database a few hundred units at a time (never the whole province at once). Headers and status
 * words are the fixed vocabulary of the Sở's documents, so they stay Vietnamese in every locale.
 */

/** Units per database round trip: about 10,000 registrations at 30 people a unit. */
const UNITS_PER_BATCH = 150;

export const SHEET_NAMES = {
  summary: "Tổng hợp",
  individuals: "Cá nhân",
  collectives: "Tập thể",
  targets: "Chỉ tiêu thi đua",
  nominations: "Điển hình tiên tiến",
  initiatives: "Sáng kiến",
  notSubmitted: "Chưa nộp",
} as const;

export const UNIT_STATE_VI = { submitted: "Đã nộp", in_progress: "Đang thực hiện", not_started: "Chưa bắt đầu" } as const;
export const REGISTRATION_STATUS_VI: Record<string, string> = { pending: "Chờ duyệt", approved: "Đã duyệt", returned: "Trả lại" };
export const WHOLE_UNIT_VI = "Toàn đơn vị";
export const NOMINATION_STATUS_VI: Record<string, string> = {
  draft: "Đang soạn",
  submitted: "Đã gửi",
  returned: "Trả lại",
  accepted: "Đã công nhận",
};
export const NOMINEE_KIND_VI: Record<string, string> = { individual: "Cá nhân", collective: "Tập thể" };
export const INITIATIVE_STATUS_VI: Record<string, string> = { planned: "Dự kiến", applied: "Đã áp dụng", recognised: "Đã công nhận" };
export const INITIATIVE_SCOPE_VI: Record<string, string> = { co_so: "Cơ sở", tinh: "Cấp tỉnh", toan_quoc: "Toàn quốc" };
/** A sáng kiến named only in a title registration, not (yet) declared on its own. */
export const PLANNED_WITH_REGISTRATION_VI = "Dự kiến (đăng ký thi đua)";

/** A calendar date as an instant: noon UTC falls on that date in every zone a Sở can be in. */
const calendarDate = (iso: string | null): Date | null => (iso ? new Date(`${iso}T12:00:00Z`) : null);

const titleName = (code: string | null): string => (code && isTitleCode(code) ? getTitle(code).nameVi : (code ?? ""));

/** Vietnamese order of people (given name with its tone, then family and middle names); keys computed once per row. */
export function sortByVietnameseName<T>(rows: T[], nameOf: (r: T) => string): T[] {
  const keyed = rows.map((r) => ({ r, key: nameSortKey(nameOf(r)) }));
  keyed.sort((a, b) => compareNameKeys(a.key, b.key));
  return keyed.map((k) => k.r);
}

/**
 * Reads batch after batch of units, fetching the next batch while the current one is written:
 * with a database server the query and the writing overlap.
 */
async function* byUnitBatches<R>(unitList: UnitProgress[], fetch: (unitIds: number[]) => Promise<R[]>): AsyncGenerator<R[]> {
  const batches: number[][] = [];
  for (let i = 0; i < unitList.length; i += UNITS_PER_BATCH) batches.push(unitList.slice(i, i + UNITS_PER_BATCH).map((u) => u.unitId));
  let next = batches.length > 0 ? fetch(batches[0]!) : null;
  for (let i = 0; i < batches.length; i++) {
    const current = next!;
    next = i + 1 < batches.length ? fetch(batches[i + 1]!) : null;
    // A failure of the prefetch surfaces when it is awaited, not as an unhandled rejection.
    next?.catch(() => {});
    yield await current;
  }
}

function groupByUnit<R extends { unitId: number }>(rows: R[]): Map<number, R[]> {
  const byUnit = new Map<number, R[]>();
  for (const r of rows) {
    const list = byUnit.get(r.unitId);
    if (list) list.push(r);
    else byUnit.set(r.unitId, [r]);
  }
  return byUnit;
}

/** Groups rows by unit in the units' order, then applies `order` within each unit. */
function inUnitOrder<R extends { unitId: number }>(unitIds: number[], rows: R[], order: (rs: R[]) => R[]): R[] {
  const byUnit = groupByUnit(rows);
  return unitIds.flatMap((id) => order(byUnit.get(id) ?? []));
}

interface PersonRow {
  unitId: number;
  name: string;
  position: string;
  titleCode: string;
  awardCode: string | null;
  initiativeTitle: string | null;
  initiativeSubject: string | null;
  status: string;
  returnReason: string | null;
}

/** What every sheet of one export shares: the campaign and its units, in order. */
interface ExportContext {
  db: DbOrTx;
  campaign: Campaign;
  unitList: UnitProgress[];
  unitName: Map<number, string>;
  allIds: number[];
}

export interface ExportData {
  campaign: Campaign;
  units: UnitProgress[];
  sheets: Sheet[];
}

export async function registrationExport(db: DbOrTx, campaign: Campaign, scope: UnitScope): Promise<ExportData> {
  const unitList = await campaignUnits(db, campaign.id, scope);
  const unitName = new Map(unitList.map((u) => [u.unitId, u.name]));
  const allIds = unitList.map((u) => u.unitId);
  const titleCounts = await countTitles(db, campaign.id, scope.unitIds);

  const ctx: ExportContext = { db, campaign, unitList, unitName, allIds };
  /**
   * The one large read (a row per registration). Plain SQL: Drizzle's per-field row mapping cost
   * as much as the query itself at 100,000 rows.
   */
  const fetchPeople = async (unitIds: number[], onlyInitiatives: boolean): Promise<PersonRow[]> => {
    const where = and(
      eq(registrations.campaignId, campaign.id),
      inArray(registrations.unitId, unitIds),
      ne(registrations.status, "withdrawn"),
      onlyInitiatives ? isNotNull(registrations.initiativeTitle) : undefined,
    );
    const result = await db.execute(sql`
      select ${registrations.unitId} as "unitId", ${people.fullName} as "name", ${people.position} as "position",
             ${registrations.titleCode} as "titleCode", ${registrations.awardCode} as "awardCode",
             ${registrations.initiativeTitle} as "initiativeTitle", ${registrations.initiativeSubject} as "initiativeSubject",
             ${registrations.status} as "status", ${registrations.returnReason} as "returnReason"
      from ${registrations} inner join ${people} on ${people.id} = ${registrations.personId}
      where ${where}`);
    return rowsOf<PersonRow>(result);
  };

  /** Planned sáng kiến met while writing Cá nhân (only those, so the memory stays small). */
  let plannedInitiatives: Map<number, PersonRow[]> | null = null;
  const year = await schoolYearOf(db, campaign.schoolYearId);
  const nominationCounts = await countNominations(db, campaign.schoolYearId, scope.unitIds);

  const individuals = individualsSheet(
    ctx,
    (ids) => fetchPeople(ids, false),
    (planned) => (plannedInitiatives = planned),
  );
  const summary = summarySheet(ctx, titleCounts, nominationCounts);

  const collectives: Sheet = {
    name: SHEET_NAMES.collectives,
    columns: [
      { header: "STT", width: 6, type: "number" },
      { header: "Đơn vị", width: 36 },
      { header: "Tập thể", width: 28 },
      { header: "Danh hiệu đăng ký", width: 32 },
      { header: "Hình thức khen thưởng", width: 36 },
    ],
    async *rows() {
      let n = 0;
      const fetch = (ids: number[]) =>
        db
          .select()
          .from(collectiveRegistrations)
          .where(and(eq(collectiveRegistrations.campaignId, campaign.id), inArray(collectiveRegistrations.unitId, ids)))
          .orderBy(asc(collectiveRegistrations.id));
      for await (const batch of byUnitBatches(unitList, fetch)) {
        // The whole unit first, then its tổ in Vietnamese order.
        const ordered = inUnitOrder(allIds, batch, (rs) =>
          [...rs].sort((a, b) => (a.groupName === null ? -1 : b.groupName === null ? 1 : compareVietnamese(a.groupName, b.groupName))),
        );
        yield ordered.map((c) => [
          ++n,
          unitName.get(c.unitId) ?? "",
          c.groupName ?? WHOLE_UNIT_VI,
          titleName(c.titleCode),
          c.awardCode ? titleName(c.awardCode) : null,
        ]);
      }
    },
  };

  const targets = targetsSheet(ctx);

  const nominationSheet = nominationsSheet(ctx);

  /**
   * Sáng kiến of the school year: those declared on their own (issue 5's declarations, with their
   * decision and scope once recognised), then those only named in a title registration.
   */
  const initiativeSheet: Sheet = {
    name: SHEET_NAMES.initiatives,
    columns: [
      { header: "STT", width: 6, type: "number" },
      { header: "Tên sáng kiến", width: 50 },
      { header: "Lĩnh vực / môn", width: 20 },
      { header: "Tác giả", width: 28 },
      { header: "Đồng tác giả", width: 28 },
      { header: "Đơn vị", width: 36 },
      { header: "Trạng thái", width: 22 },
      { header: "Số quyết định", width: 16 },
      { header: "Ngày quyết định", width: 12, type: "date" },
      { header: "Phạm vi", width: 12 },
    ],
    async *rows() {
      let n = 0;
      const unitOf = sql<number>`coalesce(${initiatives.unitId}, ${people.unitId})`;
      const fetch = async (ids: number[]) => {
        const declared = await db
          .select({
            unitId: unitOf,
            title: initiatives.title,
            field: initiatives.field,
            author: people.fullName,
            coAuthors: initiatives.coAuthors,
            status: initiatives.status,
            decisionNumber: initiatives.decisionNumber,
            decidedOn: initiatives.decidedOn,
            scope: initiatives.scope,
          })
          .from(initiatives)
          .innerJoin(people, eq(people.id, initiatives.personId))
          .where(
            and(
              eq(initiatives.provinceId, campaign.provinceId),
              inArray(unitOf, ids),
              // Decided in the school year, or declared in it and not decided yet.
              sql`(${initiatives.decidedOn} between ${year.startsOn} and ${year.endsOn}
                   or (${initiatives.decidedOn} is null and ${initiatives.createdAt}::date between ${year.startsOn} and ${year.endsOn}))`,
            ),
          );
        const planned = plannedInitiatives ? ids.flatMap((id) => plannedInitiatives!.get(id) ?? []) : await fetchPeople(ids, true);
        return [
          ...declared.map((d) => ({ ...d, unitId: Number(d.unitId), planned: false })),
          ...planned.map((p) => ({
            unitId: p.unitId,
            title: p.initiativeTitle ?? "",
            field: p.initiativeSubject ?? "",
            author: p.name,
            coAuthors: null,
            status: "",
            decisionNumber: null,
            decidedOn: null,
            scope: null,
            planned: true,
          })),
        ];
      };
      for await (const batch of byUnitBatches(unitList, fetch)) {
        const ordered = inUnitOrder(allIds, batch, (rs) => [
          ...sortByVietnameseName(
            rs.filter((r) => !r.planned),
            (r) => r.author,
          ),
          ...sortByVietnameseName(
            rs.filter((r) => r.planned),
            (r) => r.author,
          ),
        ]);
        yield ordered.map((r) => [
          ++n,
          r.title,
          r.field || null,
          r.author,
          r.coAuthors,
          unitName.get(r.unitId) ?? "",
          r.planned ? PLANNED_WITH_REGISTRATION_VI : (INITIATIVE_STATUS_VI[r.status] ?? r.status),
          r.decisionNumber,
          calendarDate(r.decidedOn),
          r.scope ? (INITIATIVE_SCOPE_VI[r.scope] ?? r.scope) : null,
        ]);
      }
      plannedInitiatives = null;
    },
  };

  const notSubmitted = notSubmittedSheet(unitList);
  // The year's results (chat or imported), as their own tab after the registration's.
  const results = resultsSheet(db, campaign.schoolYear, unitList);

  return {
    campaign,
    units: unitList,
    sheets: [summary, individuals, collectives, targets, nominationSheet, initiativeSheet, notSubmitted, results],
  };
}

/** One row per unit, with a totals row under them. */
function summarySheet(ctx: ExportContext, titleCounts: Map<number, Map<string, number>>, nominationCounts: Map<number, number>): Sheet {
  return {
    name: SHEET_NAMES.summary,
    totals: "Tổng cộng",
    columns: [
      // Narrow count columns under wrapped headers: the nineteen columns print across one A4 page.
      { header: "Mã đơn vị", width: 15 },
      { header: "Tên đơn vị", width: 34 },
      { header: "Loại đơn vị", width: 24 },
      { header: "Cụm/khối thi đua", width: 15 },
      { header: "Cán bộ đầu mối", width: 22 },
      { header: "Trạng thái", width: 14 },
      { header: "Thời điểm nộp", width: 17, type: "datetime" },
      { header: "Số cá nhân đăng ký", width: 10, type: "number", sum: true },
      ...INDIVIDUAL_TITLE_CODES.map((c): SheetColumn => ({ header: getTitle(c).nameVi, width: 10, type: "number", sum: true })),
      ...COLLECTIVE_TITLE_CODES.map((c): SheetColumn => ({ header: getTitle(c).nameVi, width: 10, type: "number", sum: true })),
      { header: "Số chỉ tiêu thi đua", width: 10, type: "number", sum: true },
      { header: "Số điển hình tiên tiến đề xuất", width: 10, type: "number", sum: true },
    ],
    async *rows() {
      yield ctx.unitList.map((u) => {
        const counts = titleCounts.get(u.unitId);
        return [
          u.code,
          u.name,
          u.kindName,
          u.cluster,
          u.contact?.name ?? null,
          UNIT_STATE_VI[u.state],
          u.submittedAt,
          u.registrations,
          ...INDIVIDUAL_TITLE_CODES.map((c) => counts?.get(c) ?? 0),
          ...COLLECTIVE_TITLE_CODES.map((c) => counts?.get(c) ?? 0),
          u.targets,
          nominationCounts.get(u.unitId) ?? 0,
        ];
      });
    },
  };
}

/** Every registration (withdrawn ones left out), with the reason of a returned one. */
function individualsSheet(
  ctx: ExportContext,
  fetchPeople: (unitIds: number[]) => Promise<PersonRow[]>,
  onPlanned: (planned: Map<number, PersonRow[]>) => void,
): Sheet {
  return {
    name: SHEET_NAMES.individuals,
    columns: [
      { header: "STT", width: 6, type: "number" },
      { header: "Họ và tên", width: 28 },
      { header: "Chức vụ", width: 22 },
      { header: "Đơn vị", width: 36 },
      { header: "Danh hiệu đăng ký", width: 28 },
      { header: "Hình thức khen thưởng", width: 36 },
      { header: "Sáng kiến", width: 40 },
      { header: "Môn", width: 18 },
      { header: "Trạng thái", width: 12 },
      { header: "Lý do trả lại", width: 30 },
    ],
    async *rows() {
      let n = 0;
      const planned: PersonRow[] = [];
      for await (const batch of byUnitBatches(ctx.unitList, fetchPeople)) {
        const ordered = inUnitOrder(ctx.allIds, batch, (rs) => sortByVietnameseName(rs, (r) => r.name));
        for (const r of ordered) if (r.initiativeTitle) planned.push(r);
        yield ordered.map((r) => [
          ++n,
          r.name,
          r.position || null,
          ctx.unitName.get(r.unitId) ?? "",
          titleName(r.titleCode),
          r.awardCode ? titleName(r.awardCode) : null,
          r.initiativeTitle,
          r.initiativeSubject,
          REGISTRATION_STATUS_VI[r.status] ?? r.status,
          r.status === "returned" ? r.returnReason : null,
        ]);
      }
      onPlanned(groupByUnit(planned));
    },
  };
}

/**
 * A planned value that is a number ("95", "98,5", "1.500") as a number, so a clerk can sum and
 * compare it; anything else ("≥ 95", "+2", "Đạt") as the text typed.
 */
export function numberOrText(text: string): number | string {
  const s = text.replace(/\s/g, "");
  if (/^-?\d{1,3}(\.\d{3})+$/u.test(s)) return Number(s.replace(/\./g, ""));
  if (/^-?\d+([.,]\d+)?$/u.test(s)) return Number(s.replace(",", "."));
  return text;
}

function targetsSheet(ctx: ExportContext): Sheet {
  return {
    name: SHEET_NAMES.targets,
    columns: [
      { header: "STT", width: 6, type: "number" },
      { header: "Đơn vị", width: 36 },
      { header: "Nội dung chỉ tiêu", width: 60 },
      { header: "Đơn vị tính", width: 14 },
      { header: "Kế hoạch", width: 14 },
    ],
    async *rows() {
      let n = 0;
      const fetch = (ids: number[]) =>
        ctx.db
          .select()
          .from(unitTargets)
          .where(and(eq(unitTargets.campaignId, ctx.campaign.id), inArray(unitTargets.unitId, ids)))
          .orderBy(asc(unitTargets.id));
      for await (const batch of byUnitBatches(ctx.unitList, fetch)) {
        const ordered = inUnitOrder(ctx.allIds, batch, (rs) => rs);
        yield ordered.map((t) => [++n, ctx.unitName.get(t.unitId) ?? "", t.content, t.measure, numberOrText(t.planned)]);
      }
    },
  };
}

/** Điển hình tiên tiến nominated in the nomination campaigns of the same school year. */
function nominationsSheet(ctx: ExportContext): Sheet {
  return {
    name: SHEET_NAMES.nominations,
    columns: [
      { header: "STT", width: 6, type: "number" },
      { header: "Cá nhân / tập thể", width: 30 },
      { header: "Loại", width: 10 },
      { header: "Đơn vị", width: 36 },
      { header: "Lĩnh vực", width: 24 },
      { header: "Tóm tắt thành tích", width: 60 },
      { header: "Sáng kiến", width: 36 },
      { header: "Trạng thái", width: 14 },
      { header: "Ngày gửi", width: 12, type: "date" },
      { header: "Lý do trả lại", width: 30 },
    ],
    async *rows() {
      let n = 0;
      const fetch = (ids: number[]) =>
        ctx.db
          .select({
            unitId: nominations.unitId,
            kind: nominations.kind,
            name: nominations.nomineeName,
            field: nominations.field,
            summary: nominations.summary,
            initiative: sql<string | null>`coalesce(${initiatives.title}, ${nominations.initiativeText})`,
            status: nominations.status,
            submittedAt: nominations.submittedAt,
            returnReason: nominations.returnReason,
          })
          .from(nominations)
          .innerJoin(campaigns, eq(campaigns.id, nominations.campaignId))
          .leftJoin(initiatives, eq(initiatives.id, nominations.initiativeId))
          .where(and(eq(campaigns.schoolYearId, ctx.campaign.schoolYearId), inArray(nominations.unitId, ids)));
      for await (const batch of byUnitBatches(ctx.unitList, fetch)) {
        // Persons first, then collectives; each in Vietnamese order.
        const ordered = inUnitOrder(ctx.allIds, batch, (rs) => [
          ...sortByVietnameseName(
            rs.filter((r) => r.kind === "individual"),
            (r) => r.name,
          ),
          ...rs.filter((r) => r.kind !== "individual").sort((a, b) => compareVietnamese(a.name, b.name)),
        ]);
        yield ordered.map((r) => [
          ++n,
          r.name,
          NOMINEE_KIND_VI[r.kind] ?? r.kind,
          ctx.unitName.get(r.unitId) ?? "",
          r.field,
          r.summary,
          r.initiative,
          NOMINATION_STATUS_VI[r.status] ?? r.status,
          r.submittedAt,
          r.status === "returned" ? r.returnReason : null,
        ]);
      }
    },
  };
}

/** Units that have not submitted, with whom to call: the phone grouped ("0852 407 310") so it stays text. */
function notSubmittedSheet(unitList: UnitProgress[]): Sheet {
  return {
    name: SHEET_NAMES.notSubmitted,
    columns: [
      { header: "STT", width: 6, type: "number" },
      { header: "Mã đơn vị", width: 15 },
      { header: "Tên đơn vị", width: 40 },
      { header: "Loại đơn vị", width: 28 },
      { header: "Cụm/khối thi đua", width: 20 },
      { header: "Trạng thái", width: 16 },
      { header: "Cán bộ đầu mối", width: 26 },
      { header: "Chức vụ", width: 20 },
      { header: "Số điện thoại", width: 15 },
    ],
    async *rows() {
      let n = 0;
      yield unitList
        .filter((u) => u.state !== "submitted")
        .map((u) => [
          ++n,
          u.code,
          u.name,
          u.kindName,
          u.cluster,
          UNIT_STATE_VI[u.state],
          u.contact?.name ?? null,
          u.contact?.position || null,
          u.contact?.phone ? groupPhone(u.contact.phone) : null,
        ]);
    },
  };
}

/** Registrations and collective titles per unit and title: the count columns of Tổng hợp. */
async function countTitles(db: DbOrTx, campaignId: number, unitIds: number[] | null): Promise<Map<number, Map<string, number>>> {
  const out = new Map<number, Map<string, number>>();
  const add = (unitId: number, code: string, n: number) => {
    if (!out.has(unitId)) out.set(unitId, new Map());
    const m = out.get(unitId)!;
    m.set(code, (m.get(code) ?? 0) + n);
  };
  // A few rows per unit: one grouped query each, whatever the province's size.
  const individual = await db
    .select({ unitId: registrations.unitId, code: registrations.titleCode, n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(
      and(
        eq(registrations.campaignId, campaignId),
        unitIds ? inArray(registrations.unitId, unitIds) : undefined,
        ne(registrations.status, "withdrawn"),
      ),
    )
    .groupBy(registrations.unitId, registrations.titleCode);
  const collective = await db
    .select({ unitId: collectiveRegistrations.unitId, code: collectiveRegistrations.titleCode, n: sql<number>`count(*)::int` })
    .from(collectiveRegistrations)
    .where(and(eq(collectiveRegistrations.campaignId, campaignId), unitIds ? inArray(collectiveRegistrations.unitId, unitIds) : undefined))
    .groupBy(collectiveRegistrations.unitId, collectiveRegistrations.titleCode);
  for (const r of [...individual, ...collective]) add(r.unitId, r.code, r.n);
  return out;
}

async function schoolYearOf(db: DbOrTx, id: number): Promise<{ startsOn: string; endsOn: string }> {
  const [row] = await db
    .select({ startsOn: schoolYears.startsOn, endsOn: schoolYears.endsOn })
    .from(schoolYears)
    .where(eq(schoolYears.id, id));
  return row!;
}

/** Nominations sent (not drafts) per unit in the school year: seed 002 asks for a minimum per unit. */
export async function countNominations(db: DbOrTx, schoolYearId: number, unitIds: number[] | null): Promise<Map<number, number>> {
  const rows = await db
    .select({ unitId: nominations.unitId, n: sql<number>`count(*)::int` })
    .from(nominations)
    .innerJoin(campaigns, eq(campaigns.id, nominations.campaignId))
    .where(
      and(
        eq(campaigns.schoolYearId, schoolYearId),
        ne(nominations.status, "draft"),
        unitIds ? inArray(nominations.unitId, unitIds) : undefined,
      ),
    )
    .groupBy(nominations.unitId);
  return new Map(rows.map((r) => [r.unitId, r.n]));
}

/* ---- Word documents ---- */

export interface UnitDocumentEntry {
  unit: UnitProgress;
  fileName: string;
  doc: UnitDocument;
}

/** "Tỉnh Nam Định" → "Nam Định": the place-and-date line names the locality only. */
export const placeOf = (provinceName: string) => provinceName.replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, "").trim() || provinceName;

/**
 * Each unit's registration document, batch by batch: its approved registrations, dated the day
 * the unit submitted; a unit that has not submitted gets a draft (DỰ THẢO, no day).
 */
export async function* unitDocuments(
  db: DbOrTx,
  campaign: Campaign & { provinceName: string },
  unitList: UnitProgress[],
  opts: { now: Date; timeZone: string },
): AsyncGenerator<UnitDocumentEntry> {
  const fetch = async (ids: number[]) => {
    const parent = alias(units, "parent");
    const parents = await db
      .select({ unitId: units.id, parentName: parent.name })
      .from(units)
      .leftJoin(parent, eq(parent.id, units.parentId))
      .where(inArray(units.id, ids));
    const regs = await db
      .select({
        unitId: registrations.unitId,
        name: people.fullName,
        position: people.position,
        titleCode: registrations.titleCode,
        awardCode: registrations.awardCode,
        initiativeTitle: registrations.initiativeTitle,
      })
      .from(registrations)
      .innerJoin(people, eq(people.id, registrations.personId))
      // The head signs what the unit accepted: pending and returned registrations stay out.
      .where(and(eq(registrations.campaignId, campaign.id), inArray(registrations.unitId, ids), eq(registrations.status, "approved")));
    const targetRows = await db
      .select()
      .from(unitTargets)
      .where(and(eq(unitTargets.campaignId, campaign.id), inArray(unitTargets.unitId, ids)))
      .orderBy(asc(unitTargets.id));
    const collectiveRows = await db
      .select()
      .from(collectiveRegistrations)
      .where(and(eq(collectiveRegistrations.campaignId, campaign.id), inArray(collectiveRegistrations.unitId, ids)))
      .orderBy(asc(collectiveRegistrations.id));
    return [{ ids, parents, regs, targetRows, collectiveRows }];
  };
  const byId = new Map(unitList.map((u) => [u.unitId, u]));
  for await (const [batch] of byUnitBatches(unitList, fetch)) {
    const { ids, parents, regs: allRegs, targetRows: allTargets, collectiveRows: allCollectives } = batch!;
    const regsOf = groupByUnit(allRegs);
    const targetsOf = groupByUnit(allTargets);
    const collectivesOf = groupByUnit(allCollectives);
    const parentOf = new Map(parents.map((p) => [p.unitId, p.parentName]));
    for (const id of ids) {
      const [regs, targetRows, collectiveRows] = [regsOf.get(id) ?? [], targetsOf.get(id) ?? [], collectivesOf.get(id) ?? []];
      const unit = byId.get(id)!;
      const doc: UnitDocument = {
        superiorName: parentOf.get(id) ?? null,
        unitName: unit.name,
        place: placeOf(campaign.provinceName),
        date: localDateOf(unit.submittedAt ?? opts.now, opts.timeZone),
        draft: unit.state !== "submitted",
        schoolYear: campaign.schoolYear,
        targets: targetRows.map((t) => ({ content: t.content, measure: t.measure, planned: t.planned })),
        individuals: sortByVietnameseName(regs, (r) => r.name).map((r) => ({
          name: r.name,
          position: r.position,
          title: titleName(r.titleCode),
          award: r.awardCode ? titleName(r.awardCode) : null,
          initiative: r.initiativeTitle,
        })),
        collectives: [...collectiveRows]
          .sort((a, b) => (a.groupName === null ? -1 : b.groupName === null ? 1 : compareVietnamese(a.groupName, b.groupName)))
          .map((c) => ({
            group: c.groupName ?? WHOLE_UNIT_VI,
            title: titleName(c.titleCode),
            award: c.awardCode ? titleName(c.awardCode) : null,
          })),
        leader: unit.leader ? { name: unit.leader.name, position: unit.leader.position } : null,
      };
      yield { unit, fileName: registrationDocName(unit.name, campaign.schoolYear), doc };
    }
  }
}
