import path from "node:path";
import { createTranslator, type Locale, type Translator } from "../../i18n.js";
import type { ChannelSender } from "../../core/channel-port.js";
import { CONSOLE_MAX_TEXT, renderOutbound } from "./render.js";

export interface ConsoleSenderOptions {
  translator?: Translator;
  /** Language of the console's own words (the notification text is already in the recipient's). */
  locale?: Locale;
  /** Where documents go; default ./data/exports, matching the default DATA_DIR. */
  filesDir?: string;
}

/**
 * Delivers outbox notifications for console personas by printing them, marked with the recipient
 * ("[→ person-12] …"): in a local demo every persona shares one terminal.
 */
export function createConsoleSender(output: NodeJS.WritableStream, options: ConsoleSenderOptions = {}): ChannelSender {
  const locale = options.locale ?? "vi";
  const translator = options.translator ?? createTranslator(locale);
  const filesDir = options.filesDir ?? path.join("data", "exports");
  return {
    channel: "console",
    maxTextLength: CONSOLE_MAX_TEXT,
    // Documents are written to disk, whatever their size.
    maxDocumentBytes: Number.MAX_SAFE_INTEGER,
    async send(externalId, messages) {
      const blocks = await renderOutbound(messages, {
        t: (key, vars) => translator.t(locale, key, vars),
        filesDir,
        maxTextLength: CONSOLE_MAX_TEXT,
      });
      for (const block of blocks) output.write(`[→ ${externalId}] ${block}\n`);
    },
  };
}
