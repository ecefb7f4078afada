import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { announcements, announcementSeen, people, units } from "../../db/schema.js";
import type { MessageKind, MessageKinds, OutboxRow, RenderContext } from "../../delivery/message-kinds.js";
import type { Outbound } from "../../core/index.js";
import type { Vars } from "../../i18n.js";

interface Shown {
  body: string;
  sender: string;
  unit: string | null;
  cancelled: boolean;
}

/** The token of the "✅ Đã xem" button: the engine's side action recognises it wherever the person is. */
export const seenToken = (id: number) => `seen:${id}`;

/** The announcement as recipients read it: who sends it, then the text. Also shown in the preview. */
export function announcementText(
  t: (key: string, vars?: Vars) => string,
  shown: { body: string; sender: string; unit: string | null },
  key = "announce-message",
): string {
  const from = shown.unit
    ? t("announce-from-unit", { name: shown.sender, unit: shown.unit })
    : t("announce-from-office", { name: shown.sender });
  return t(key, { from, body: shown.body });
}

/**
 * On Telegram a button; on Zalo and the console, which have no buttons outside a question, the
 * person replies "đã xem".
 */
export function withSeenControl(text: string, id: number, ctx: Pick<RenderContext, "channel" | "t">): Outbound[] {
  if (ctx.channel === "telegram")
    return [{ type: "choices", text, options: [{ label: ctx.t("announce-seen-button"), token: seenToken(id) }] }];
  return [{ type: "text", text: `${text}\n\n${ctx.t("announce-seen-hint")}` }];
}

/**
 * The outbox kinds of announcements. The body is read once per announcement and kept (bounded):
 * 100,000 rows carry only the id.
 */
export function announcementKinds(db: Db): MessageKinds {
  const cache = new Map<number, Shown>();
  async function shown(id: number): Promise<Shown | null> {
    const hit = cache.get(id);
    if (hit) return hit;
    const [row] = await db
      .select({
        body: announcements.body,
        sender: people.fullName,
        unit: units.name,
        fromUnit: announcements.unitId,
        cancelled: announcements.cancelledAt,
      })
      .from(announcements)
      .leftJoin(people, eq(people.id, announcements.senderId))
      .leftJoin(units, eq(units.id, announcements.unitId))
      .where(eq(announcements.id, id));
    if (!row) return null;
    const value = { body: row.body, sender: row.sender ?? "", unit: row.fromUnit ? row.unit : null, cancelled: !!row.cancelled };
    if (cache.size > 100) cache.delete(cache.keys().next().value!);
    cache.set(id, value);
    return value;
  }
  const idOf = (row: OutboxRow) => Number(row.message.vars?.id ?? row.announcementId);

  const announcement: MessageKind = {
    // A scheduled one waits for the morning; "Gửi ngay" goes at once, on purpose.
    holdAtNight: (row) => Number(row.message.vars?.urgent ?? 0) !== 1,
    async stale(_db, row) {
      const s = await shown(idOf(row));
      return !s ? "announcement gone" : s.cancelled ? "announcement cancelled" : null;
    },
    async render(row, ctx) {
      const s = (await shown(idOf(row)))!;
      return withSeenControl(announcementText(ctx.t, s, row.message.key), idOf(row), ctx);
    },
  };
  return {
    announcement,
    "announcement-nudge": {
      ...announcement,
      holdAtNight: () => true,
      async stale(d, row) {
        const seen = await d.$count(
          announcementSeen,
          sql`${announcementSeen.announcementId} = ${idOf(row)} and ${announcementSeen.personId} = ${row.personId}`,
        );
        return seen > 0 ? "already seen" : announcement.stale!(d, row);
      },
    },
  };
}
