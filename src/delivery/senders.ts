import type { ChannelSender } from "../core/channel-port.js";
import { createTelegramSender } from "../channels/telegram/sender.js";
import { zaloRenderer } from "../channels/zalo/adapter.js";
import { createZaloClient } from "../channels/zalo/client.js";
import { createZaloSender } from "../channels/zalo/sender.js";
import type { Config } from "../config.js";
import type { ChannelName } from "../db/schema.js";
import type { FileLinks } from "../files/links.js";
import type { FileStore } from "../files/store.js";
import type { Translator } from "../i18n.js";
import type { Logger } from "../logger.js";

/**
 * The senders for every configured messenger, for people other than the one being answered
 * (notifications, reminders, nudges). None of them retries on its own: the dispatcher owns the
 * send rate and the retry schedule. Used by the app and by `reminders run-due`.
 */
export function channelSenders(
  config: Pick<Config, "BOT_TOKEN" | "TELEGRAM_API_ROOT" | "ZALO_BOT_TOKEN" | "ZALO_API_ROOT" | "DEFAULT_LOCALE">,
  deps: { logger: Logger; translator: Translator; files: FileStore; links: FileLinks },
): Partial<Record<ChannelName, ChannelSender>> {
  const senders: Partial<Record<ChannelName, ChannelSender>> = {};
  if (config.BOT_TOKEN) senders.telegram = createTelegramSender({ token: config.BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT });
  if (config.ZALO_BOT_TOKEN) {
    const client = createZaloClient({ token: config.ZALO_BOT_TOKEN, apiRoot: config.ZALO_API_ROOT, logger: deps.logger, maxRetries: 0 });
    senders.zalo = createZaloSender(client, zaloRenderer(deps, config.DEFAULT_LOCALE));
  }
  return senders;
}
