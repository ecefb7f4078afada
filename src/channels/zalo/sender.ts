import { DeliveryError, type ChannelSender } from "../../core/channel-port.js";
import { ZaloApiError, ZALO_MAX_TEXT, type ZaloClient } from "./client.js";

/** Zalo's 429 names no wait; the dispatcher reschedules after this. */
const QUOTA_BACKOFF_SECONDS = 30;

export function toDeliveryError(e: unknown): DeliveryError {
  if (e instanceof DeliveryError) return e;
  if (e instanceof ZaloApiError) {
    if (e.code === 429) return new DeliveryError("rate_limited", e.message, QUOTA_BACKOFF_SECONDS);
    if (e.code === 0 || e.code === 408 || e.code >= 500) return new DeliveryError("transient", e.message);
    // 403/404 on a chat: the person is gone or never opened the bot.
    if (e.code === 403 || e.code === 404) return new DeliveryError("blocked", e.message);
    return new DeliveryError("fatal", e.message);
  }
  return new DeliveryError("transient", (e as Error)?.message ?? String(e));
}

/**
 * Notifications and reminders to Zalo identities. The client given here must not retry 429s
 * itself (maxRetries 0): the dispatcher owns the send rate.
 */
export function createZaloSender(
  client: ZaloClient,
  render: (messages: Parameters<ChannelSender["send"]>[1]) => Promise<string[]>,
): ChannelSender {
  return {
    channel: "zalo",
    maxTextLength: ZALO_MAX_TEXT,
    async send(externalId, messages) {
      try {
        for (const block of await render(messages)) await client.sendMessage(externalId, block);
      } catch (e) {
        throw toDeliveryError(e);
      }
    },
  };
}
