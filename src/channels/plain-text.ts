import type { Outbound } from "../core/index.js";
import type { Vars } from "../i18n.js";
import { splitText } from "../core/channel-port.js";

export type DocumentOutbound = Extract<Outbound, { type: "document" }>;

export interface PlainTextOptions {
  /** Translates the renderer's own words (the choice hint, the link line) into the reader's language. */
  t(key: string, vars?: Vars): string;
  maxTextLength: number;
  /**
   * How a document reaches a reader who can only get text: a saved path on the console, a signed
   * download link on Zalo. Returns the line to show.
   */
  document(m: DocumentOutbound): Promise<string>;
}

/**
 * Control characters (ESC above all) in stored text, such as an imported name, would let data
 * drive a terminal; text-only channels get plain text.
 */
export const plain = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");

/**
 * Engine replies as text messages for channels without buttons or files (console, Zalo): choices
 * become a numbered list with a hint (the engine accepts the number, the label, or the label
 * without diacritics), documents a line from `document`, links text and URL. Every block fits
 * the channel's limit.
 */
export async function renderPlainText(messages: Outbound[], opts: PlainTextOptions): Promise<string[]> {
  const limit = opts.maxTextLength;
  const blocks: string[] = [];
  for (const m of messages) {
    switch (m.type) {
      case "text":
        blocks.push(...splitText(plain(m.text), limit));
        break;
      case "choices": {
        const list = [...m.options.map((o, i) => `${i + 1}. ${plain(o.label)}`), opts.t("choice-hint", { example: 1 })].join("\n");
        // The list stays whole under its question when it can; a long question is split before it.
        const joined = `${plain(m.text)}\n${list}`;
        blocks.push(...(joined.length <= limit ? [joined] : [...splitText(plain(m.text), limit), ...splitText(list, limit)]));
        break;
      }
      case "document": {
        const lines = m.caption ? [plain(m.caption)] : [];
        lines.push(await opts.document(m));
        blocks.push(...splitText(lines.join("\n"), limit));
        break;
      }
      case "photo": {
        // Where the channel cannot show it (the console), the picture is a file like a document.
        const lines = m.caption ? [plain(m.caption)] : [];
        lines.push(await opts.document({ type: "document", fileName: m.fileName, mime: "image/png", content: m.content }));
        blocks.push(...splitText(lines.join("\n"), limit));
        break;
      }
      case "link":
        blocks.push(...splitText(opts.t("link-line", { text: plain(m.text), url: m.url }), limit));
        break;
    }
  }
  return blocks;
}
