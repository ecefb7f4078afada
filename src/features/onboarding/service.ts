import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { channelIdentities, consents, people, roles, type Role } from "../../db/schema.js";
import { normalizePhone } from "../../domain/people.js";
import { foldVietnamese } from "../../domain/text.js";
import { UserError } from "../../core/errors.js";
import type { UserRef } from "../../core/index.js";
import { writeAudit } from "../../services/audit.js";
import { findInvite, inviteProblem, redeemInvite, type Invite } from "../../services/invites.js";
import { MANAGER_ROLES } from "../../core/roles.js";

/** Bump when the consent notice's text changes: every acceptance records the version it saw. */
export const CONSENT_NOTICE_VERSION = "2026-12";

/** The invite as it stands now, or the reason it cannot be used. */
export async function checkInvite(db: DbOrTx, code: string, now: Date): Promise<Invite> {
  const invite = await findInvite(db, code);
  const problem = inviteProblem(invite, now);
  if (problem) throw new UserError(problem);
  return invite!;
}

export async function recordRefusal(db: DbOrTx, provinceId: number): Promise<void> {
  // Nothing that identifies who refused: only that a refusal of this notice happened.
  await db.insert(consents).values({ provinceId, personId: null, noticeVersion: CONSENT_NOTICE_VERSION, accepted: false });
}

/** How a join proves who is joining: a personal code, the person's own phone, or nothing (new). */
export type JoinProof =
  | { via: "personal_code" }
  /** A phone the channel vouched is the sender's own (Telegram contact with the sender's user id). */
  | { via: "phone"; phone: string }
  | { via: "new"; fullName: string; position: string };

export interface JoinInput {
  user: UserRef;
  code: string;
  proof: JoinProof;
  locale: string;
  now: Date;
  /** The person's explicit answer on reminders and announcements ("messages"); undefined: not asked. */
  messages?: boolean;
}

export interface Joined {
  personId: number;
  provinceId: number;
  invite: Invite;
  fullName: string;
  /** The role this join granted. */
  role: Role;
  via: JoinProof["via"];
  /** A new person whose name matches someone already in the unit's list. */
  possibleDuplicateOf: { personId: number; fullName: string } | null;
}

/**
 * The imported person of the invite's unit whose phone is `phone` (any of 0…, 84…, +84… forms).
 * Only a phone the channel verified as the sender's own may be passed here.
 */
export async function personByVerifiedPhone(db: DbOrTx, invite: Invite, phone: string): Promise<{ id: number; fullName: string } | null> {
  const wanted = normalizePhone(phone);
  if (!wanted || invite.unitId === null) return null;
  const candidates = await db
    .select({ id: people.id, fullName: people.fullName, phone: people.phone })
    .from(people)
    .where(and(eq(people.unitId, invite.unitId), isNull(people.anonymisedAt), isNotNull(people.phone)));
  const matches = candidates.filter((c) => normalizePhone(c.phone!) === wanted);
  // Two people with one number is a data error; proof that names no single person is no proof.
  return matches.length === 1 ? { id: matches[0]!.id, fullName: matches[0]!.fullName } : null;
}

/**
 * Joins with an invite. A chat becomes an imported person only on proof: the personal invite made
 * for that person, or the person's own phone (verified by the channel) matching the imported phone.
 * A typed name proves nothing: without proof the chat joins as a new staff member, flagged when the
 * unit already lists someone of that name, so the focal person can see it.
 */
export async function joinWithInvite(db: DbOrTx, input: JoinInput): Promise<Joined> {
  const redeemed = await redeemInvite(db, input.code, input.now);
  if ("problem" in redeemed) throw new UserError(redeemed.problem);
  const invite = redeemed.invite;
  const provinceId = invite.provinceId;
  const { proof } = input;

  let person: { id: number; fullName: string } | null = null;
  let role: Role = "staff";
  let possibleDuplicateOf: Joined["possibleDuplicateOf"] = null;
  if (proof.via === "personal_code") {
    if (invite.personId === null) throw new UserError("invite-unknown");
    const [p] = await db
      .select({ id: people.id, fullName: people.fullName })
      .from(people)
      .where(and(eq(people.id, invite.personId), isNull(people.anonymisedAt)));
    if (!p) throw new UserError("invite-unknown");
    person = p;
    role = invite.role;
  } else {
    // A unit-wide code grants staff only, whatever role an old row carries.
    if (invite.personId !== null || invite.unitId === null) throw new UserError("invite-unknown");
    if (proof.via === "phone") {
      person = await personByVerifiedPhone(db, invite, proof.phone);
      if (!person) throw new UserError("security-phone-no-match");
    }
  }
  if (person) {
    await db.update(people).set({ locale: input.locale, updatedAt: input.now }).where(eq(people.id, person.id));
  } else {
    const fresh = proof as Extract<JoinProof, { via: "new" }>;
    const wanted = foldVietnamese(fresh.fullName);
    const namesakes = (
      await db
        .select({ id: people.id, fullName: people.fullName })
        .from(people)
        .where(and(eq(people.unitId, invite.unitId!), isNull(people.anonymisedAt)))
    ).filter((c) => foldVietnamese(c.fullName) === wanted);
    possibleDuplicateOf = namesakes.length > 0 ? { personId: namesakes[0]!.id, fullName: namesakes[0]!.fullName } : null;
    const [created] = await db
      .insert(people)
      .values({
        provinceId,
        unitId: invite.unitId,
        fullName: fresh.fullName,
        position: fresh.position,
        locale: input.locale,
        possibleDuplicateOf: possibleDuplicateOf?.personId ?? null,
      })
      .returning({ id: people.id, fullName: people.fullName });
    person = created!;
  }
  const personId = person.id;
  await db
    .insert(roles)
    .values({ provinceId, personId, role, unitId: role === "office" ? null : invite.unitId })
    .onConflictDoNothing();
  await db.insert(channelIdentities).values({
    provinceId,
    personId,
    channel: input.user.channel,
    externalId: input.user.externalId,
    lastSeenAt: input.now,
    joinedVia: proof.via,
    createdAt: input.now,
  });
  await db
    .insert(consents)
    .values({ provinceId, personId, noticeVersion: CONSENT_NOTICE_VERSION, accepted: true, decidedAt: input.now, purpose: "records" });
  if (input.messages !== undefined) {
    await db.insert(consents).values({
      provinceId,
      personId,
      noticeVersion: CONSENT_NOTICE_VERSION,
      accepted: input.messages,
      decidedAt: input.now,
      purpose: "messages",
    });
  }
  await writeAudit(db, {
    provinceId,
    actor: { personId },
    action: "join",
    entity: "person",
    entityId: personId,
    after: { inviteId: invite.id, role, unitId: invite.unitId, via: proof.via, possibleDuplicateOf: possibleDuplicateOf?.personId ?? null },
  });
  return { personId, provinceId, invite, fullName: person.fullName, role, via: proof.via, possibleDuplicateOf };
}

/** Focal persons and leaders of a unit: told when someone joins it without proof. */
export async function unitManagers(db: DbOrTx, unitId: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ personId: roles.personId })
    .from(roles)
    .where(and(eq(roles.unitId, unitId), inArray(roles.role, MANAGER_ROLES)));
  return rows.map((r) => r.personId);
}
