import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client.js";
import { channelIdentities, people, units, type ChannelName, type JoinedVia } from "../../db/schema.js";
import { formatDate } from "../../domain/calendar.js";
import { compareVietnameseNames } from "../../domain/text.js";
import { managedUnits } from "../../core/roles.js";
import { defineFlow, type FlowContext, type Message } from "../../flows/engine/types.js";
import { checkMerge, mergeDuplicate } from "./merge.js";

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

interface Data {
  /** The flagged duplicate chosen for merging. */
  fromId?: number;
}

/** Flagged duplicates of the actor's units that may be merged now (the imported person has no chat yet). */
async function mergeable(ctx: FlowContext<Data>) {
  const out: Array<{ fromId: number; from: string; into: string }> = [];
  for (const unitId of managedUnits(ctx.actor)) {
    const members = await unitMembers(ctx.tx, unitId);
    const linked = new Set(members.filter((m) => m.joined).map((m) => m.personId));
    for (const m of members) {
      if (m.possibleDuplicateOf && !linked.has(m.possibleDuplicateOf.personId))
        out.push({ fromId: m.personId, from: m.fullName, into: m.possibleDuplicateOf.fullName });
    }
  }
  return out;
}

/**
 * `/members` (`/thanhvien`): a focal person or leader sees who joined the unit, when and how, and
 * merges a person who joined without proof into the imported person they duplicate.
 */
export const membersFlow = defineFlow<Data>({
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
      say.push({
        key: "security-members-page",
        vars: {
          header: ctx.t("security-members-header", { unit: unit.name }),
          lines: lines.length ? lines.join("\n") : ctx.t("security-members-empty"),
        },
      });
    }
    if ((await mergeable(ctx)).length === 0) return { done: true, say };
    return { next: "pick", say };
  },
  steps: {
    pick: {
      id: "pick",
      input: "choice",
      prompt: () => ({ key: "security-merge-pick" }),
      options: async (ctx) => [
        ...(await mergeable(ctx)).map((d) => ({
          value: String(d.fromId),
          label: ctx.t("security-merge-option", { from: d.from, into: d.into }),
        })),
        { value: "close", label: ctx.t("common-close") },
      ],
      async onAnswer(ctx, value) {
        if (value === "close") return { done: true };
        const check = await checkMerge(ctx.tx, ctx.actor!, Number(value));
        if ("problem" in check) return { done: true, say: [{ key: check.problem }] };
        ctx.data.fromId = check.pair.from.id;
        return { next: "confirm" };
      },
    },
    confirm: {
      id: "confirm",
      input: "confirm",
      async prompt(ctx) {
        const check = await checkMerge(ctx.tx, ctx.actor!, ctx.data.fromId!);
        if ("problem" in check) return { key: check.problem };
        return { key: "security-merge-confirm", vars: { from: check.pair.from.fullName, into: check.pair.into.fullName } };
      },
      options: (ctx) => [
        { value: "yes", label: ctx.t("security-merge-yes") },
        { value: "no", label: ctx.t("common-back") },
      ],
      async onAnswer(ctx, value) {
        if (value !== "yes") return { done: true, say: [{ key: "office-nothing-changed" }] };
        // Checked again now: roles, the link and the flag may have changed since the list was shown.
        const merged = await mergeDuplicate(ctx.tx, ctx.actor!, ctx.data.fromId!, ctx.now);
        if ("problem" in merged) return { done: true, say: [{ key: merged.problem }] };
        const { into } = merged.pair;
        ctx.notify({
          personId: into.id,
          provinceId: ctx.actor!.provinceId,
          dedupeKey: `merged:${merged.pair.from.id}`,
          message: { key: "security-merge-notify", vars: { name: into.fullName } },
        });
        return { done: true, say: [{ key: "security-merge-done", vars: { from: merged.pair.from.fullName, into: into.fullName } }] };
      },
    },
  },
});
