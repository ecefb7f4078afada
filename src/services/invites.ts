import { randomInt } from "node:crypto";
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { inviteCodes, people, units, type Role } from "../db/schema.js";
import { UserError } from "../core/errors.js";
import { writeAudit } from "./audit.js";
import { type ActorRef } from "../core/actor.js";

export type Invite = typeof inviteCodes.$inferSelect;

/** No 0/O, 1/I/L: the code is read off a screen and typed into Zalo by hand. */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const INVITE_CODE_LENGTH = 10;

export function generateInviteCode(): string {
  let code = "";
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** Accepts what people paste: lower case, spaces, dashes. */
export function normalizeInviteCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, "");
}

export interface NewInvite {
  provinceId: number;
  unitId: number | null;
  role: Role;
  expiresAt: Date | null;
  maxUses: number | null;
  /** A personal invite for this (imported) person: one use, short expiry, any role. */
  personId?: number | null;
  /** For a personal invite's default expiry. */
  now?: Date;
}

/** A personal invite lasts this long unless told otherwise, and never longer than the cap. */
export const PERSONAL_INVITE_HOURS = 72;
export const PERSONAL_INVITE_MAX_DAYS = 7;

/**
 * A unit-wide invite is shared with a whole staff room, so it grants staff and never more: a role
 * above staff comes only with a personal invite (one named person, one use, short expiry) or an
 * explicit grant.
 */
export async function createInvite(db: DbOrTx, input: NewInvite, actor: ActorRef): Promise<Invite> {
  const { now = new Date(), personId = null, ...values } = input;
  if (personId === null) {
    if (values.role !== "staff") throw new UserError("security-invite-role-needs-person", { role: values.role });
    if (values.unitId === null) throw new UserError("invite-needs-unit");
  } else {
    const [person] = await db
      .select({ id: people.id, unitId: people.unitId, anonymisedAt: people.anonymisedAt })
      .from(people)
      .where(and(eq(people.id, personId), eq(people.provinceId, values.provinceId)));
    if (!person || person.anonymisedAt) throw new UserError("person-unknown", { id: personId });
    if (values.role === "office") values.unitId = null;
    else values.unitId ??= person.unitId;
    if (values.role !== "office" && values.unitId === null) throw new UserError("invite-needs-unit");
    const cap = new Date(now.getTime() + PERSONAL_INVITE_MAX_DAYS * 86_400_000);
    values.expiresAt ??= new Date(now.getTime() + PERSONAL_INVITE_HOURS * 3_600_000);
    if (values.expiresAt > cap) throw new UserError("security-invite-personal-expiry", { days: PERSONAL_INVITE_MAX_DAYS });
    values.maxUses = 1;
  }
  if (values.role === "office" && values.unitId !== null) throw new UserError("invite-office-no-unit");
  const [row] = await db
    .insert(inviteCodes)
    .values({ ...values, personId, code: generateInviteCode() })
    .returning();
  // The code itself stays out of the audit trail: whoever reads the trail could use it.
  const { code: _code, ...audited } = row!;
  await writeAudit(db, { provinceId: input.provinceId, actor, action: "create", entity: "invite", entityId: row!.id, after: audited });
  return row!;
}

export async function revokeInvite(db: DbOrTx, provinceId: number, code: string, now: Date, actor: ActorRef): Promise<Invite> {
  const normalized = normalizeInviteCode(code);
  const [before] = await db
    .select()
    .from(inviteCodes)
    .where(and(eq(inviteCodes.provinceId, provinceId), eq(inviteCodes.code, normalized)));
  if (!before) throw new UserError("invite-unknown");
  if (before.revokedAt) return before;
  const [after] = await db.update(inviteCodes).set({ revokedAt: now }).where(eq(inviteCodes.id, before.id)).returning();
  await writeAudit(db, { provinceId, actor, action: "revoke", entity: "invite", entityId: before.id, before, after });
  return after!;
}

export type InviteProblem = "invite-unknown" | "invite-revoked" | "invite-expired" | "invite-used-up";

/** Explains why a code cannot be used now, or null when it can. */
export function inviteProblem(invite: Invite | undefined, now: Date): InviteProblem | null {
  if (!invite) return "invite-unknown";
  if (invite.revokedAt) return "invite-revoked";
  if (invite.expiresAt && invite.expiresAt <= now) return "invite-expired";
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return "invite-used-up";
  return null;
}

export async function findInvite(db: DbOrTx, code: string): Promise<Invite | undefined> {
  const [row] = await db
    .select()
    .from(inviteCodes)
    .where(eq(inviteCodes.code, normalizeInviteCode(code)));
  return row;
}

/**
 * Takes one use of the code. The conditional UPDATE is the check: two people racing for the last
 * use cannot both get it.
 */
export async function redeemInvite(db: DbOrTx, code: string, now: Date): Promise<{ invite: Invite } | { problem: InviteProblem }> {
  const normalized = normalizeInviteCode(code);
  const [taken] = await db
    .update(inviteCodes)
    .set({ uses: sql`${inviteCodes.uses} + 1` })
    .where(
      and(
        eq(inviteCodes.code, normalized),
        isNull(inviteCodes.revokedAt),
        or(isNull(inviteCodes.expiresAt), gt(inviteCodes.expiresAt, now)),
        or(isNull(inviteCodes.maxUses), lt(inviteCodes.uses, inviteCodes.maxUses)),
      ),
    )
    .returning();
  if (taken) return { invite: taken };
  return { problem: inviteProblem(await findInvite(db, normalized), now) ?? "invite-unknown" };
}

export async function inviteUnitCode(db: DbOrTx, invite: Invite): Promise<string | null> {
  if (invite.unitId === null) return null;
  const [u] = await db.select({ code: units.code }).from(units).where(eq(units.id, invite.unitId));
  return u?.code ?? null;
}
