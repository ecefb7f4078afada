/**
 * Cell values as they leave the application. A spreadsheet reads text that starts with = + - @,
 * TAB or CR as a formula (OWASP ASVS 1.2.10, "CSV injection"); such text gets a leading
 * apostrophe in every format we write, so opening an export never runs anything.
 */

import { stripUnsafe } from "../domain/safe-text.js";

/** What a row of an export holds: text, a number, an instant (shown as a local date), or nothing. */
export type Cell = string | number | Date | null;

const FORMULA_START = /^[=+\-@\t\r]/u;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field (RFC 4180): quoted when it holds a quote, comma, CR or LF; quotes doubled. */
export function csvField(text: string): string {
  const safe = escapeFormula(stripUnsafe(text));
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
