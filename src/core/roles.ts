import type { Actor, ActorRef } from "./actor.js";
import { isSystem } from "./actor.js";

/**
 * THE rule for who manages a unit: its focal person (đầu mối) or its leader (thủ trưởng). Queries
 * that look for a unit's managers use the same list.
 */
export const MANAGER_ROLES = ["focal", "unit_leader"] as const;

const isManagerRole = (role: string) => (MANAGER_ROLES as readonly string[]).includes(role);

export const isOffice = (a: Actor | null | undefined) => !!a?.roles.some((r) => r.role === "office");

/** The Văn phòng of this province (the CLI and background jobs count as the Văn phòng). */
export const isOfficeOf = (a: Actor | ActorRef, provinceId: number) =>
  isSystem(a) || ("roles" in a && a.provinceId === provinceId && isOffice(a as Actor));

/** Units where the actor may act as focal person (focal or leader of that unit). */
export const managedUnits = (a: Actor | null | undefined): number[] =>
  a ? a.roles.filter((r) => isManagerRole(r.role) && r.unitId !== null).map((r) => r.unitId!) : [];

export const isManager = (a: Actor | null | undefined) => managedUnits(a).length > 0;

/** Whether the actor manages this unit now. */
export const managesUnit = (a: Actor | null | undefined, unitId: number) => managedUnits(a).includes(unitId);

/** Whether the actor leads this unit (thủ trưởng): only they may approve its registrations. */
export const leadsUnit = (a: Actor | null | undefined, unitId: number) =>
  !!a?.roles.some((r) => r.role === "unit_leader" && r.unitId === unitId);

/** The unit a person belongs to for their own registration. */
export const homeUnit = (a: Actor | null | undefined): number | null =>
  a?.unitId ?? a?.roles.find((r) => r.unitId !== null)?.unitId ?? null;
