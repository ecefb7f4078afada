import { and, eq, isNull, notExists } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { channelIdentities, consents, people, roles } from "../db/schema.js";
import { foldVietnamese } from "../domain/text.js";
import { UserError } from "../errors.js";
import type { UserRef } from "../flows/engine/types.js";
import { writeAudit } from "./audit.js";
import { findInvite, inviteProblem, redeemInvite, type Invite } from "./invites.js";

/** Bump when the consent notice's text changes: every acceptance records the version it saw. */
export const CONSENT_NOTICE_VERSION = "2026-01";

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

export interface JoinInput {
  user: UserRef;
  code: string;
  fullName: string;
  position: string;
  locale: string;
  now: Date;
}

/**
 * Joins the unit of the invite. A person the Văn phòng imported with the same name in that unit,
 * and not yet linked to any chat, is taken over instead of creating a duplicate.
 */
export async function joinWithInvite(db: DbOrTx, input: JoinInput): Promise<{ personId: number; provinceId: number; invite: Invite }> {
  const redeemed = await redeemInvite(db, input.code, input.now);
  if ("problem" in redeemed) throw new UserError(redeemed.problem);
  const invite = redeemed.invite;
  const provinceId = invite.provinceId;

  let personId: number | undefined;
  if (invite.unitId !== null) {
    const candidates = await db
      .select({ id: people.id, fullName: people.fullName })
      .from(people)
      .where(
        and(
          eq(people.unitId, invite.unitId),
          isNull(people.anonymisedAt),
          notExists(db.select({ id: channelIdentities.id }).from(channelIdentities).where(eq(channelIdentities.personId, people.id))),
        ),
      );
    const wanted = foldVietnamese(input.fullName);
    const matches = candidates.filter((c) => foldVietnamese(c.fullName) === wanted);
    if (matches.length === 1) {
      personId = matches[0]!.id;
      await db.update(people).set({ position: input.position, locale: input.locale, updatedAt: input.now }).where(eq(people.id, personId));
    }
  }
  if (personId === undefined) {
    const [created] = await db
      .insert(people)
      .values({ provinceId, unitId: invite.unitId, fullName: input.fullName, position: input.position, locale: input.locale })
      .returning({ id: people.id });
    personId = created!.id;
  }
  await db.insert(roles).values({ provinceId, personId, role: invite.role, unitId: invite.role === "office" ? null : invite.unitId }).onConflictDoNothing();
  await db.insert(channelIdentities).values({ provinceId, personId, channel: input.user.channel, externalId: input.user.externalId, lastSeenAt: input.now });
  await db.insert(consents).values({ provinceId, personId, noticeVersion: CONSENT_NOTICE_VERSION, accepted: true, decidedAt: input.now });
  await writeAudit(db, { provinceId, actor: `person:${personId}`, action: "join", entity: "person", entityId: personId, after: { inviteId: invite.id, role: invite.role, unitId: invite.unitId } });
  return { personId, provinceId, invite };
}
