import { and, eq, inArray, isNull, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { people, roles, units } from "../../db/schema.js";
import { roleChangeRefusal, type RoleAction, type UnitRole } from "../../domain/role-changes.js";
import { UserError } from "../../core/errors.js";
import { grantRole, revokeRole } from "../../services/roles.js";
import { unitMembers } from "../security/members.js";

export interface UnitPerson {
  personId: number;
  fullName: string;
  /** Has a chat with the bot (a role granted otherwise takes effect when they join). */
  joined: boolean;
  /** Roles in this unit, and the Văn phòng's (province-wide) for the Sở's people. */
  roles: UnitRole[];
}

const ORDER: UnitRole[] = ["office", "unit_leader", "focal", "staff"];

/** True when the unit is the Sở's own: a Văn phòng person belongs to it. */
export async function isSoUnit(db: DbOrTx, provinceId: number, unitId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: people.id })
    .from(roles)
    .innerJoin(people, eq(people.id, roles.personId))
    .where(and(eq(roles.provinceId, provinceId), eq(roles.role, "office"), eq(people.unitId, unitId)))
    .limit(1);
  return !!row;
}

/** The unit's list (the same one /thanhvien shows) with each person's roles there. */
export async function unitPeople(db: DbOrTx, unitId: number): Promise<UnitPerson[]> {
  const members = await unitMembers(db, unitId);
  if (members.length === 0) return [];
  const held = await db
    .select({ personId: roles.personId, role: roles.role })
    .from(roles)
    .where(
      and(
        inArray(
          roles.personId,
          members.map((m) => m.personId),
        ),
        or(eq(roles.unitId, unitId), and(eq(roles.role, "office"), isNull(roles.unitId))),
      ),
    );
  return members.map((m) => ({
    personId: m.personId,
    fullName: m.fullName,
    joined: m.joined !== null,
    roles: held
      .filter((h) => h.personId === m.personId)
      .map((h) => h.role)
      .sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)),
  }));
}

export interface UnitRoleChange {
  provinceId: number;
  /** The Văn phòng person making the change: checked again here, under lock. */
  actorPersonId: number;
  unitId: number;
  personId: number;
  role: UnitRole;
  action: RoleAction;
}

/**
 * Grants or revokes one role of a unit's person, checked at the moment of the change: the
 * province's Văn phòng roles are locked first (two clerks revoking each other cannot both
 * succeed), the actor must still hold one, the person must still be on the unit's list.
 * "unchanged": it already was so. The role services write the audit entry.
 */
export async function changeUnitRole(tx: DbOrTx, c: UnitRoleChange): Promise<"done" | "unchanged"> {
  const offices = await tx
    .select({ personId: roles.personId })
    .from(roles)
    .where(and(eq(roles.provinceId, c.provinceId), eq(roles.role, "office")))
    .for("update");
  if (!offices.some((o) => o.personId === c.actorPersonId)) throw new UserError("flow-not-allowed");
  const [person] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, c.personId), eq(people.provinceId, c.provinceId), eq(people.unitId, c.unitId), isNull(people.anonymisedAt)));
  const scope = c.role === "office" ? null : c.unitId;
  const [held] = await tx
    .select({ id: roles.id })
    .from(roles)
    .where(and(eq(roles.personId, c.personId), eq(roles.role, c.role), scope === null ? isNull(roles.unitId) : eq(roles.unitId, scope)));
  const refusal = roleChangeRefusal({
    action: c.action,
    role: c.role,
    personInUnit: !!person,
    isSoUnit: await isSoUnit(tx, c.provinceId, c.unitId),
    held: !!held,
    officeCount: offices.length,
  });
  if (refusal === "unchanged") return "unchanged";
  if (refusal) throw new UserError(refusal);
  const grant = { provinceId: c.provinceId, personId: c.personId, role: c.role, unitId: scope };
  const actor = { personId: c.actorPersonId };
  const changed = c.action === "grant" ? await grantRole(tx, grant, actor) : await revokeRole(tx, grant, actor);
  return changed ? "done" : "unchanged";
}

/** One unit of the province, or null: the screen never shows a unit of another province. */
export async function provinceUnit(
  db: DbOrTx,
  provinceId: number,
  unitId: number,
): Promise<{ id: number; code: string; name: string } | null> {
  const [u] = await db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.provinceId, provinceId)));
  return u ?? null;
}
