import { stripUnsafe } from "./safe-text.js";

/**
 * Vietnamese text helpers. Phones and Windows send the same word in different Unicode forms (NFC
 * and decomposed NFD); everything is stored as NFC and compared folded.
 */

/** NFC, trimmed, inner runs of white space collapsed to one space. */
export function cleanText(value: string): string {
  return value.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Lower case, no diacritics, đ → d: "Mã Đơn vị" and "ma don vi" fold to the same key. */
export function foldVietnamese(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/\s+/gu, " ").trim();
}

/**
 * Text a spreadsheet would read as a formula (OWASP ASVS 1.2.10). We refuse it on import where a
 * name or code is expected, and escape it on export.
 */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r]/u.test(value);
}

/**
 * Text that can only be a spreadsheet formula, not an answer a person means: a function call
 * ("=HYPERLINK(…)", "@SUM(…)"), a cell reference ("=A1", "+B2*3"), or a DDE command
 * ("=cmd|' /C calc'!A0"). "-5% học sinh bỏ học" and "+2" are real answers and pass: the exports
 * write them so that nothing runs (a text cell in Excel, an apostrophe in CSV).
 */
export function isSpreadsheetFormula(value: string): boolean {
  const s = value.trimStart();
  if (!/^[=+\-@]/u.test(s)) return false;
  const body = s.slice(1).trimStart();
  return (
    /^[A-Za-z_][A-Za-z0-9_.]*\(/u.test(body) || // a function call
    /^\$?[A-Za-z]{1,3}\$?\d+\b/u.test(body) || // a cell reference
    /\|.*!/u.test(body) || // DDE: program|topic!item
    (s[0] === "=" && /^[\d\s.,+\-*/^()%]+$/u.test(body) && /[+\-*/^]/u.test(body)) // arithmetic such as "=1+1"
  );
}

/**
 * Drops control characters (a pasted NUL, a form feed) that XML cannot carry and that show as boxes
 * in a spreadsheet; line breaks stay (as LF), tabs become spaces.
 */
export function dropControlCharacters(value: string): string {
  return stripUnsafe(value.replace(/\r\n?/gu, "\n").replace(/\t/gu, " ")).replace(/[\ufffe\uffff]/gu, "");
}

/** True when the text carries at least one letter or digit (not only emoji or punctuation). */
export function hasWordCharacter(value: string): boolean {
  return /[\p{L}\p{N}]/u.test(value);
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
/** Base letters and tones (Dung < Dùng < Dủng < Dũng < Dúng < Dụng), case ignored. */
const toneCollator = new Intl.Collator("vi", { sensitivity: "accent", numeric: true });
const strictCollator = new Intl.Collator("vi", { numeric: true });

/** A person's name split for sorting: the given name (last word) and the family and middle names. */
export function nameSortKey(name: string): { given: string; rest: string; full: string } {
  const words = cleanText(name).split(" ");
  const given = words.pop() ?? "";
  return { given, rest: words.join(" "), full: words.length ? `${words.join(" ")} ${given}` : given };
}

/**
 * Vietnamese order for people, as class and staff lists are read: by given name with its tone
 * (every Dung before every Dũng), then family and middle names, then case.
 */
export function compareNameKeys(a: ReturnType<typeof nameSortKey>, b: ReturnType<typeof nameSortKey>): number {
  return toneCollator.compare(a.given, b.given) || toneCollator.compare(a.rest, b.rest) || strictCollator.compare(a.full, b.full);
}

export function compareVietnameseNames(a: string, b: string): number {
  return compareNameKeys(nameSortKey(a), nameSortKey(b));
}

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
