import { GrammyError, HttpError } from "grammy";
import { DeliveryError } from "../../core/channel-port.js";

/**
 * Maps a Bot API failure to what a sender can act on. 403 means the person blocked the bot or
 * deleted their account; "chat not found" means they never opened it: both make the identity
 * unreachable. The message keeps Telegram's description only: grammY's own message can carry the
 * request payload, and with it personal data.
 */
export function toDeliveryError(e: unknown): DeliveryError {
  if (e instanceof DeliveryError) return e;
  if (e instanceof GrammyError) {
    const what = `${e.method}: ${e.error_code} ${e.description}`;
    if (e.error_code === 403 || (e.error_code === 400 && /chat not found|user is deactivated/i.test(e.description))) {
      return new DeliveryError("blocked", what);
    }
    if (e.error_code === 429) return new DeliveryError("rate_limited", what, e.parameters.retry_after ?? 1);
    if (e.error_code >= 500) return new DeliveryError("transient", what);
    return new DeliveryError("fatal", what);
  }
  if (e instanceof HttpError) return new DeliveryError("transient", "network error reaching the Bot API");
  return new DeliveryError("transient", (e as Error)?.message ?? String(e));
}
