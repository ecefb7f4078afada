import { and, desc, eq, gt, inArray, isNull, lt, ne, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { inviteCodes, roles, type Role } from "../../db/schema.js";
import { createInvite, inviteProblem, revokeInvite, type Invite } from "../../services/invites.js";
import { unitMembers, type MemberRow } from "../security/members.js";
import { type ActorRef } from "../../core/actor.js";

/** A unit's shared staff link lasts a month and serves a large school's staff room. */
export const UNIT_INVITE_DAYS = 30;
export const UNIT_INVITE_USES = 150;

let botUsername: string | undefined;

/** Set once at start-up from BOT_USERNAME; without it the chat shows the bare code. */
export function setInviteBotUsername(name: string | undefined): void {
  botUsername = name?.replace(/^@/, "");
}

/** The Telegram deep link for a code, or null when the bot's username is not configured. */
export const joinLink = (code: string): string | null => (botUsername ? `https://t.me/${botUsername}?start=${code}` : null);

/** The QR code of the link (or of the bare code) as a PNG, large enough to print on a notice. */
export async function qrPng(text: string): Promise<Uint8Array> {
  // Loaded by the first invite, not at every start.
  const { default: QRCode } = await import("qrcode");
  const buffer = await QRCode.toBuffer(text, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 512 });
  return new Uint8Array(buffer);
}

/** The unit's shared staff invites that still work now, newest first. */
async function validUnitInvites(db: DbOrTx, unitId: number, now: Date): Promise<Invite[]> {
  return db
    .select()
    .from(inviteCodes)
    .where(
      and(
        eq(inviteCodes.unitId, unitId),
        eq(inviteCodes.role, "staff"),
        isNull(inviteCodes.personId),
        isNull(inviteCodes.revokedAt),
        or(isNull(inviteCodes.expiresAt), gt(inviteCodes.expiresAt, now)),
        or(isNull(inviteCodes.maxUses), lt(inviteCodes.uses, inviteCodes.maxUses)),
      ),
    )
    .orderBy(desc(inviteCodes.createdAt), desc(inviteCodes.id));
}

function newUnitInvite(db: DbOrTx, provinceId: number, unitId: number, now: Date, actor: ActorRef): Promise<Invite> {
  const expiresAt = new Date(now.getTime() + UNIT_INVITE_DAYS * 86_400_000);
  return createInvite(db, { provinceId, unitId, role: "staff", expiresAt, maxUses: UNIT_INVITE_USES }, actor);
}

/** The unit's staff invite that works now, made when there is none. */
export async function currentUnitInvite(db: DbOrTx, provinceId: number, unitId: number, now: Date, actor: ActorRef): Promise<Invite> {
  const [valid] = (await validUnitInvites(db, unitId, now)).filter((i) => inviteProblem(i, now) === null);
  return valid ?? newUnitInvite(db, provinceId, unitId, now, actor);
}

/** Every shared staff link of the unit stops working, and a new one is made. */
export async function replaceUnitInvite(db: DbOrTx, provinceId: number, unitId: number, now: Date, actor: ActorRef): Promise<Invite> {
  for (const old of await validUnitInvites(db, unitId, now)) await revokeInvite(db, provinceId, old.code, now, actor);
  return newUnitInvite(db, provinceId, unitId, now, actor);
}

/** A one-use personal invite for one imported person, with the role given (staff for focal persons). */
export function personalInvite(db: DbOrTx, provinceId: number, personId: number, role: Role, now: Date, actor: ActorRef): Promise<Invite> {
  return createInvite(db, { provinceId, unitId: null, role, expiresAt: null, maxUses: 1, personId, now }, actor);
}

export interface Pending {
  /** On the unit's list with no chat yet, in Vietnamese given-name order. */
  notJoined: MemberRow[];
  /** Joined as new people, not matched to anyone on the list (possible duplicates to merge). */
  unmatched: MemberRow[];
}

export async function pendingMembers(db: DbOrTx, unitId: number): Promise<Pending> {
  const members = await unitMembers(db, unitId);
  return {
    notJoined: members.filter((m) => m.joined === null),
    unmatched: members.filter((m) => m.joined?.via === "new" || m.possibleDuplicateOf !== null),
  };
}

/**
 * Of these people, those who hold a role above staff. A focal person's personal invite must not
 * hand anyone (their own second account included) a leader's or focal person's imported roles.
 */
export async function withHigherRoles(db: DbOrTx, personIds: number[]): Promise<Set<number>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .select({ personId: roles.personId })
    .from(roles)
    .where(and(inArray(roles.personId, personIds), ne(roles.role, "staff")));
  return new Set(rows.map((r) => r.personId));
}
