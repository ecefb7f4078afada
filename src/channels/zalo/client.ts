import { z } from "zod";
import type { Logger } from "../../logger.js";
import { splitText } from "../../core/channel-port.js";

export const ZALO_MAX_TEXT = 2000;

const envelope = z.object({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.number().optional(),
  description: z.string().optional(),
});

export class ZaloApiError extends Error {
  override name = "ZaloApiError";
  constructor(
    readonly method: string,
    /** Zalo's error_code, or the HTTP status when the body was not an envelope; 0 for network errors. */
    readonly code: number,
    readonly description: string,
  ) {
    super(`${method}: ${code} ${description}`);
  }
}

const sentMessage = z.object({ message_id: z.string(), date: z.number().optional() }).passthrough();
const botInfo = z.object({ id: z.string(), account_name: z.string().optional(), account_type: z.string().optional() }).passthrough();

export interface ZaloClientOptions {
  token: string;
  apiRoot: string;
  logger: Logger;
  /** Waits before retrying a 429; tests pass a fast one. */
  sleep?: (ms: number) => Promise<void>;
  /** How often a 429 is retried before giving up (0 for a sender that reschedules itself). */
  maxRetries?: number;
  fetch?: typeof fetch;
}

/**
 * The Zalo Bot API over fetch, checked with zod. The token sits in the URL path, so URLs are never
 * logged; errors carry the method and Zalo's description only.
 */
export function createZaloClient(options: ZaloClientOptions) {
  const root = options.apiRoot.replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxRetries = options.maxRetries ?? 3;
  let tokenRejected = false;

  async function call(method: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<unknown> {
    if (tokenRejected) throw new ZaloApiError(method, 401, "bot token rejected earlier");
    for (let attempt = 0; ; attempt++) {
      let status = 0;
      let parsed: z.infer<typeof envelope> | null = null;
      try {
        const res = await doFetch(`${root}/bot${options.token}/${method}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
          ...(signal ? { signal } : {}),
        });
        status = res.status;
        parsed = envelope.safeParse(await res.json().catch(() => null)).data ?? null;
      } catch (e) {
        if ((e as Error).name === "AbortError") throw e;
        throw new ZaloApiError(method, 0, "network error reaching the Zalo Bot API");
      }
      if (parsed?.ok) return parsed.result;
      const code = parsed?.error_code ?? status;
      const description = parsed?.description ?? `HTTP ${status}`;
      if (code === 401) {
        // Nothing will work until somebody fixes the token; say it once, loudly.
        tokenRejected = true;
        options.logger.fatal({ method }, "Zalo rejected the bot token (401): check ZALO_BOT_TOKEN");
      }
      // Zalo's 429 ("Quota exceeded") has no retry_after: back off on our own.
      if (code === 429 && attempt < maxRetries) {
        await sleep(1000 * 2 ** attempt);
        continue;
      }
      throw new ZaloApiError(method, code, description);
    }
  }

  return {
    call,
    async getMe() {
      return botInfo.parse(await call("getMe", {}));
    },
    /** Development only: one update per call, no offset; null when the long poll timed out. */
    async getUpdates(timeoutSeconds: number, signal?: AbortSignal): Promise<unknown> {
      return (await call("getUpdates", { timeout: String(timeoutSeconds) }, signal)) ?? null;
    },
    async setWebhook(url: string, secretToken: string) {
      await call("setWebhook", { url, secret_token: secretToken });
    },
    async deleteWebhook() {
      await call("deleteWebhook", {});
    },
    /** Splits at Zalo's 2000 characters, on line breaks, then words; returns the message ids. */
    async sendMessage(chatId: string, text: string): Promise<string[]> {
      const ids: string[] = [];
      for (const part of splitText(text, ZALO_MAX_TEXT)) {
        ids.push(sentMessage.parse(await call("sendMessage", { chat_id: chatId, text: part })).message_id);
      }
      return ids;
    },
    async sendPhoto(chatId: string, photoUrl: string, caption?: string) {
      return sentMessage.parse(
        await call("sendPhoto", { chat_id: chatId, photo: photoUrl, ...(caption ? { caption: caption.slice(0, ZALO_MAX_TEXT) } : {}) }),
      );
    },
    async sendChatAction(chatId: string, action: "typing" = "typing") {
      await call("sendChatAction", { chat_id: chatId, action });
    },
  };
}

export type ZaloClient = ReturnType<typeof createZaloClient>;
