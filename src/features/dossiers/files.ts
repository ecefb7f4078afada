/**
 * The unit's dossier as files: the tờ trình, the biên bản and each approved báo cáo thành tích,
 * named as a province files them, and all of them in one zip (src/exports/zip.ts).
 */
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { people, provinces, roles, units } from "../../db/schema.js";
import { localDateOf } from "../../domain/calendar.js";
import { dossierFileNames } from "../../domain/dossiers.js";
import { isAwardCode } from "../../domain/titles.js";
import { zipFiles, type NamedFile } from "../../exports/zip.js";
import { placeOf } from "../export/data.js";
import { toDocx } from "../results/documents.js";
import { minutesDocument, proposalDocument, reportDocument, type DossierHeader, type ProposalLine } from "./documents.js";
import { titleNameVi } from "./prefill.js";
import { personFacts, proposals, unitFacts, type DossierCampaigns, type Proposal } from "./service.js";

/** The header every document of the unit's dossier shares. */
export async function dossierHeader(
  db: DbOrTx,
  c: DossierCampaigns,
  unitId: number,
  now: Date,
  timeZone: string,
): Promise<DossierHeader & { unitCode: string }> {
  const [unit] = await db.select({ name: units.name, code: units.code, parentId: units.parentId }).from(units).where(eq(units.id, unitId));
  const [parent] = unit?.parentId ? await db.select({ name: units.name }).from(units).where(eq(units.id, unit.parentId)) : [];
  const [province] = await db.select({ name: provinces.name }).from(provinces).where(eq(provinces.id, c.results.provinceId));
  const [leader] = await db
    .select({ name: people.fullName, position: people.position })
    .from(roles)
    .innerJoin(people, eq(people.id, roles.personId))
    .where(and(eq(roles.unitId, unitId), eq(roles.role, "unit_leader")))
    .limit(1);
  return {
    superiorName: parent?.name ?? null,
    unitName: unit?.name ?? "",
    unitCode: unit?.code ?? "",
    place: placeOf(province?.name ?? ""),
    date: localDateOf(now, timeZone),
    schoolYear: c.results.schoolYear,
    leader: leader ?? null,
  };
}

const verbOf = (code: string) => (["CSTDCS", "LDTT", "TTLDTT", "TTLDXS"].includes(code) ? ("CÔNG NHẬN" as const) : ("TẶNG" as const));

/** One báo cáo thành tích as Word. */
export async function reportDocx(db: DbOrTx, c: DossierCampaigns, h: DossierHeader, p: Proposal): Promise<Uint8Array> {
  const years =
    p.personId === null
      ? []
      : (await personFacts(db, p.personId, c.results.id)).years
          .filter((y) => y.titles.length > 0)
          .map((y) => ({ schoolYear: y.schoolYear, titles: y.titles.map(titleNameVi).join(", "), decision: y.decision ?? "" }));
  const unitYears =
    p.personId === null
      ? (await unitFacts(db, c.results, p.unitId)).years
          .filter((y) => y.titles.length > 0)
          .map((y) => ({ schoolYear: y.schoolYear, titles: y.titles.map(titleNameVi).join(", "), decision: "" }))
      : [];
  return toDocx(
    reportDocument(h, {
      scope: p.personId === null ? "collective" : "individual",
      name: p.name,
      titleName: isAwardCode(p.titleCode) ? titleNameVi(p.titleCode) : `danh hiệu “${titleNameVi(p.titleCode)}”`,
      verb: verbOf(p.titleCode),
      answers: p.report?.answers ?? {},
      years: p.personId === null ? unitYears : years,
    }),
  );
}

/** The unit's dossier: its files (the approved reports only) and the zip of them, named HoSo_<mã đơn vị>_<năm học>.zip. */
export async function dossierFiles(
  db: DbOrTx,
  c: DossierCampaigns,
  unitId: number,
  now: Date,
  timeZone: string,
): Promise<{ files: NamedFile[]; zipName: string; zip: Uint8Array }> {
  const h = await dossierHeader(db, c, unitId, now, timeZone);
  const list = await proposals(db, c, [unitId]);
  const lines: ProposalLine[] = list.map((p) => ({
    collective: p.personId === null,
    name: p.name,
    position: p.position,
    titleName: titleNameVi(p.titleCode),
  }));
  const approved = list.filter((p) => p.report?.status === "approved");
  const names = dossierFileNames(h.unitCode, h.schoolYear, approved);
  const facts = await unitFacts(db, c.results, unitId);
  const files: NamedFile[] = [
    { name: names.proposal, content: await toDocx(proposalDocument(h, lines)) },
    { name: names.minutes, content: await toDocx(minutesDocument(h, facts.ratings, lines)) },
  ];
  for (const [i, p] of approved.entries()) files.push({ name: names.reports[i]!, content: await reportDocx(db, c, h, p) });
  return { files, zipName: `${names.folder}.zip`, zip: await zipFiles(files, { now, timeZone }) };
}
