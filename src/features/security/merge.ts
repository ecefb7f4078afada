import { and, eq, isNull, ne, notInArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { channelIdentities, consents, conversations, dataRequests, initiatives, people, registrations, roles } from "../../db/schema.js";
import { isOffice, managedUnits } from "../../flows/engine/actor.js";
import type { Actor } from "../../flows/engine/types.js";
import { writeAudit } from "../../services/audit.js";

export interface MergePair {
  /** The chat person who joined without proof (a new staff member). */
  from: { id: number; fullName: string; unitId: number };
  /** The person the Văn phòng imported, not yet linked to any chat. */
  into: { id: number; fullName: string };
}

export type MergeCheck =
  | { pair: MergePair }
  | {
      problem:
        | "security-merge-gone"
        | "security-merge-not-allowed"
        | "security-merge-linked"
        | "security-merge-roles"
        | "security-merge-higher-role";
    };

/**
 * Whether `actor` may merge the flagged duplicate `fromId` into the person it was flagged against,
 * as things stand now. Merging hands an imported person's record to a chat, so it is guarded like
 * a takeover: only a focal person or leader of that unit, or the Văn phòng of the province; only a
 * person still flagged, of the same unit, who holds nothing above staff; only into a person no chat
 * is linked to yet, and (unless the Văn phòng merges) who holds nothing above staff either: such a
 * record is claimed with a personal invite.
 */
export async function checkMerge(db: DbOrTx, actor: Actor, fromId: number): Promise<MergeCheck> {
  const [from] = await db
    .select({ id: people.id, fullName: people.fullName, unitId: people.unitId, intoId: people.possibleDuplicateOf })
    .from(people)
    .where(and(eq(people.id, fromId), eq(people.provinceId, actor.provinceId), isNull(people.anonymisedAt)));
  if (!from || from.intoId === null || from.unitId === null) return { problem: "security-merge-gone" };
  const [into] = await db
    .select({ id: people.id, fullName: people.fullName, unitId: people.unitId })
    .from(people)
    .where(and(eq(people.id, from.intoId), isNull(people.anonymisedAt)));
  if (!into || into.unitId !== from.unitId) return { problem: "security-merge-gone" };
  if (!managedUnits(actor).includes(from.unitId) && !isOffice(actor)) return { problem: "security-merge-not-allowed" };
  if ((await db.$count(channelIdentities, eq(channelIdentities.personId, into.id))) > 0) return { problem: "security-merge-linked" };
  if ((await db.$count(roles, and(eq(roles.personId, from.id), ne(roles.role, "staff")))) > 0) return { problem: "security-merge-roles" };
  // A record with a role above staff is claimed with a personal invite (proof), not by a focal person's merge.
  if (!isOffice(actor) && (await db.$count(roles, and(eq(roles.personId, into.id), ne(roles.role, "staff")))) > 0)
    return { problem: "security-merge-higher-role" };
  return { pair: { from: { id: from.id, fullName: from.fullName, unitId: from.unitId }, into: { id: into.id, fullName: into.fullName } } };
}

/**
 * Moves the chat person's chats, conversations, consents, answers (registrations where the imported
 * person has none for that campaign, sáng kiến) and requests to the imported person, then removes
 * the duplicate. The imported person keeps exactly the roles they had (staff of the unit if none):
 * a merge never adds a role above staff. Checked again here, at the moment of the change.
 */
export async function mergeDuplicate(db: DbOrTx, actor: Actor, fromId: number, now: Date): Promise<MergeCheck> {
  const check = await checkMerge(db, actor, fromId);
  if ("problem" in check) return check;
  const { from, into } = check.pair;
  // The unit's view then shows how this chat came to the record: merged by a focal person.
  await db.update(channelIdentities).set({ personId: into.id, joinedVia: "merged" }).where(eq(channelIdentities.personId, from.id));
  await db.update(conversations).set({ personId: into.id }).where(eq(conversations.personId, from.id));
  await db.update(consents).set({ personId: into.id }).where(eq(consents.personId, from.id));
  await db.update(dataRequests).set({ personId: into.id }).where(eq(dataRequests.personId, from.id));
  await db.update(initiatives).set({ personId: into.id }).where(eq(initiatives.personId, from.id));
  const taken = (
    await db.select({ campaignId: registrations.campaignId }).from(registrations).where(eq(registrations.personId, into.id))
  ).map((r) => r.campaignId);
  await db
    .update(registrations)
    .set({ personId: into.id, updatedAt: now })
    .where(and(eq(registrations.personId, from.id), taken.length ? notInArray(registrations.campaignId, taken) : undefined));
  if ((await db.$count(roles, eq(roles.personId, into.id))) === 0) {
    await db
      .insert(roles)
      .values({ provinceId: actor.provinceId, personId: into.id, role: "staff", unitId: from.unitId })
      .onConflictDoNothing();
  }
  // The duplicate goes, with whatever is left of it (its staff role, a registration the imported person already had).
  await db.delete(people).where(eq(people.id, from.id));
  await writeAudit(db, {
    provinceId: actor.provinceId,
    actor: { personId: actor.personId },
    action: "merge",
    entity: "person",
    entityId: into.id,
    after: { from: from.id },
  });
  return check;
}
