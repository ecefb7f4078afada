import { Api } from "grammy";
import type { ChannelSender } from "../../core/channel-port.js";
import { toDeliveryError } from "./errors.js";
import { sendOutbound, TELEGRAM_MAX_DOCUMENT, TELEGRAM_MAX_TEXT } from "./render.js";

export interface TelegramSenderOptions {
  token: string;
  apiRoot?: string;
  /** Longest wait for one Bot API call. */
  timeoutSeconds?: number;
  /** An existing client (tests intercept calls on it); otherwise one is made from token and root. */
  api?: Api;
}

/**
 * Delivers messages to people who are not the one being answered (notifications, reminders).
 * It retries nothing itself: the dispatcher owns the send rate and the retry schedule, so every
 * failure comes back as a DeliveryError it can act on.
 */
export function createTelegramSender(options: TelegramSenderOptions): ChannelSender {
  // grammY waits 500 s for an answer by default; a send that long holds the whole outbox (and
  // `reminders run-due`) hostage. Past this it fails as transient and is tried again later.
  const api =
    options.api ??
    new Api(options.token, { timeoutSeconds: options.timeoutSeconds ?? 30, ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) });
  return {
    channel: "telegram",
    maxTextLength: TELEGRAM_MAX_TEXT,
    maxDocumentBytes: TELEGRAM_MAX_DOCUMENT,
    async sendEditable(externalId, text) {
      try {
        return String((await api.sendMessage(externalId, text)).message_id);
      } catch (e) {
        throw toDeliveryError(e);
      }
    },
    async editText(externalId, messageId, text) {
      try {
        await api.editMessageText(externalId, Number(messageId), text);
      } catch (e) {
        // The same text again is not an error worth a retry.
        if (/message is not modified/u.test((e as Error).message)) return;
        throw toDeliveryError(e);
      }
    },
    async send(externalId, messages) {
      try {
        await sendOutbound(api, externalId, messages);
      } catch (e) {
        throw toDeliveryError(e);
      }
    },
  };
}
