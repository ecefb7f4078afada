import { and, asc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { people, roles, units, webLoginLinks, webSessions } from "../../db/schema.js";
import { digest, newSecret } from "./links.js";
import { isOffice, managedUnits } from "../../core/roles.js";
import type { Actor, PersonRole } from "../../core/index.js";
import { isLocale, type Locale } from "../../i18n.js";

/** A session ends after this long without a request. */
export const SESSION_IDLE_MS = 8 * 3600_000;
/** Last-seen is written at most this often: it only measures idleness. */
const TOUCH_EVERY_MS = 60_000;

export const SESSION_COOKIE = "thidua_web";
/** Used links and ended sessions are kept this long (for a look at recent sign-ins), then deleted. */
const KEEP_MS = 7 * 24 * 3600_000;

export interface WebUser {
  sessionId: number;
  csrf: string;
  locale: Locale;
  actor: Actor;
  /** What the web lets this person see: the province, or their own units. */
  role: "office" | "focal" | null;
}

/** Whether a login link may still be used (the GET page asks before the button is pressed). */
export async function loginLinkUsable(db: DbOrTx, token: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: webLoginLinks.id })
    .from(webLoginLinks)
    .where(and(eq(webLoginLinks.tokenHash, digest(token)), isNull(webLoginLinks.usedAt), gt(webLoginLinks.expiresAt, now)));
  return !!row;
}

/**
 * Uses the link (once: the update only matches an unused, unexpired link) and opens a session.
 * Returns the session's cookie secret, or null for a used, expired or unknown link.
 */
export async function openSession(db: DbOrTx, token: string, now: Date): Promise<string | null> {
  const [link] = await db
    .update(webLoginLinks)
    .set({ usedAt: now })
    .where(and(eq(webLoginLinks.tokenHash, digest(token)), isNull(webLoginLinks.usedAt), gt(webLoginLinks.expiresAt, now)))
    .returning({ personId: webLoginLinks.personId, provinceId: webLoginLinks.provinceId });
  if (!link) return null;
  // Old links and ended sessions serve nobody; each sign-in sweeps them so the tables stay small.
  await db.delete(webLoginLinks).where(lt(webLoginLinks.expiresAt, new Date(now.getTime() - KEEP_MS)));
  await db.delete(webSessions).where(lt(webSessions.lastSeenAt, new Date(now.getTime() - KEEP_MS)));
  const secret = newSecret();
  await db
    .insert(webSessions)
    .values({ provinceId: link.provinceId, personId: link.personId, tokenHash: digest(secret), csrfToken: newSecret(), lastSeenAt: now });
  return secret;
}

/** The signed-in person with their current roles (read on every request: a role taken away counts at once). */
export async function loadSession(db: DbOrTx, secret: string | undefined, now: Date): Promise<WebUser | null> {
  if (!secret || secret.length > 100) return null;
  const [row] = await db
    .select({
      sessionId: webSessions.id,
      csrf: webSessions.csrfToken,
      lastSeenAt: webSessions.lastSeenAt,
      personId: people.id,
      provinceId: people.provinceId,
      unitId: people.unitId,
      unitName: units.name,
      fullName: people.fullName,
      position: people.position,
      locale: people.locale,
    })
    .from(webSessions)
    .innerJoin(people, eq(people.id, webSessions.personId))
    .leftJoin(units, eq(units.id, people.unitId))
    .where(
      and(
        eq(webSessions.tokenHash, digest(secret)),
        isNull(webSessions.endedAt),
        gt(webSessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
        isNull(people.anonymisedAt),
      ),
    );
  if (!row) return null;
  const roleRows = await db
    .select({ role: roles.role, unitId: roles.unitId })
    .from(roles)
    .where(eq(roles.personId, row.personId))
    .orderBy(asc(roles.id));
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(webSessions).set({ lastSeenAt: now }).where(eq(webSessions.id, row.sessionId));
  }
  const actor: Actor = {
    personId: row.personId,
    provinceId: row.provinceId,
    unitId: row.unitId,
    unitName: row.unitName,
    fullName: row.fullName,
    position: row.position,
    roles: roleRows as PersonRole[],
  };
  return { sessionId: row.sessionId, csrf: row.csrf, locale: isLocale(row.locale) ? row.locale : "vi", actor, role: webRole(actor) };
}

export function webRole(actor: Actor): WebUser["role"] {
  if (isOffice(actor)) return "office";
  return managedUnits(actor).length > 0 ? "focal" : null;
}

export async function endSession(db: DbOrTx, sessionId: number, now: Date): Promise<void> {
  await db
    .update(webSessions)
    .set({ endedAt: now })
    .where(and(eq(webSessions.id, sessionId), sql`${webSessions.endedAt} is null`));
}
