import type { ChannelName, Outbound } from "./index.js";

/**
 * Why a delivery failed, in terms the sender can act on. Adapters map their API's errors to these.
 * - blocked: the person blocked the bot or deleted the chat; stop trying, mark unreachable.
 * - rate_limited: slow down; try again after `retryAfterSeconds`.
 * - transient: 5xx or network; retry with backoff.
 * - fatal: a bad request or a bad token; retrying will not help.
 */
export class DeliveryError extends Error {
  override name = "DeliveryError";
  constructor(
    readonly kind: "blocked" | "rate_limited" | "transient" | "fatal",
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** What every channel offers the rest of the app: send these messages to that user. */
export interface ChannelSender {
  readonly channel: ChannelName;
  /** Longest text one message may carry (Telegram 4096, Zalo 2000). */
  readonly maxTextLength: number;
  send(externalId: string, messages: Outbound[]): Promise<void>;
  /** Largest document sent as a file (Telegram 50 MB); absent: files go as signed links. */
  readonly maxDocumentBytes?: number;
  /**
   * Where a sent message can be edited later (Telegram): sends one text and returns its id for
   * editText. Absent: a progress message becomes a short message at start and one at the end.
   */
  sendEditable?(externalId: string, text: string): Promise<string>;
  editText?(externalId: string, messageId: string, text: string): Promise<void>;
}

/** Splits text at the limit, on line breaks first, then on spaces, then anywhere. */
export function splitText(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf("\n", limit);
    if (cut < limit / 2) cut = rest.lastIndexOf(" ", limit);
    if (cut < limit / 2) cut = limit;
    // Never split a surrogate pair (an emoji) in two.
    const code = rest.charCodeAt(cut - 1);
    if (cut === limit && code >= 0xd800 && code <= 0xdbff) cut--;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[\n ]/, "");
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}
