/**
 * Characters that have no business in a name, an answer or a CSV cell, taken out at the boundary
 * (chat text, imported files, exports, the admin's terminal):
 * - C0/C1 control characters (ESC drives a terminal: "\u001b[J\u001bc" clears the admin's screen),
 *   except TAB, LF and CR which text legitimately holds;
 * - bidirectional overrides and isolates (they make "xlsx.exe" read as "exe.xlsx");
 * - zero-width characters and the BOM (two names that look alike but differ);
 * - lone UTF-16 surrogates (not text; PostgreSQL refuses them).
 * NUL is among the controls; a file line with NUL is refused instead (see hasNul).
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function stripUnsafe(text: string): string {
  return text.replace(LONE_SURROGATE, "").replace(UNSAFE, "");
}

export function hasUnsafe(text: string): boolean {
  return stripUnsafe(text) !== text;
}

export const hasNul = (text: string) => text.includes("\u0000");

/** For a terminal: also no line breaks other than LF (a CR would overwrite what was printed). */
export function terminalSafe(text: string): string {
  return stripUnsafe(text).replace(/\r/g, "");
}
