import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Outbound } from "../../flows/engine/types.js";
import type { Vars } from "../../i18n.js";
import { splitText } from "../port.js";

export const CONSOLE_MAX_TEXT = 4096;

export interface RenderOptions {
  /** Translates the console's own words (choice hint, saved-file line) into the console's language. */
  t(key: string, vars?: Vars): string;
  /** Where documents are written; created on first use. */
  filesDir: string;
  maxTextLength?: number;
}

/**
 * Control characters (ESC above all) in stored text, such as an imported name, would let data
 * drive the terminal; the console prints plain text only.
 */
const plain = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");

/** A name that stays inside filesDir and opens on Windows too. */
function safeFileName(name: string): string {
  const base = path.basename(name.normalize("NFC").replace(/\\/g, "/"));
  const cleaned = base.replace(/[<>:"/\\|?*\u0000-\u001f]/g, "_").replace(/^\.+/, "").trim();
  return cleaned || "document";
}

/** Writes without overwriting an earlier export of the same name: "x.docx", "x (2).docx", … */
export async function saveDocument(dir: string, fileName: string, content: Uint8Array): Promise<string> {
  const folder = path.resolve(dir);
  await mkdir(folder, { recursive: true });
  const safe = safeFileName(fileName);
  const { name, ext } = path.parse(safe);
  for (let i = 1; ; i++) {
    const target = path.join(folder, i === 1 ? safe : `${name} (${i})${ext}`);
    try {
      await writeFile(target, content, { flag: "wx" });
      return target;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
}

/**
 * Renders engine replies as plain-text blocks, one per message part: choices as a numbered list
 * with a hint (the engine matches a typed number or label), documents saved to disk with their
 * path, links as text and URL. Used by the chat loop and by the notification sender alike.
 */
export async function renderOutbound(messages: Outbound[], opts: RenderOptions): Promise<string[]> {
  const limit = opts.maxTextLength ?? CONSOLE_MAX_TEXT;
  const blocks: string[] = [];
  for (const m of messages) {
    switch (m.type) {
      case "text":
        blocks.push(...splitText(plain(m.text), limit));
        break;
      case "choices": {
        const parts = splitText(plain(m.text), limit);
        const list = m.options.map((o, i) => `${i + 1}. ${plain(o.label)}`);
        parts[parts.length - 1] = [parts[parts.length - 1], ...list, opts.t("console-choice-hint", { example: 1 })].join("\n");
        blocks.push(...parts);
        break;
      }
      case "document": {
        const saved = await saveDocument(opts.filesDir, m.fileName, m.content);
        const lines = m.caption ? [plain(m.caption)] : [];
        lines.push(opts.t("console-document-saved", { path: saved }));
        blocks.push(lines.join("\n"));
        break;
      }
      case "link":
        blocks.push(opts.t("console-link", { text: plain(m.text), url: plain(m.url) }));
        break;
    }
  }
  return blocks;
}
