import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createFileLinks } from "../../src/files/links.js";
import { createDiskFileStore } from "../../src/files/store.js";
import { createLogger } from "../../src/logger.js";
import { createHttpApp } from "../../src/server/http.js";
import type { Database } from "../../src/db/client.js";
import { ChatUser, buildEngine, demoWorld, link, translator, TZ, type DemoWorld } from "../support/chat.js";

export const LINK_SECRET = "web-test-secret-0123456789";

/** The demo province, its Văn phòng and a focal person in the chat, and the HTTP app with /web. */
export async function webWorld(database: Database, now: () => Date, publicUrl = "http://localhost:8080") {
  const world: DemoWorld = await demoWorld(database, now());
  await link(database, world.office.personId, "web-office");
  await link(database, world.focal.personId, "web-focal");
  await link(database, world.staff[0]!.personId, "web-staff");
  const engine = buildEngine(database, now);
  const filesDir = mkdtempSync(path.join(os.tmpdir(), "thidua-web-test-"));
  const store = createDiskFileStore(filesDir);
  let notified = 0;
  const http = createHttpApp({
    logger: createLogger("silent"),
    ready: async () => true,
    files: { store, secret: LINK_SECRET },
    web: {
      db: database.db,
      logger: createLogger("silent"),
      timeZone: TZ,
      publicUrl,
      files: { store, links: createFileLinks(publicUrl, LINK_SECRET) },
      translator,
      now,
      onNotified: () => notified++,
    },
    now,
  });
  const chat = {
    office: new ChatUser(engine, "web-office"),
    focal: new ChatUser(engine, "web-focal"),
    staff: new ChatUser(engine, "web-staff"),
  };
  return { world, engine, http, store, chat, notified: () => notified };
}

/** Sends /web in the chat and returns the path of the link it replies with (host left to the test). */
export async function webLinkPath(user: ChatUser): Promise<string> {
  const replies = await user.say("/web");
  const reply = replies.find((r) => r.type === "link");
  if (!reply || reply.type !== "link") throw new Error(`no link in: ${user.text()}`);
  const url = new URL(reply.url);
  return url.pathname;
}
