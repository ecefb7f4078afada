import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { commandsOf } from "../../src/features/feature.js";
import { features } from "../../src/features/index.js";
import { localesDir } from "../../src/i18n.js";
import { translator } from "../support/chat.js";

describe("the list of features", () => {
  it("every declared locale file exists in Vietnamese and English", () => {
    const missing = features
      .flatMap((f) => (f.locales ?? []).flatMap((name) => ["vi", "en"].map((l) => path.join(l, `${name}.ftl`))))
      .filter((file) => !existsSync(path.join(localesDir, file)));
    expect(missing).toEqual([]);
  });

  it("every command word is taken once, and every command has its menu text in both languages", () => {
    const words = features.flatMap((f) => commandsOf(f).flatMap(([, spec]) => [...new Set(spec.words)]));
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
    const names = features.flatMap((f) => commandsOf(f).map(([name]) => name));
    expect(
      names.filter(
        (n) =>
          translator.t("vi", `telegram-cmd-${n}`) === `telegram-cmd-${n}` ||
          translator.t("en", `telegram-cmd-${n}`) === `telegram-cmd-${n}`,
      ),
    ).toEqual([]);
  });
});
