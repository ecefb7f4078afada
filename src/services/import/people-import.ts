import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { insertMany } from "../../db/bulk.js";
import type { Db } from "../../db/client.js";
import { people, roles, units, type Role } from "../../db/schema.js";
import { normalizePhone, parseRole } from "../../domain/people.js";
import { cleanText, foldVietnamese, hasWordCharacter, looksLikeFormula } from "../../domain/text.js";
import { writeAudit } from "../audit.js";
import { CHUNK, emptyReport, type ImportReport, type Rejection } from "./report.js";
import { cell, lineHasNul, mapColumns, type ColumnSpec, type Table, type TableRow, type TableStream } from "./table-file.js";
import { type ActorRef } from "../../core/actor.js";

const columns: ColumnSpec<"name" | "position" | "unit" | "role" | "phone">[] = [
  { key: "name", names: ["họ và tên", "họ tên", "full name", "name"], required: true },
  { key: "position", names: ["chức vụ", "position"], required: true },
  { key: "unit", names: ["mã đơn vị", "unit code", "unit"], required: true },
  { key: "role", names: ["vai trò", "role"], required: true },
  { key: "phone", names: ["số điện thoại", "điện thoại", "sđt", "phone"], required: false },
];

export const personNameSchema = z
  .string()
  .min(1, { error: "import-empty-name" })
  .max(100, { error: "import-too-long" })
  .refine(hasWordCharacter, { error: "import-empty-name" })
  .refine((s) => !/\d/.test(s), { error: "import-name-digits" });

const rowSchema = z.object({
  name: personNameSchema,
  position: z.string().max(120, { error: "import-too-long" }),
  unit: z.string().min(1, { error: "import-empty-unit" }),
});

interface PersonRow {
  line: number;
  name: string;
  position: string;
  unitCode: string;
  role: Role;
  phone: string | null;
}

/** How a row finds the person it updates: the phone when given, else the name within the unit. */
const keyOf = (unitId: number, name: string, phone: string | null) => (phone ? `p:${phone}` : `n:${unitId}:${foldVietnamese(name)}`);

/**
 * Imports people by phone or by name within the unit: the file is read row by row and written a
 * thousand rows at a time, all in one transaction (a failure half-way, or a file that turns out
 * broken, leaves the province as it was). A file with missing columns is refused before anything.
 */
export async function importPeople(db: Db, provinceId: number, table: Table | TableStream, actor: ActorRef): Promise<ImportReport> {
  const map = mapColumns(table.headers, columns);
  const report = emptyReport();
  const rejected: Rejection[] = [];

  /** Checks one row on its own; null when it is rejected (the reason is recorded). */
  const parse = (r: TableRow): PersonRow | null => {
    if (lineHasNul(r)) {
      rejected.push({ line: r.line, reason: "security-import-nul", vars: {} });
      return null;
    }
    const raw = {
      name: cleanText(cell(r, map, "name")),
      position: cleanText(cell(r, map, "position")),
      unit: cleanText(cell(r, map, "unit")).toUpperCase(),
    };
    if (r.formulaColumns.length > 0 || looksLikeFormula(raw.name) || looksLikeFormula(raw.position)) {
      rejected.push({ line: r.line, reason: "import-formula", vars: { code: raw.unit } });
      return null;
    }
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      rejected.push({ line: r.line, reason: parsed.error.issues[0]!.message, vars: { code: raw.unit } });
      return null;
    }
    const roleText = cleanText(cell(r, map, "role"));
    const role = parseRole(roleText);
    if (!role) {
      rejected.push({ line: r.line, reason: "import-bad-role", vars: { role: roleText } });
      return null;
    }
    const phoneText = cleanText(cell(r, map, "phone"));
    const phone = phoneText ? normalizePhone(phoneText) : null;
    if (phoneText && !phone) {
      rejected.push({ line: r.line, reason: "import-bad-phone", vars: { code: raw.unit } });
      return null;
    }
    return { line: r.line, name: parsed.data.name, position: parsed.data.position, unitCode: parsed.data.unit, role, phone };
  };

  await db.transaction(async (tx) => {
    const unitIds = new Map(
      (await tx.select({ id: units.id, code: units.code }).from(units).where(eq(units.provinceId, provinceId))).map((u) => [u.code, u.id]),
    );
    const existing = await tx
      .select({ id: people.id, unitId: people.unitId, fullName: people.fullName, position: people.position, phone: people.phone })
      .from(people)
      .where(and(eq(people.provinceId, provinceId), isNull(people.anonymisedAt)));
    type Existing = (typeof existing)[number];
    const byKey = new Map<string, Existing>();
    for (const p of existing) {
      if (p.phone) byKey.set(`p:${p.phone}`, p);
      if (p.unitId) byKey.set(keyOf(p.unitId, p.fullName, null), p);
    }
    const seen = new Map<string, number>();
    const codeOf = new Map([...unitIds].map(([code, id]) => [id, code]));

    async function write(rows: PersonRow[]) {
      const accepted: Array<PersonRow & { unitId: number; before: Existing | undefined }> = [];
      for (const r of rows) {
        const unitId = unitIds.get(r.unitCode);
        if (!unitId) {
          rejected.push({ line: r.line, reason: "import-unknown-unit", vars: { code: r.unitCode } });
          continue;
        }
        const key = keyOf(unitId, r.name, r.phone);
        const first = seen.get(key);
        if (first !== undefined) {
          rejected.push({ line: r.line, reason: "import-duplicate-person", vars: { first, code: r.unitCode } });
          continue;
        }
        seen.set(key, r.line);
        const before = byKey.get(key) ?? (r.phone ? byKey.get(keyOf(unitId, r.name, null)) : undefined);
        accepted.push({ ...r, unitId, before });
      }
      const toInsert = accepted.filter((a) => !a.before);
      const toUpdate = accepted.filter(
        (a) =>
          a.before &&
          (a.before.fullName !== a.name ||
            a.before.position !== a.position ||
            a.before.unitId !== a.unitId ||
            (a.phone && a.before.phone !== a.phone)),
      );
      const personIds = new Map<PersonRow, number>();
      for (const a of accepted) if (a.before) personIds.set(a, a.before.id);
      if (toInsert.length > 0) {
        const saved = await insertMany(
          tx,
          people,
          toInsert.map((a) => ({ provinceId, unitId: a.unitId, fullName: a.name, position: a.position, phone: a.phone })),
          { returningIds: true },
        );
        saved.forEach((id, i) => personIds.set(toInsert[i]!, id));
      }
      if (toUpdate.length > 0) {
        const values = sql.join(
          toUpdate.map(
            (a) => sql`(${a.before!.id}::int, ${a.unitId}::int, ${a.name}::text, ${a.position}::text, ${a.phone ?? a.before!.phone}::text)`,
          ),
          sql`, `,
        );
        await tx.execute(
          sql`update people set unit_id = v.unit_id, full_name = v.full_name, position = v.position, phone = v.phone, updated_at = now()
              from (values ${values}) as v(id, unit_id, full_name, position, phone) where people.id = v.id`,
        );
      }
      // A person moved to another unit stops holding that unit's roles (a focal person of THPT07
      // who now teaches at THPT08 must not keep managing THPT07); the report says which ended.
      const moved = accepted.filter((a) => a.before && a.before.unitId !== null && a.before.unitId !== a.unitId);
      const ended: Array<typeof roles.$inferSelect> = [];
      for (const a of moved) {
        const gone = await tx
          .delete(roles)
          .where(and(eq(roles.personId, a.before!.id), eq(roles.unitId, a.before!.unitId!)))
          .returning();
        ended.push(...gone);
        const from = codeOf.get(a.before!.unitId!) ?? "";
        report.notes ??= [];
        report.notes.push({ line: a.line, reason: "security-import-moved", vars: { from, to: a.unitCode } });
        for (const g of gone) report.notes.push({ line: a.line, reason: "security-import-role-ended", vars: { role: g.role, unit: from } });
      }
      if (accepted.length > 0) {
        await insertMany(
          tx,
          roles,
          accepted.map((a) => ({ provinceId, personId: personIds.get(a)!, role: a.role, unitId: a.role === "office" ? null : a.unitId })),
          { onConflictDoNothing: true },
        );
      }
      report.created += toInsert.length;
      report.updated += toUpdate.length;
      report.unchanged += accepted.length - toInsert.length - toUpdate.length;
      await writeAudit(tx, [
        ...toInsert.map((a) => ({
          provinceId,
          actor,
          action: "create",
          entity: "person",
          entityId: personIds.get(a)!,
          after: { unitId: a.unitId, role: a.role },
        })),
        ...toUpdate.map((a) => ({
          provinceId,
          actor,
          action: "update",
          entity: "person",
          entityId: a.before!.id,
          before: { unitId: a.before!.unitId, position: a.before!.position },
          after: { unitId: a.unitId, position: a.position, role: a.role },
        })),
        ...ended.map((r) => ({
          provinceId,
          actor,
          action: "revoke",
          entity: "role",
          entityId: r.id,
          before: { role: r.role, unitId: r.unitId },
          after: { reason: "moved" },
        })),
      ]);
    }

    let batch: PersonRow[] = [];
    for await (const r of table.rows) {
      const row = parse(r);
      if (row) batch.push(row);
      if (batch.length >= CHUNK) {
        await write(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await write(batch);
  });
  report.rejected = rejected.sort((a, b) => a.line - b.line);
  return report;
}
