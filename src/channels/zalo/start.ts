import type { App } from "../../app.js";
import type { BotAccount } from "../../config.js";
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
export async function startZalo(app: App, account: BotAccount, files: FileStore, links: FileLinks): Promise<ZaloChannel> {
  const { config, logger, translator } = app;
  const base = { token: account.token, apiRoot: account.apiRoot, logger };
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
  const { mode } = config;
  if (mode.kind === "webhook") {
    const { url, secret } = mode.webhook;
    await client.setWebhook(new URL("zalo/webhook", url.endsWith("/") ? url : `${url}/`).toString(), secret);
    logger.info("zalo webhook registered");
    return { adapter, webhookSecret: secret, stop: async () => {} };
  }
  await client.deleteWebhook().catch(() => {});
  const polling = startZaloPolling(client, adapter, logger);
  return { adapter, stop: () => polling.stop() };
}
