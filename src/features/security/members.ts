import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client.js";
import { channelIdentities, people, units, type ChannelName, type JoinedVia } from "../../db/schema.js";
import { formatDate } from "../../domain/calendar.js";
import { compareVietnameseNames } from "../../domain/text.js";
import { managedUnits } from "../../core/roles.js";
import { defineFlow, type Message } from "../../flows/engine/types.js";

export interface MemberRow {
  personId: number;
  fullName: string;
  /** The first chat the person joined with, if any. */
  joined: { at: Date; channel: ChannelName; via: JoinedVia | null } | null;
  possibleDuplicateOf: { personId: number; fullName: string } | null;
}

/** Everyone on a unit's list, with how and when they joined, in Vietnamese name order. */
export async function unitMembers(db: DbOrTx, unitId: number): Promise<MemberRow[]> {
  const other = alias(people, "other");
  const rows = await db
    .select({
      personId: people.id,
      fullName: people.fullName,
      at: channelIdentities.createdAt,
      channel: channelIdentities.channel,
      via: channelIdentities.joinedVia,
      dupId: other.id,
      dupName: other.fullName,
    })
    .from(people)
    .leftJoin(channelIdentities, eq(channelIdentities.personId, people.id))
    .leftJoin(other, eq(other.id, people.possibleDuplicateOf))
    .where(and(eq(people.unitId, unitId), isNull(people.anonymisedAt)))
    .orderBy(asc(channelIdentities.createdAt));
  const byPerson = new Map<number, MemberRow>();
  for (const r of rows) {
    if (byPerson.has(r.personId)) continue;
    byPerson.set(r.personId, {
      personId: r.personId,
      fullName: r.fullName,
      joined: r.at && r.channel ? { at: r.at, channel: r.channel, via: r.via } : null,
      possibleDuplicateOf: r.dupId !== null ? { personId: r.dupId, fullName: r.dupName! } : null,
    });
  }
  return [...byPerson.values()].sort((a, b) => compareVietnameseNames(a.fullName, b.fullName));
}

/** `/members` (`/thanhvien`): a focal person or leader sees who joined the unit, when and how. */
export const membersFlow = defineFlow<Record<string, never>>({
  name: "members",
  allowed: (actor) => managedUnits(actor).length > 0,
  async start(ctx) {
    const unitIds = managedUnits(ctx.actor);
    const named = await ctx.tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds));
    const say: Message[] = [];
    for (const unit of named) {
      const members = await unitMembers(ctx.tx, unit.id);
      const lines = members.map((m) => {
        const how = m.joined
          ? ctx.t("security-members-joined", {
              date: formatDate(m.joined.at, ctx.timeZone),
              channel: ctx.t(`channel-name-${m.joined.channel}`),
              via: ctx.t(`security-via-${m.joined.via ?? "unknown"}`),
            })
          : ctx.t("security-members-not-joined");
        const line = ctx.t("security-members-line", { name: m.fullName, how });
        if (!m.possibleDuplicateOf) return line;
        return `${line}\n   ${ctx.t("security-members-duplicate", { other: m.possibleDuplicateOf.fullName, id: m.possibleDuplicateOf.personId })}`;
      });
      say.push({ key: "security-members-page", vars: { header: ctx.t("security-members-header", { unit: unit.name }), lines: lines.length ? lines.join("\n") : ctx.t("security-members-empty") } });
    }
    return { done: true, say };
  },
  steps: {},
});
