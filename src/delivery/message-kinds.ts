import type { Db } from "../db/client.js";
import type { ChannelName, outbox } from "../db/schema.js";
import type { Outbound } from "../core/index.js";
import type { Locale, Vars } from "../i18n.js";

export type OutboxRow = typeof outbox.$inferSelect;

export interface RenderContext {
  channel: ChannelName;
  locale: Locale;
  t(key: string, vars?: Vars): string;
}

/**
 * What the dispatcher needs to know about one kind of outbox message. A feature that sends its own
 * kind (announcements) describes it here instead of adding a branch to the dispatcher.
 */
export interface MessageKind {
  /** Not worth waking anybody for: held during the quiet hours. */
  holdAtNight?(row: OutboxRow): boolean;
  /** Old news helps nobody: dropped when it is this much later than it was queued. */
  dropAfterMs?: number;
  /** Why a queued message should no longer go out, or null when it still should. */
  stale?(db: Db, row: OutboxRow): Promise<string | null>;
  /** The messages as this recipient's channel shows them; default: the locale key as one text. */
  render?(row: OutboxRow, ctx: RenderContext): Promise<Outbound[]> | Outbound[];
}

export type MessageKinds = Record<string, MessageKind>;

/** The default rendering: the row's locale key in the recipient's language. */
export const textOf = (row: OutboxRow, ctx: RenderContext): Outbound[] => [
  { type: "text", text: ctx.t(row.message.key, row.message.vars) },
];
