import { randomBytes } from "node:crypto";
import path from "node:path";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { createFileLinks } from "./links.js";
import { createDiskFileStore } from "./store.js";

/** Stored files (exports for Zalo, evidence) and the signed links that serve them over HTTP. */
export function fileServices(config: Pick<Config, "FILE_LINK_SECRET" | "WEBHOOK_URL" | "PUBLIC_URL" | "PORT" | "DATA_DIR">, logger: Logger) {
  let secret = config.FILE_LINK_SECRET;
  if (!secret) {
    // Links then die with the process; fine for development, not for production.
    secret = randomBytes(32).toString("base64url");
    logger.warn("FILE_LINK_SECRET is not set: download links stop working when the app restarts");
  }
  const base = config.PUBLIC_URL ?? config.WEBHOOK_URL ?? `http://localhost:${config.PORT}`;
  return { store: createDiskFileStore(path.resolve(config.DATA_DIR, "files")), secret, links: createFileLinks(base, secret) };
}
