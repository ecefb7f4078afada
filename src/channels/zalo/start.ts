import type { App } from "../../app.js";
import type { FileLinks } from "../../files/links.js";
import type { FileStore } from "../../files/store.js";
import { createZaloAdapter, type ZaloAdapter } from "./adapter.js";
import { createZaloClient } from "./client.js";
import { startZaloPolling } from "./polling.js";

export interface ZaloChannel {
  adapter: ZaloAdapter;
  /** Webhook mode: the secret the HTTP server checks. */
  webhookSecret?: string;
  stop(): Promise<void>;
}

/**
 * ZALO_BOT_TOKEN: the adapter, and either the webhook (WEBHOOK_URL)
 * or getUpdates polling for development.
 */
export async function startZalo(app: App, files: FileStore, links: FileLinks): Promise<ZaloChannel> {
  const { config, logger, translator } = app;
  const base = { token: config.ZALO_BOT_TOKEN!, apiRoot: config.ZALO_API_ROOT, logger };
  const client = createZaloClient(base);
  const adapter = createZaloAdapter({
    client,
    engine: app.engine,
    translator,
    logger,
    files,
    links,
    defaultLocale: config.DEFAULT_LOCALE,
    onNotified: () => app.outbox.kick(),
    inbox: app.inbox,
  });

  const me = await client.getMe();
  logger.info({ bot: me.id }, "zalo bot ready");
  if (config.WEBHOOK_URL) {
    await client.setWebhook(new URL("zalo/webhook", config.WEBHOOK_URL.endsWith("/") ? config.WEBHOOK_URL : `${config.WEBHOOK_URL}/`).toString(), config.WEBHOOK_SECRET!);
    logger.info("zalo webhook registered");
    return { adapter, webhookSecret: config.WEBHOOK_SECRET!, stop: async () => {} };
  }
  await client.deleteWebhook().catch(() => {});
  const polling = startZaloPolling(client, adapter, logger);
  return { adapter, stop: () => polling.stop() };
}
