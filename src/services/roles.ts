import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { people, roles, type Role } from "../db/schema.js";
import { UserError } from "../core/errors.js";
import { writeAudit } from "./audit.js";
import { type ActorRef } from "../core/actor.js";

export interface RoleGrant {
  provinceId: number;
  personId: number;
  role: Role;
  /** null = the whole province, which only the Văn phòng has. */
  unitId: number | null;
}

function checkScope(g: RoleGrant) {
  if (g.role === "office" && g.unitId !== null) throw new UserError("role-office-no-unit");
  if (g.role !== "office" && g.unitId === null) throw new UserError("role-needs-unit");
}

async function checkPerson(db: DbOrTx, provinceId: number, personId: number) {
  const [p] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.provinceId, provinceId)));
  if (!p) throw new UserError("person-unknown", { id: personId });
}

const scopeIs = (unitId: number | null) => (unitId === null ? isNull(roles.unitId) : eq(roles.unitId, unitId));

export async function grantRole(db: DbOrTx, g: RoleGrant, actor: ActorRef): Promise<boolean> {
  checkScope(g);
  await checkPerson(db, g.provinceId, g.personId);
  const inserted = await db.insert(roles).values(g).onConflictDoNothing().returning();
  if (inserted.length === 0) return false;
  await writeAudit(db, { provinceId: g.provinceId, actor, action: "grant", entity: "role", entityId: inserted[0]!.id, after: inserted[0] });
  return true;
}

export async function revokeRole(db: DbOrTx, g: RoleGrant, actor: ActorRef): Promise<boolean> {
  checkScope(g);
  const removed = await db
    .delete(roles)
    .where(and(eq(roles.provinceId, g.provinceId), eq(roles.personId, g.personId), eq(roles.role, g.role), scopeIs(g.unitId)))
    .returning();
  if (removed.length === 0) return false;
  await writeAudit(db, { provinceId: g.provinceId, actor, action: "revoke", entity: "role", entityId: removed[0]!.id, before: removed[0] });
  return true;
}

export async function rolesOf(db: DbOrTx, personId: number) {
  return db.select().from(roles).where(eq(roles.personId, personId));
}
