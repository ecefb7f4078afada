import { z } from "zod";
import { parseVnDate } from "../../domain/calendar.js";
import { cleanText, foldVietnamese, hasWordCharacter, isSpreadsheetFormula } from "../../domain/text.js";
import type { InboundPayload, Option } from "./types.js";

/**
 * A free-text answer: NFC, trimmed, with words in it, not a spreadsheet formula, within a length. Every
 * message is a locale key; the engine says it and asks the same step again.
 */
export function textAnswer(opts: { max: number; min?: number; /** Units of measure: "%" is a whole answer. */ symbols?: boolean }) {
  return z
    .string()
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, { error: "input-empty" })
        .max(opts.max, { error: "input-too-long" })
        .refine((s) => hasWordCharacter(s) || (!!opts.symbols && /^[%‰°]+$/u.test(s)), { error: "input-no-words" })
        .refine((s) => !isSpreadsheetFormula(s), { error: "input-formula" })
        .refine((s) => [...s].length >= (opts.min ?? 1), { error: "input-too-short" }),
    ) as unknown as z.ZodType<string, string>;
}

/** "1.500", "1 500", "12,5" and "12.5" as people type them. */
export function parseNumber(text: string): number | null {
  const s = text.replace(/\s/g, "");
  if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ""));
  if (/^-?\d+([.,]\d+)?$/.test(s)) return Number(s.replace(",", "."));
  return null;
}

export function parseDateAnswer(text: string): string | null {
  const d = parseVnDate(text);
  return d ? `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}` : null;
}

/**
 * Finds the option a typed answer means: its number in the list, its label, or its label typed
 * without diacritics (Zalo and console users type; Telegram users usually press a button).
 */
export function matchOption<V extends string>(options: Option<V>[], text: string): Option<V> | null {
  const cleaned = cleanText(text);
  // "1." and "1)" are how a numbered list is often answered.
  const n = /^\d{1,3}[.)]?$/.test(cleaned) ? Number(cleaned.replace(/[.)]$/, "")) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= options.length) return options[n - 1]!;
  // Labels carry emoji and arrows ("➕ Thêm", "« Quay lại"); people type only the words.
  const words = (s: string) =>
    foldVietnamese(s)
      .replace(/[^\p{L}\p{N} ]/gu, "")
      .replace(/\s+/g, " ")
      .trim();
  const typed = words(cleaned);
  if (!typed) return null;
  return options.find((o) => o.label === cleaned) ?? options.find((o) => words(o.label) === typed) ?? null;
}

const COMMAND_RE = /^\/([A-Za-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/;

/** Text from Zalo or the console: "/dangky" is a command there too. */
export function textToPayload(text: string): InboundPayload {
  const m = COMMAND_RE.exec(text.trim());
  if (m) return { kind: "command", name: m[1]!.toLowerCase(), args: (m[2] ?? "").trim() };
  return { kind: "text", text };
}

/**
 * One page of a long list as choices, with « Trước » / « Sau » where there is more: a list of
 * staff fits a phone screen, and the buttons name items, never positions.
 */
export function pageOfOptions<T>(
  t: (key: string) => string,
  items: T[],
  page: number,
  size: number,
  toOption: (item: T) => Option,
): Option[] {
  return [
    ...items.slice(page * size, page * size + size).map(toOption),
    ...(page > 0 ? [{ value: "prev", label: t("common-prev") }] : []),
    ...((page + 1) * size < items.length ? [{ value: "next", label: t("common-next") }] : []),
  ];
}

/** The page a "prev" or "next" answer turns to; null for any other answer. */
export function turnedPage(value: string, page: number | undefined): number | null {
  if (value === "next") return (page ?? 0) + 1;
  if (value === "prev") return Math.max(0, (page ?? 0) - 1);
  return null;
}
