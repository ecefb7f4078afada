import { Api } from "grammy";
import type { ChannelSender } from "../port.js";
import { toDeliveryError } from "./errors.js";
import { sendOutbound, TELEGRAM_MAX_TEXT } from "./render.js";

export interface TelegramSenderOptions {
  token: string;
  apiRoot?: string;
  /** An existing client (tests intercept calls on it); otherwise one is made from token and root. */
  api?: Api;
}

/**
 * Delivers messages to people who are not the one being answered (notifications, reminders).
 * It retries nothing itself: the dispatcher owns the send rate and the retry schedule, so every
 * failure comes back as a DeliveryError it can act on.
 */
export function createTelegramSender(options: TelegramSenderOptions): ChannelSender {
  const api = options.api ?? new Api(options.token, options.apiRoot ? { apiRoot: options.apiRoot } : undefined);
  return {
    channel: "telegram",
    maxTextLength: TELEGRAM_MAX_TEXT,
    async send(externalId, messages) {
      try {
        await sendOutbound(api, externalId, messages);
      } catch (e) {
        throw toDeliveryError(e);
      }
    },
  };
}
