import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { rowsOf } from "../../db/rows.js";
import { announcements, announcementSeen, type AnnouncementAudience } from "../../db/schema.js";
import { audienceWhere, REACHABLE, reachCounts, type SenderScope } from "./audience.js";

/** One Zalo message: the longest announcement a person can type. */
export const ANNOUNCEMENT_MAX_CHARS = 2000;
/** Recipients queued per statement: large enough to be quick, small enough to keep memory flat. */
export const QUEUE_CHUNK = 5000;
/** How far ahead an announcement may be scheduled. */
export const MAX_SCHEDULE_DAYS = 90;

export type Announcement = typeof announcements.$inferSelect;

/** The outbox message of an announcement: only its id (the body is read once per send, not copied 100,000 times). */
export const announcementMessage = (id: number, urgent: boolean, key = "announce-message") => ({
  key,
  vars: { id, urgent: urgent ? 1 : 0 },
});

/**
 * Records the announcement and queues one outbox row per reachable recipient, in chunks of one
 * INSERT … SELECT each, in the caller's transaction: the announcement and all its recipients
 * commit together, so a restart never finds half of them. Returns the announcement.
 */
export async function createAnnouncement(
  db: DbOrTx,
  input: { scope: SenderScope; audience: AnnouncementAudience; body: string; sendAt: Date; urgent: boolean; now: Date; chunk?: number },
): Promise<Announcement> {
  const counts = await reachCounts(db, input.scope, input.audience);
  const [row] = await db
    .insert(announcements)
    .values({
      provinceId: input.scope.provinceId,
      senderId: input.scope.senderId,
      unitId: input.scope.unitId,
      body: input.body,
      audience: input.audience,
      sendAt: input.sendAt,
      urgent: input.urgent,
      unreachable: counts.none + counts.blocked + counts.declined,
      createdAt: input.now,
    })
    .returning();
  const queued = await queueRecipients(db, row!, input.scope, input.now, input.chunk ?? QUEUE_CHUNK);
  await db.update(announcements).set({ recipients: queued }).where(eq(announcements.id, row!.id));
  return { ...row!, recipients: queued };
}

/** Queues the recipients `QUEUE_CHUNK` at a time, in person-id order; returns how many were queued. */
export async function queueRecipients(db: DbOrTx, a: Announcement, scope: SenderScope, now: Date, chunk: number): Promise<number> {
  const where = audienceWhere(scope, a.audience);
  const message = JSON.stringify(announcementMessage(a.id, a.urgent));
  let cursor = 0;
  let queued = 0;
  for (;;) {
    // One statement per chunk: pick the next people by id, insert their rows, report how far it got.
    const [r] = rowsOf<{ last: number | null; n: number; inserted: number }>(
      await db.execute(sql`with chunk as (
          select p.id from people p where ${where} and ${REACHABLE} and p.id > ${cursor} order by p.id limit ${chunk}
        ), ins as (
          insert into outbox (province_id, person_id, dedupe_key, kind, message, not_before, announcement_id, created_at)
          select ${a.provinceId}, chunk.id, 'announcement:' || ${String(a.id)} || ':' || chunk.id, 'announcement', ${message}::jsonb, ${a.sendAt.toISOString()}::timestamptz, ${a.id}, ${now.toISOString()}::timestamptz
          from chunk
          on conflict do nothing
          returning 1
        )
        select (select max(id) from chunk) as last, (select count(*) from chunk)::int as n, (select count(*) from ins)::int as inserted`),
    );
    queued += Number(r!.inserted);
    if (Number(r!.n) < chunk || r!.last === null) return queued;
    cursor = Number(r!.last);
  }
}

export interface AnnouncementStats {
  recipients: number;
  delivered: number;
  pending: number;
  seen: number;
  /** Known when it was confirmed, plus those whose chat turned out blocked at send time. */
  unreachable: number;
  notSeen: number;
}

export async function announcementStats(db: DbOrTx, a: Announcement): Promise<AnnouncementStats> {
  const [r] = rowsOf<{ delivered: number; pending: number; failed: number; seen: number; not_seen: number }>(
    await db.execute(sql`select
        count(*) filter (where o.status = 'sent')::int as delivered,
        count(*) filter (where o.status in ('queued', 'sending'))::int as pending,
        count(*) filter (where o.status in ('failed', 'skipped'))::int as failed,
        count(s.person_id)::int as seen,
        count(*) filter (where o.status = 'sent' and s.person_id is null)::int as not_seen
      from outbox o left join announcement_seen s on s.announcement_id = o.announcement_id and s.person_id = o.person_id
      where o.announcement_id = ${a.id} and o.kind = 'announcement'`),
  );
  return {
    recipients: a.recipients,
    delivered: Number(r?.delivered ?? 0),
    pending: Number(r?.pending ?? 0),
    seen: Number(r?.seen ?? 0),
    unreachable: a.unreachable + Number(r?.failed ?? 0),
    notSeen: Number(r?.not_seen ?? 0),
  };
}

/** Recipients it reached who have not pressed "Đã xem", with their unit (at most `limit`). */
export async function notSeenPeople(db: DbOrTx, id: number, limit: number) {
  return rowsOf<{ name: string; unit: string | null }>(
    await db.execute(sql`select p.full_name as name, u.name as unit from outbox o join people p on p.id = o.person_id left join units u on u.id = p.unit_id
      where o.announcement_id = ${id} and o.kind = 'announcement' and o.status = 'sent'
      and not exists (select 1 from announcement_seen s where s.announcement_id = o.announcement_id and s.person_id = o.person_id)
      order by u.name nulls first, p.full_name limit ${limit}`),
  );
}

/** The sender's own announcements, newest first. */
export async function recentAnnouncements(db: DbOrTx, senderId: number, limit = 5) {
  return db
    .select()
    .from(announcements)
    .where(eq(announcements.senderId, senderId))
    .orderBy(desc(announcements.createdAt), desc(announcements.id))
    .limit(limit);
}

export async function loadAnnouncement(db: DbOrTx, id: number, senderId: number): Promise<Announcement | null> {
  const [row] = await db
    .select()
    .from(announcements)
    .where(and(eq(announcements.id, id), eq(announcements.senderId, senderId)));
  return row ?? null;
}

/**
 * One reminder to those it reached who have not marked it seen; once per announcement. Returns
 * how many were queued, or null when it was nudged already.
 */
export async function nudgeNotSeen(db: DbOrTx, a: Announcement, now: Date): Promise<number | null> {
  const [claimed] = await db
    .update(announcements)
    .set({ nudgedAt: now })
    .where(and(eq(announcements.id, a.id), sql`${announcements.nudgedAt} is null`))
    .returning({ id: announcements.id });
  if (!claimed) return null;
  const message = JSON.stringify(announcementMessage(a.id, false, "announce-nudge-message"));
  const [r] = rowsOf<{ n: number }>(
    await db.execute(sql`with ins as (
        insert into outbox (province_id, person_id, dedupe_key, kind, message, not_before, announcement_id, created_at)
        select o.province_id, o.person_id, 'announcement-nudge:' || ${String(a.id)} || ':' || o.person_id, 'announcement-nudge', ${message}::jsonb, ${now.toISOString()}::timestamptz, o.announcement_id, ${now.toISOString()}::timestamptz
        from outbox o
        where o.announcement_id = ${a.id} and o.kind = 'announcement' and o.status = 'sent'
        and not exists (select 1 from announcement_seen s where s.announcement_id = o.announcement_id and s.person_id = o.person_id)
        on conflict do nothing returning 1)
      select count(*)::int as n from ins`),
  );
  return Number(r?.n ?? 0);
}

/**
 * "Đã xem": the button names the announcement; the typed word (Zalo, console) marks every
 * announcement that reached this person in the last 30 days. Only a recipient can mark one.
 */
export async function markSeen(db: DbOrTx, personId: number, announcementId: number | null, now: Date): Promise<number> {
  const which =
    announcementId === null
      ? sql`o.created_at > ${new Date(now.getTime() - 30 * 86_400_000).toISOString()}::timestamptz`
      : sql`o.announcement_id = ${announcementId}`;
  const [r] = rowsOf<{ n: number }>(
    await db.execute(sql`with ins as (
        insert into announcement_seen (announcement_id, person_id, seen_at)
        select distinct o.announcement_id, o.person_id, ${now.toISOString()}::timestamptz from outbox o
        where o.person_id = ${personId} and o.kind = 'announcement' and o.status = 'sent' and o.announcement_id is not null and ${which}
        on conflict do nothing returning 1)
      select count(*)::int as n from ins`),
  );
  return Number(r?.n ?? 0);
}

/** Whether this person already marked that announcement seen (a second press says so kindly). */
export async function hasSeen(db: DbOrTx, personId: number, announcementId: number): Promise<boolean> {
  return (
    (await db.$count(announcementSeen, and(eq(announcementSeen.personId, personId), eq(announcementSeen.announcementId, announcementId)))) >
    0
  );
}
