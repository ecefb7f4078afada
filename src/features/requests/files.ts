import type { FileStore } from "../../files/store.js";

let store: FileStore | null = null;

/** The app's file store, set at start-up: a chat erasure removes the person's stored evidence files. */
export function useErasureFileStore(s: FileStore): void {
  store = s;
}

/**
 * Deletes the files of an erased person. Runs at the end of the step, just before its commit: a
 * failed commit would leave a person on record without evidence files, which is the lesser harm
 * than keeping an erased person's files. Returns how many went.
 */
export async function deleteErasedFiles(keys: string[]): Promise<number> {
  if (!store?.delete) return 0;
  let n = 0;
  for (const key of keys) {
    await store.delete(key);
    n++;
  }
  return n;
}
