/** Who acts: a person (as the database knew them when the update arrived) or the system itself. */

export const ROLES = ["office", "unit_leader", "focal", "staff"] as const;
export type Role = (typeof ROLES)[number];

export interface PersonRole {
  role: Role;
  /** null = the whole province, which only the Văn phòng has. */
  unitId: number | null;
}

/** A person who is talking to the bot or using the web workspace. */
export interface Actor {
  personId: number;
  provinceId: number;
  unitId: number | null;
  /** The name of `unitId`'s unit, as stored when this update arrived. */
  unitName: string | null;
  fullName: string;
  position: string;
  roles: PersonRole[];
}

/**
 * Not a person: the operator at the command line, a background job, the demo seeder, a benchmark
 * or a test's set-up. Trusted; recorded in the audit log under this name.
 */
export type SystemActor = "cli" | "jobs" | "demo" | "bench" | "test";

export const CLI_ACTOR: SystemActor = "cli";
export const JOBS_ACTOR: SystemActor = "jobs";

/**
 * Whoever did something, as the audit log records it: a person (a whole Actor or just their id)
 * or the system. The one shape for "the acting person" outside a chat step.
 */
export type ActorRef = Pick<Actor, "personId"> | SystemActor;

export const isSystem = (a: ActorRef | null | undefined): a is SystemActor => typeof a === "string";

/** The audit log's actor column: "person:<id>", "cli" or "jobs"; never a name or a phone number. */
export const auditName = (a: ActorRef): string => (isSystem(a) ? a : `person:${a.personId}`);
