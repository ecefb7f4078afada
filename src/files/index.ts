import { randomBytes } from "node:crypto";
import path from "node:path";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { Db } from "../db/client.js";
import { createFileLinks, LINK_TTL_MS } from "./links.js";
import { personalDownloads } from "./personal.js";
import { createDiskFileStore } from "./store.js";

/**
 * Stored files (exports for Zalo, evidence) and the signed links that serve them over HTTP; with a
 * database, also the one-use links to a person's own data.
 */
export function fileServices(
  config: Pick<Config, "FILE_LINK_SECRET" | "WEBHOOK_URL" | "PUBLIC_URL" | "PORT" | "DATA_DIR">,
  logger: Logger,
  db?: Db,
) {
  let secret = config.FILE_LINK_SECRET;
  if (!secret) {
    // Links then die with the process; fine for development, not for production.
    secret = randomBytes(32).toString("base64url");
    logger.warn("FILE_LINK_SECRET is not set: download links stop working when the app restarts");
  }
  const base = config.PUBLIC_URL ?? config.WEBHOOK_URL ?? `http://localhost:${config.PORT}`;
  const store = createDiskFileStore(path.resolve(config.DATA_DIR, "files"));
  const personal = db ? personalDownloads(db, store) : undefined;
  return { store, secret, personal, links: createFileLinks(base, secret, LINK_TTL_MS, personal?.issue) };
}
