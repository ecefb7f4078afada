import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { channelIdentities, people, roles } from "../../db/schema.js";
import type { ChannelName } from "../../core/messages.js";
import { MANAGER_ROLES } from "../../core/roles.js";

export interface FocalPerson {
  personId: number;
  fullName: string;
  position: string;
  /** The channels on which they use the bot, so a colleague knows where to find them. */
  channels: ChannelName[];
}

/**
 * The focal persons (đầu mối) of a unit, or its leaders when it has none: whom a member of the
 * unit turns to. Erased people are left out.
 */
export async function focalPersonsOf(db: DbOrTx, unitId: number): Promise<FocalPerson[]> {
  const rows = await db
    .select({
      personId: people.id,
      fullName: people.fullName,
      position: people.position,
      role: roles.role,
      channel: channelIdentities.channel,
    })
    .from(roles)
    .innerJoin(people, eq(people.id, roles.personId))
    .leftJoin(channelIdentities, eq(channelIdentities.personId, people.id))
    .where(and(eq(roles.unitId, unitId), inArray(roles.role, MANAGER_ROLES), isNull(people.anonymisedAt)))
    .orderBy(asc(people.id), asc(channelIdentities.channel));
  const pick = rows.some((r) => r.role === "focal") ? "focal" : "unit_leader";
  const byPerson = new Map<number, FocalPerson>();
  for (const r of rows.filter((x) => x.role === pick)) {
    const p = byPerson.get(r.personId) ?? { personId: r.personId, fullName: r.fullName, position: r.position, channels: [] };
    if (r.channel && !p.channels.includes(r.channel)) p.channels.push(r.channel);
    byPerson.set(r.personId, p);
  }
  return [...byPerson.values()];
}
