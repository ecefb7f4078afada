import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Outbound } from "../../core/index.js";
import type { Vars } from "../../i18n.js";
import { renderPlainText } from "../plain-text.js";

export const CONSOLE_MAX_TEXT = 4096;

export interface RenderOptions {
  /** Translates the console's own words (choice hint, saved-file line) into the console's language. */
  t(key: string, vars?: Vars): string;
  /** Where documents are written; created on first use. */
  filesDir: string;
  maxTextLength?: number;
}

/** A name that stays inside filesDir and opens on Windows too. */
function safeFileName(name: string): string {
  const base = path.basename(name.normalize("NFC").replace(/\\/g, "/"));
  const cleaned = base
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, "_")
    .replace(/^\.+/, "")
    .trim();
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
 * Engine replies as plain-text blocks for the terminal: documents are saved to disk and shown
 * by path. Used by the chat loop and by the notification sender alike.
 */
export async function renderOutbound(messages: Outbound[], opts: RenderOptions): Promise<string[]> {
  return renderPlainText(messages, {
    t: opts.t,
    maxTextLength: opts.maxTextLength ?? CONSOLE_MAX_TEXT,
    document: async (m) => opts.t("console-document-saved", { path: await saveDocument(opts.filesDir, m.fileName, m.content) }),
  });
}
