import path from "node:path";
import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export type { Vars } from "./core/messages.js";
import type { Vars } from "./core/messages.js";

export const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../locales");

export interface Translator {
  t(locale: Locale, key: string, vars?: Vars): string;
  /** The underlying grammY plugin instance, for the Telegram adapter's middleware. */
  readonly i18n: I18n;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * One translator for every channel and for the CLI: the grammY plugin is used as a plain Fluent
 * loader so console, Zalo and the reminder service share the Telegram bot's texts.
 */
export function createTranslator(defaultLocale: Locale = "vi", directory = localesDir): Translator {
  const i18n = new I18n({
    defaultLocale,
    // Isolation marks (U+2068/9) around variables show up as junk in some Android fonts.
    fluentBundleOptions: { useIsolating: false },
    // A missing key renders as the key itself; the locale parity test catches it instead of a log.
    fluentOptions: { warningHandler: () => {} },
  });
  i18n.loadLocalesDirSync(directory);
  // Texts without variables (button labels, most prompts) never change once loaded; the plugin
  // negotiates the locale again on every call, which showed in the chat-step profile.
  const plain = new Map<string, string>();
  return {
    i18n,
    t(locale, key, vars) {
      if (vars) return i18n.t(locale, key, vars);
      const id = `${locale}\u0000${key}`;
      let text = plain.get(id);
      if (text === undefined) plain.set(id, (text = i18n.t(locale, key)));
      return text;
    },
  };
}

/**
 * The language a client asks for (Telegram's language_code is "vi", "en", "en-GB", …): anything
 * not Vietnamese gets English; no code at all gets `fallback`. The one rule for a chat's language
 * before the person picks one, in the engine's stores and the channels' error boundary alike.
 */
export function localeFromClient(code: string | undefined, fallback: Locale): Locale {
  if (!code) return fallback;
  return code.toLowerCase().startsWith("vi") ? "vi" : "en";
}
