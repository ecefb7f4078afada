import { stripUnsafe } from "../domain/safe-text.js";
import { dropControlCharacters } from "../domain/text.js";

/**
 * Cell values as they leave the application. In CSV, a spreadsheet reads text that starts with
 * = + - @, TAB or CR as a formula (OWASP ASVS 1.2.10, "CSV injection"): such a field gets a
 * leading apostrophe. In xlsx the same text is written as a text cell, which no spreadsheet runs,
 * so the clerk sees it exactly as typed.
 */

/** What a row of an export holds: text, a number, an instant (shown as a local date), or nothing. */
export type Cell = string | number | Date | null;

const FORMULA_START = /^[=+\-@\t\r]/u;

export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Text as any export writes it: control characters dropped, line breaks as LF. */
export const cleanCellText = dropControlCharacters;

/** One CSV field (RFC 4180): quoted when it holds a quote, comma, CR or LF; quotes doubled. */
export function csvField(text: string): string {
  const safe = escapeFormula(stripUnsafe(text));
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
