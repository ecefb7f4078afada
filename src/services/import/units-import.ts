import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "../../db/client.js";
import { alias } from "drizzle-orm/pg-core";
import { clusters, unitKinds, units } from "../../db/schema.js";
import { cleanText, foldVietnamese, looksLikeFormula } from "../../domain/text.js";
import { writeAudit } from "../audit.js";
import { chunks, emptyReport, type ImportReport, type Rejection } from "./report.js";
import { cell, lineHasNul, mapColumns, type ColumnSpec, type Table } from "./table-file.js";
import { type ActorRef } from "../../core/actor.js";

const columns: ColumnSpec<"code" | "name" | "kind" | "parent" | "cluster">[] = [
  { key: "code", names: ["mã đơn vị", "ma dv", "code"], required: true },
  { key: "name", names: ["tên đơn vị", "ten dv", "name"], required: true },
  { key: "kind", names: ["loại đơn vị", "loai dv", "kind"], required: true },
  { key: "parent", names: ["mã đơn vị cấp trên", "ma don vi cap tren", "parent"], required: true },
  {
    key: "cluster",
    names: ["cụm/khối", "cụm / khối", "cụm, khối", "cụm khối thi đua", "cụm thi đua", "khối thi đua", "cluster"],
    required: false,
  },
];

export const unitCodeSchema = z.string().regex(/^[A-Z0-9][A-Z0-9._-]{0,39}$/, { error: "import-bad-code" });

const rowSchema = z.object({
  code: unitCodeSchema,
  name: z.string().min(1, { error: "import-empty-name" }).max(200, { error: "import-too-long" }),
  kind: z.string().min(1, { error: "import-empty-kind" }).max(80, { error: "import-too-long" }),
  parent: unitCodeSchema.nullable(),
  cluster: z.string().max(120, { error: "import-too-long" }).nullable(),
});
type UnitRow = z.infer<typeof rowSchema> & { line: number };

interface Existing {
  id: number;
  code: string;
  name: string;
  kindId: number;
  parentCode: string | null;
  clusterId: number | null;
}

/** Kind codes are short and ASCII so they can be typed in a CLI and shown in exports. */
export function kindCodeOf(text: string): string {
  return foldVietnamese(text)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
}

function validate(table: Table): { rows: UnitRow[]; rejected: Rejection[] } {
  const map = mapColumns(table.headers, columns);
  const rows: UnitRow[] = [];
  const rejected: Rejection[] = [];
  const seen = new Map<string, number>();
  for (const r of table.rows) {
    if (lineHasNul(r)) {
      rejected.push({ line: r.line, reason: "security-import-nul", vars: {} });
      continue;
    }
    const raw = {
      code: cleanText(cell(r, map, "code")).toUpperCase(),
      name: cleanText(cell(r, map, "name")),
      kind: cleanText(cell(r, map, "kind")),
      parent: cleanText(cell(r, map, "parent")).toUpperCase() || null,
      cluster: cleanText(cell(r, map, "cluster")) || null,
    };
    const formula = r.formulaColumns.length > 0 || [raw.name, raw.kind, raw.cluster ?? ""].some(looksLikeFormula);
    if (formula) {
      rejected.push({ line: r.line, reason: "import-formula", vars: { code: raw.code } });
      continue;
    }
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      rejected.push({ line: r.line, reason: parsed.error.issues[0]!.message, vars: { code: raw.code } });
      continue;
    }
    const first = seen.get(parsed.data.code);
    if (first !== undefined) {
      rejected.push({ line: r.line, reason: "import-duplicate-code", vars: { code: raw.code, first } });
      continue;
    }
    seen.set(parsed.data.code, r.line);
    rows.push({ ...parsed.data, line: r.line });
  }
  return { rows, rejected };
}

/**
 * Rejects rows whose parent is unknown, rejected, or whose chain loops back on itself, judged on
 * the tree as it would be after the import (file rows over database rows). Repeats until stable,
 * because rejecting one row can orphan its children.
 */
function checkTree(rows: UnitRow[], existing: Map<string, Existing>): { accepted: UnitRow[]; rejected: Rejection[] } {
  let accepted = rows;
  const rejected: Rejection[] = [];
  for (;;) {
    const inFile = new Map(accepted.map((r) => [r.code, r]));
    const parentOf = (code: string): string | null =>
      inFile.has(code) ? inFile.get(code)!.parent : (existing.get(code)?.parentCode ?? null);
    const bad = new Map<string, Rejection>();
    for (const r of accepted) {
      if (r.parent === r.code) {
        bad.set(r.code, { line: r.line, reason: "import-parent-cycle", vars: { code: r.code, chain: `${r.code} → ${r.code}` } });
        continue;
      }
      if (r.parent && !inFile.has(r.parent) && !existing.has(r.parent)) {
        const wasRejected = rows.some((x) => x.code === r.parent) || rejected.some((x) => x.vars.code === r.parent);
        bad.set(r.code, {
          line: r.line,
          reason: wasRejected ? "import-parent-rejected" : "import-unknown-parent",
          vars: { code: r.code, parent: r.parent },
        });
        continue;
      }
      const chain = [r.code];
      let cur = r.parent;
      while (cur && chain.length <= inFile.size + existing.size + 1) {
        chain.push(cur);
        if (cur === r.code) {
          bad.set(r.code, { line: r.line, reason: "import-parent-cycle", vars: { code: r.code, chain: chain.join(" → ") } });
          break;
        }
        cur = parentOf(cur);
      }
    }
    if (bad.size === 0) return { accepted, rejected };
    rejected.push(...bad.values());
    accepted = accepted.filter((r) => !bad.has(r.code));
  }
}

async function loadExisting(tx: Tx, provinceId: number): Promise<Map<string, Existing>> {
  const parent = alias(units, "parent");
  const rows = await tx
    .select({ id: units.id, code: units.code, name: units.name, kindId: units.kindId, parentCode: parent.code, clusterId: units.clusterId })
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .where(eq(units.provinceId, provinceId));
  return new Map(rows.map((r) => [r.code, r]));
}

async function ensureKinds(tx: Tx, provinceId: number, names: string[]): Promise<Map<string, number>> {
  const byFold = new Map<string, number>();
  const load = async () => {
    for (const k of await tx.select().from(unitKinds).where(eq(unitKinds.provinceId, provinceId))) {
      byFold.set(foldVietnamese(k.code), k.id);
      byFold.set(foldVietnamese(k.name), k.id);
    }
  };
  await load();
  const missing = [...new Map(names.filter((n) => !byFold.has(foldVietnamese(n))).map((n) => [kindCodeOf(n), n])).entries()];
  if (missing.length > 0) {
    await tx
      .insert(unitKinds)
      .values(missing.map(([code, name]) => ({ provinceId, code, name })))
      .onConflictDoNothing();
    await load();
  }
  return new Map(names.map((n) => [n, byFold.get(foldVietnamese(n)) ?? byFold.get(foldVietnamese(kindCodeOf(n)))!]));
}

async function ensureClusters(tx: Tx, provinceId: number, names: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(names)];
  if (unique.length > 0) {
    await tx
      .insert(clusters)
      .values(unique.map((name) => ({ provinceId, name })))
      .onConflictDoNothing();
  }
  const rows = await tx.select().from(clusters).where(eq(clusters.provinceId, provinceId));
  return new Map(rows.map((c) => [c.name, c.id]));
}

/**
 * Imports units by code: new codes are created, known codes updated, nothing duplicated. The
 * whole write is one transaction, so a failure half-way leaves the province as it was.
 */
export async function importUnits(db: Db, provinceId: number, table: Table, actor: ActorRef): Promise<ImportReport> {
  const { rows, rejected: invalid } = validate(table);
  const report = emptyReport();
  await db.transaction(async (tx) => {
    const existing = await loadExisting(tx, provinceId);
    const { accepted, rejected } = checkTree(rows, existing);
    report.rejected = [...invalid, ...rejected].sort((a, b) => a.line - b.line);
    if (accepted.length === 0) return;

    const kindIds = await ensureKinds(
      tx,
      provinceId,
      accepted.map((r) => r.kind),
    );
    const clusterIds = await ensureClusters(
      tx,
      provinceId,
      accepted.flatMap((r) => (r.cluster ? [r.cluster] : [])),
    );
    const target = accepted.map((r) => ({
      line: r.line,
      code: r.code,
      name: r.name,
      kindId: kindIds.get(r.kind)!,
      parentCode: r.parent,
      clusterId: r.cluster ? clusterIds.get(r.cluster)! : null,
    }));
    const changed = target.filter((t) => {
      const e = existing.get(t.code);
      const same = e && e.name === t.name && e.kindId === t.kindId && e.parentCode === t.parentCode && e.clusterId === t.clusterId;
      if (same) report.unchanged++;
      return !same;
    });
    if (changed.length === 0) return;

    const idByCode = new Map([...existing.values()].map((e) => [e.code, e.id]));
    for (const part of chunks(changed)) {
      const saved = await tx
        .insert(units)
        .values(part.map((t) => ({ provinceId, code: t.code, name: t.name, kindId: t.kindId, clusterId: t.clusterId })))
        .onConflictDoUpdate({
          target: [units.provinceId, units.code],
          set: { name: sql`excluded.name`, kindId: sql`excluded.kind_id`, clusterId: sql`excluded.cluster_id`, updatedAt: sql`now()` },
        })
        .returning({ id: units.id, code: units.code });
      for (const s of saved) idByCode.set(s.code, s.id);
    }
    // Parents second: a parent may be a row later in the same file.
    for (const part of chunks(changed)) {
      const values = sql.join(
        part.map((t) => sql`(${idByCode.get(t.code)!}::int, ${t.parentCode ? idByCode.get(t.parentCode)! : null}::int)`),
        sql`, `,
      );
      await tx.execute(sql`update units set parent_id = v.parent from (values ${values}) as v(id, parent) where units.id = v.id`);
    }
    await writeAudit(
      tx,
      changed.map((t) => {
        const before = existing.get(t.code);
        if (before) report.updated++;
        else report.created++;
        return {
          provinceId,
          actor,
          action: before ? "update" : "create",
          entity: "unit",
          entityId: idByCode.get(t.code)!,
          before: before
            ? { code: before.code, name: before.name, kindId: before.kindId, parentCode: before.parentCode, clusterId: before.clusterId }
            : null,
          after: { code: t.code, name: t.name, kindId: t.kindId, parentCode: t.parentCode, clusterId: t.clusterId },
        };
      }),
    );
  });
  return report;
}
