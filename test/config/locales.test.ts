import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localesDir } from "../../src/i18n.js";

/** Every message id of one locale, from locales/<l>.ftl and every file under locales/<l>/. */
function keysOf(locale: string): Map<string, string> {
  const files = [path.join(localesDir, `${locale}.ftl`)];
  const dir = path.join(localesDir, locale);
  try {
    if (statSync(dir).isDirectory()) for (const f of readdirSync(dir)) if (f.endsWith(".ftl")) files.push(path.join(dir, f));
  } catch {
    // No per-feature folder for this locale.
  }
  const keys = new Map<string, string>();
  for (const file of files) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const m = /^([a-zA-Z][\w-]*)\s*=/.exec(line);
      if (m) {
        if (keys.has(m[1]!)) throw new Error(`${m[1]} is defined twice (${keys.get(m[1]!)} and ${path.basename(file)})`);
        keys.set(m[1]!, path.relative(localesDir, file));
      }
    }
  }
  return keys;
}

describe("locales", () => {
  const vi = keysOf("vi");
  const en = keysOf("en");

  it("Vietnamese and English have the same message ids, each defined once", () => {
    expect([...vi.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !vi.has(k))).toEqual([]);
  });
});
