import type { Vars } from "./i18n.js";

/**
 * An error meant for a person: it carries a locale key, not text, so the CLI and every chat
 * channel can say it in the reader's language.
 */
export class UserError extends Error {
  override name = "UserError";
  constructor(
    readonly key: string,
    readonly vars: Vars = {},
  ) {
    super(key);
  }
}
