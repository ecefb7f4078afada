import { createHmac, timingSafeEqual } from "node:crypto";

/** How long a download link works: long enough to open on a phone, short enough not to leak. */
export const LINK_TTL_MS = 24 * 3600_000;

/** A personal-data download link (/me) works once, within this time (issue 16). */
export const PERSONAL_LINK_TTL_MS = 15 * 60_000;
export const PERSONAL_LINK_MINUTES = PERSONAL_LINK_TTL_MS / 60_000;

/** Personal links are bare random secrets (43 characters); signed links always hold dots. */
export const PERSONAL_TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

const mac = (payload: string, secret: string) => createHmac("sha256", secret).update(payload).digest();

/** A token naming a stored file until `expiresAt`: "<key>.<expiry seconds>.<hmac>". */
export function signFileToken(key: string, expiresAt: Date, secret: string): string {
  const payload = `${key}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${mac(payload, secret).toString("base64url")}`;
}

/** The file key of a valid, unexpired token; null for anything tampered, malformed or expired. */
export function verifyFileToken(token: string, now: Date, secret: string): string | null {
  const m = /^([A-Za-z0-9_-]+)\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const expected = mac(`${m[1]}.${m[2]}`, secret);
  const given = Buffer.from(m[3]!, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (Number(m[2]) * 1000 < now.getTime()) return null;
  return m[1]!;
}

export interface FileLinks {
  /** Stores nothing: turns a stored file's key into a public URL. */
  urlFor(key: string, now?: Date): string;
  /**
   * A link to a file of one person's own data (/me): it works once, for 15 minutes. Absent where no
   * database backs the links; a personal document is then never sent as a link.
   */
  personalUrlFor?(key: string, personId: number, now?: Date): Promise<string>;
}

/** `issuePersonal` (from personalDownloads) records one-use links; without it there are none. */
export function createFileLinks(
  publicBaseUrl: string,
  secret: string,
  ttlMs = LINK_TTL_MS,
  issuePersonal?: (key: string, personId: number, now: Date) => Promise<string>,
): FileLinks {
  const base = publicBaseUrl.endsWith("/") ? publicBaseUrl : `${publicBaseUrl}/`;
  return {
    urlFor: (key, now = new Date()) => new URL(`files/${signFileToken(key, new Date(now.getTime() + ttlMs), secret)}`, base).toString(),
    ...(issuePersonal
      ? {
          personalUrlFor: async (key: string, personId: number, now = new Date()) =>
            new URL(`files/${await issuePersonal(key, personId, now)}`, base).toString(),
        }
      : {}),
  };
}
