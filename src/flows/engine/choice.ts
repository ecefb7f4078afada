import { createHash } from "node:crypto";
import { cleanText } from "../../domain/text.js";
import { matchOption } from "./input.js";
import type { Option } from "./types.js";

/**
 * Where the engine keeps, in the conversation's data, the digests of the options last shown: a
 * number typed on Zalo or the console ("2") means the second item *as shown*, not as the list
 * stands now.
 */
export const SHOWN_KEY = "__shown";

/**
 * Names one option as it was shown: its value (an item id, a code) and its label. A list that
 * changed under the person (another focal person deleted a target) no longer has that option, and
 * an answer naming it is refused as stale instead of hitting whatever moved into its place.
 */
export function optionDigest(option: Option): string {
  return createHash("sha256").update(`${option.value}\u0000${option.label}`).digest("base64url").slice(0, 10);
}

export function choiceToken(version: number, index: number, option: Option): string {
  return `${version}:${index}:${optionDigest(option)}`;
}

/**
 * The option a button token names. "old": the button belongs to an earlier question; "stale": the
 * question is current but the item it names is gone or changed.
 */
export function optionForToken(options: Option[], token: string, version: number): Option | "old" | "stale" {
  const [v, i, digest] = token.split(":");
  if (Number(v) !== version || !digest || !/^\d{1,4}$/.test(i ?? "")) return "old";
  const at = options[Number(i)];
  if (at && optionDigest(at) === digest) return at;
  return options.find((o) => optionDigest(o) === digest) ?? "stale";
}

/**
 * The option a typed answer means: a number refers to the list as it was shown (`shown`), and
 * must still be offered now; a label names the option itself. null: no option meant.
 */
export function optionForText(options: Option[], shown: unknown, text: string): Option | "stale" | null {
  const cleaned = cleanText(text);
  // "1." and "1)" are how a numbered list is often answered.
  if (/^\d{1,3}[.)]?$/.test(cleaned)) {
    const n = Number(cleaned.replace(/[.)]$/, ""));
    if (!Array.isArray(shown)) return n >= 1 && n <= options.length ? "stale" : null;
    if (n < 1 || n > shown.length) return null;
    return options.find((o) => optionDigest(o) === shown[n - 1]) ?? "stale";
  }
  return matchOption(options, text);
}
