import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

export interface StoredFile {
  key: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
}

/**
 * Where exports and evidence live. The disk store is the default; an S3-compatible store can
 * replace it behind this interface when instances stop sharing a disk.
 */
export interface FileStore {
  put(content: Uint8Array, name: string, mime: string): Promise<StoredFile>;
  get(key: string): Promise<(StoredFile & { content: Uint8Array }) | null>;
  /** Removes a file for good (erasure on request); a missing file is no error. */
  delete?(key: string): Promise<void>;
}

const KEY_RE = /^[A-Za-z0-9_-]{22,64}$/;
const metaSchema = z.object({ key: z.string(), name: z.string(), mime: z.string(), size: z.number(), sha256: z.string() });

/** Files under <dir>/<key>, with a small JSON of name, type and checksum beside each. */
export function createDiskFileStore(dir: string): FileStore {
  const folder = path.resolve(dir);
  return {
    async put(content, name, mime) {
      await mkdir(folder, { recursive: true });
      // Unguessable keys: a link is the only way to a file, and keys never come from user input.
      const key = randomBytes(18).toString("base64url");
      const meta: StoredFile = { key, name, mime, size: content.byteLength, sha256: createHash("sha256").update(content).digest("hex") };
      await writeFile(path.join(folder, key), content, { flag: "wx" });
      await writeFile(path.join(folder, `${key}.json`), JSON.stringify(meta));
      return meta;
    },
    async get(key) {
      if (!KEY_RE.test(key)) return null;
      try {
        const meta = metaSchema.parse(JSON.parse(await readFile(path.join(folder, `${key}.json`), "utf8")));
        const content = await readFile(path.join(folder, key));
        return { ...meta, content };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },
    async delete(key) {
      if (!KEY_RE.test(key)) return;
      await rm(path.join(folder, key), { force: true });
      await rm(path.join(folder, `${key}.json`), { force: true });
    },
  };
}
