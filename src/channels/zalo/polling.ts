import type { Logger } from "../../logger.js";
import type { ZaloAdapter } from "./adapter.js";
import { ZaloApiError, type ZaloClient } from "./client.js";
import { parseZaloUpdate } from "./inbound.js";

/**
 * getUpdates polling, for development without a public https URL. Zalo returns one event per call
 * and has no offset, so this is one instance only; production uses the webhook.
 */
export function startZaloPolling(client: ZaloClient, adapter: ZaloAdapter, logger: Logger) {
  const abort = new AbortController();
  let current: Promise<void> = Promise.resolve();
  const loop = async () => {
    let failures = 0;
    while (!abort.signal.aborted) {
      try {
        const update = await client.getUpdates(30, abort.signal);
        failures = 0;
        const event = update ? parseZaloUpdate(update) : null;
        if (event) {
          current = (await adapter.receive(event)).done;
          await current;
        }
      } catch (e) {
        if (abort.signal.aborted) break;
        if (e instanceof ZaloApiError && e.code === 401) break;
        // A timed-out long poll is normal; anything else waits a little longer each time.
        if (!(e instanceof ZaloApiError && e.code === 408)) {
          failures++;
          logger.warn({ err: e, failures }, "zalo polling failed");
          await new Promise((r) => setTimeout(r, Math.min(30_000, 1000 * 2 ** failures)));
        }
      }
    }
  };
  const running = loop();
  logger.info("zalo polling started");
  return {
    /** Stops asking for updates and waits for the one in hand. */
    async stop() {
      abort.abort();
      await running;
      await current;
    },
  };
}
