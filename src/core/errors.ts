import type { Vars } from "./messages.js";

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

/** The actor may not do this (any more): a use case's refusal, said the same way by every flow. */
export class NotAllowed extends UserError {
  constructor() {
    super("flow-not-allowed");
  }
}
