import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createZaloAdapter } from "../../src/channels/zalo/adapter.js";
import { createZaloClient } from "../../src/channels/zalo/client.js";
import type { Db } from "../../src/db/client.js";
import { createFileLinks, LINK_TTL_MS } from "../../src/files/links.js";
import { personalDownloads } from "../../src/files/personal.js";
import { createDiskFileStore } from "../../src/files/store.js";
import type { Engine } from "../../src/flows/engine/engine.js";
import { createLogger } from "../../src/logger.js";
import { createHttpApp } from "../../src/server/http.js";
import { translator } from "./chat.js";
import type { FakeZalo } from "./fake-zalo.js";
import { zaloText } from "./fake-zalo.js";

export const WEBHOOK_SECRET = "zalo-webhook-secret-1234";
export const LINK_SECRET = "file-link-secret-for-tests-only";

/** The HTTP app with the Zalo adapter on a fake Zalo API, as production wires it. */
export function zaloServer(
  fake: FakeZalo,
  engine: Pick<Engine, "handle">,
  ready: () => Promise<boolean> = async () => true,
  opts: { db?: Db; now?: () => Date } = {},
) {
  const logger = createLogger("silent");
  const store = createDiskFileStore(mkdtempSync(path.join(tmpdir(), "thidua-files-")));
  // With a database, the one-use links to a person's own data, as main.ts wires them.
  const personal = opts.db ? personalDownloads(opts.db, store) : undefined;
  const links = createFileLinks("https://bot.example.vn", LINK_SECRET, LINK_TTL_MS, personal?.issue);
  const client = createZaloClient({ token: "1234:zalo-token-test", apiRoot: fake.apiRoot, logger, sleep: async () => {} });
  const adapter = createZaloAdapter({ client, engine, translator, logger, files: store, links, defaultLocale: "vi" });
  const http = createHttpApp({
    logger,
    ready,
    zalo: { adapter, secret: WEBHOOK_SECRET },
    files: { store, secret: LINK_SECRET, personal },
    ...(opts.now ? { now: opts.now } : {}),
  });

  /** Posts one webhook delivery; returns the HTTP status. */
  const deliver = async (body: unknown, secret: string | null = WEBHOOK_SECRET) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (secret !== null) headers["x-bot-api-secret-token"] = secret;
    const res = await http.app.request("/zalo/webhook", { method: "POST", headers, body: JSON.stringify(body) });
    await http.idle();
    return res.status;
  };

  /** A person typing on Zalo: each call returns the texts the bot sent back for that message. */
  const user = (userId: string) => ({
    async say(text: string): Promise<string> {
      const before = fake.textsTo(userId).length;
      const status = await deliver(zaloText(userId, text));
      if (status !== 200) throw new Error(`webhook answered ${status}`);
      return fake.textsTo(userId).slice(before).join("\n---\n");
    },
  });
  return { http, store, links, personal, deliver, user };
}
