/**
 * What the Văn phòng may grant or revoke on a unit's person, as pure rules: the flow and the
 * service ask these with what they read in the transaction of the change.
 */

export type UnitRole = "office" | "unit_leader" | "focal" | "staff";
export type RoleAction = "grant" | "revoke";

/** The roles offered on a unit's person: the unit's three, and the Văn phòng's only for the Sở. */
export function rolesForUnit(isSoUnit: boolean): UnitRole[] {
  return isSoUnit ? ["focal", "unit_leader", "staff", "office"] : ["focal", "unit_leader", "staff"];
}

export interface RoleChange {
  action: RoleAction;
  role: UnitRole;
  /** The person is on this unit's list (not moved away, not erased). */
  personInUnit: boolean;
  /** The unit is the Sở's own (the unit of the Văn phòng's people). */
  isSoUnit: boolean;
  /** The person holds this role in this unit (for office: in the province) now. */
  held: boolean;
  /** Văn phòng roles in the province now, this person's included. */
  officeCount: number;
}

/**
 * The refusal's locale key, "unchanged" when the change is already the case, or null when it may
 * go ahead. The province always keeps one Văn phòng account: without one nobody could grant it
 * back in the chat.
 */
export function roleChangeRefusal(c: RoleChange): string | "unchanged" | null {
  if (!c.personInUnit) return "roles-person-gone";
  if (c.role === "office" && !c.isSoUnit) return "roles-office-only-so";
  if (c.action === "grant") return c.held ? "unchanged" : null;
  if (!c.held) return "unchanged";
  if (c.role === "office" && c.officeCount <= 1) return "roles-last-office";
  return null;
}
