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
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * Text a spreadsheet would read as a formula (OWASP ASVS 1.2.10). We refuse it on input where a
 * name or code is expected and escape it on export.
 */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r]/u.test(value);
}

/** True when the text carries at least one letter or digit (not only emoji or punctuation). */
export function hasWordCharacter(value: string): boolean {
  return /[\p{L}\p{N}]/u.test(value);
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/**
 * Vietnamese order for people: by given name (the last word), then family and middle names, which
 * is how Vietnamese class and staff lists are read.
 */
export function compareVietnameseNames(a: string, b: string): number {
  const key = (n: string) => {
    const words = cleanText(n).split(" ");
    const given = words.pop() ?? "";
    return [given, words.join(" ")] as const;
  };
  const [ga, ra] = key(a);
  const [gb, rb] = key(b);
  return collator.compare(ga, gb) || collator.compare(ra, rb) || collator.compare(a, b);
}

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
