import type { Actor } from "../core/actor.js";
import type { InboundEvent } from "../core/messages.js";
import type { Db } from "../db/client.js";
import type { MessageKinds } from "../delivery/message-kinds.js";
import type { Flow } from "../flows/engine/types.js";

/** A command word pair: English first, then its Vietnamese twin (/register, /dangky). */
export interface CommandSpec {
  words: readonly [en: string, vi: string];
  /**
   * The flow the command starts; who may use it is that flow's `allowed` (checked on every step).
   * None: the engine's own command (help, cancel).
   */
  flow?: { readonly name: string };
}

/** A redirection the engine asks the features about (see EngineDeps.idleText and sideAction). */
type Redirect = { flow: string; data: Record<string, unknown> } | null;

/**
 * Everything the rest of the bot needs to know about one feature. The list in features/index.ts
 * feeds the engine (flows, command words), the Telegram menu, /help and the outbox sender.
 */
export interface Feature<C extends Record<string, CommandSpec> = Record<string, CommandSpec>> {
  name: string;
  /** Its commands; the menu lists them in the order of the feature list. */
  commands?: C;
  // Each flow has its own data type; the engine treats them alike.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  flows?: Flow<any>[];
  /** The locale keys of its /help lines for this person (paragraphs, in the order of the list). */
  help?(actor: Actor | null): string[];
  /** Its locale files, locales/{vi,en}/<name>.ftl (loaded with the rest of locales/). */
  locales?: string[];
  /** The kinds of outbox message it sends, with their delivery policy (quiet hours, staleness). */
  messageKinds?(deps: { db: Db; timeZone: string }): MessageKinds;
  /** Text typed outside any flow that starts one of its flows. */
  idleText?(text: string, actor: Actor | null): Redirect;
  /** A button or word that works whatever the person is doing. */
  sideAction?(payload: InboundEvent["payload"], actor: Actor | null): Redirect;
}

// A feature without commands declares none: its command names must not widen CommandName to string.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export const defineFeature = <const C extends Record<string, CommandSpec> = {}>(feature: Feature<C>): Feature<C> => feature;

/** A feature's commands as [name, spec] pairs, in declaration order. */
export const commandsOf = (feature: { commands?: Record<string, CommandSpec> }): Array<[string, CommandSpec]> =>
  Object.entries(feature.commands ?? {});
