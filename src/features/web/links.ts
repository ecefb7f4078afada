import { createHash, randomBytes } from "node:crypto";
import type { DbOrTx } from "../../db/client.js";
import { webLoginLinks } from "../../db/schema.js";

/** A login link from the chat works once, within this time: enough to open it on a desk. */
export const LOGIN_LINK_TTL_MS = 10 * 60_000;

/** Only digests of link and session secrets are stored; the secret itself lives in the URL or cookie. */
export const digest = (secret: string): string => createHash("sha256").update(secret).digest("hex");

export const newSecret = (): string => randomBytes(32).toString("base64url");

let publicBase = "http://localhost:8080";

/** Set once at start-up from PUBLIC_URL; the chat's links point there. */
export function setWebPublicUrl(url: string): void {
  publicBase = url.replace(/\/+$/, "");
}

export const loginUrl = (token: string): string => `${publicBase}/web/login/${token}`;

/** Stores a fresh one-time link for the person and returns its secret. */
export async function createLoginLink(db: DbOrTx, who: { personId: number; provinceId: number }, now: Date): Promise<string> {
  const token = newSecret();
  await db.insert(webLoginLinks).values({
    provinceId: who.provinceId,
    personId: who.personId,
    tokenHash: digest(token),
    expiresAt: new Date(now.getTime() + LOGIN_LINK_TTL_MS),
  });
  return token;
}
