import { and, eq, gt, isNull, lte } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { people, personalLinks } from "../db/schema.js";
import { digest, newSecret } from "../features/web/links.js";
import { PERSONAL_LINK_TTL_MS, PERSONAL_TOKEN_RE } from "./links.js";
import type { FileStore, StoredFile } from "./store.js";

export type PersonalOpen = { file: StoredFile & { content: Uint8Array } } | { problem: "invalid" | "used" | "expired" };

export interface PersonalDownloads {
  /** A link secret for a stored file of `personId`'s data; files of links that expired unopened are deleted. */
  issue(fileKey: string, personId: number, now: Date): Promise<string>;
  /** The file, once: the link is burnt and the file deleted; a second try, a late one or a forged one is refused. */
  open(token: string, now: Date): Promise<PersonalOpen>;
}

/**
 * One-use, 15-minute links to a person's own data. A link is bound to its person: it is made only
 * for the chat that asked (/me), the row names the person, and it stops working when the person is
 * erased (the row goes with the person). The token is random and only its digest is stored, so
 * nobody can make a link to another person's file, not even from a copy of the database.
 */
export function personalDownloads(db: Db, store: FileStore): PersonalDownloads {
  const forget = async (keys: string[]) => {
    for (const key of keys) await store.delete?.(key);
  };
  return {
    async issue(fileKey, personId, now) {
      const [person] = await db
        .select({ provinceId: people.provinceId })
        .from(people)
        .where(and(eq(people.id, personId), isNull(people.anonymisedAt)));
      if (!person) throw new Error("personal link for an unknown person");
      // Links that ran out unopened (anyone's): their copies of personal data leave the server.
      const ended = await db
        .update(personalLinks)
        .set({ usedAt: now })
        .where(and(isNull(personalLinks.usedAt), lte(personalLinks.expiresAt, now)))
        .returning({ fileKey: personalLinks.fileKey });
      await forget(ended.map((e) => e.fileKey));
      const token = newSecret();
      await db.insert(personalLinks).values({
        provinceId: person.provinceId,
        personId,
        tokenHash: digest(token),
        fileKey,
        expiresAt: new Date(now.getTime() + PERSONAL_LINK_TTL_MS),
      });
      return token;
    },
    async open(token, now) {
      if (!PERSONAL_TOKEN_RE.test(token)) return { problem: "invalid" };
      const hash = digest(token);
      // Burnt in one statement: of two simultaneous downloads only one gets the row.
      const [won] = await db
        .update(personalLinks)
        .set({ usedAt: now })
        .where(and(eq(personalLinks.tokenHash, hash), isNull(personalLinks.usedAt), gt(personalLinks.expiresAt, now)))
        .returning({ fileKey: personalLinks.fileKey });
      if (!won) {
        const [row] = await db
          .select({ usedAt: personalLinks.usedAt, fileKey: personalLinks.fileKey })
          .from(personalLinks)
          .where(eq(personalLinks.tokenHash, hash));
        if (!row) return { problem: "invalid" };
        if (row.usedAt) return { problem: "used" };
        // Expired unused: nobody will fetch it any more.
        await db.update(personalLinks).set({ usedAt: now }).where(eq(personalLinks.tokenHash, hash));
        await forget([row.fileKey]);
        return { problem: "expired" };
      }
      const file = await store.get(won.fileKey);
      // The link has served: the copy of the person's data does not stay on the server.
      await forget([won.fileKey]);
      return file ? { file } : { problem: "invalid" };
    },
  };
}
