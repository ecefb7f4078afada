import { failureLocale, type Engine, type EngineResult } from "../flows/engine/engine.js";
import type { InboundEvent, Outbound } from "../flows/engine/types.js";
import { localeFromClient, type Locale, type Translator } from "../i18n.js";
import { updateLogger, type Logger } from "../logger.js";

/**
 * The one error boundary of every channel (Telegram, Zalo, the console): an update goes through
 * the engine, its replies out, and a failure is logged (the update's ids, never its text) and
 * answered with the same friendly sentence in the person's language. The engine rolled its
 * transaction back, so nothing the person answered earlier is lost and this answer was not stored:
 * asking them to send it again is the truth.
 */
export interface BoundaryDeps {
  engine: Pick<Engine, "handle">;
  translator: Translator;
  logger: Logger;
  defaultLocale: Locale;
  /** Called when a step queued notifications, so the outbox is sent now rather than at the next tick. */
  onNotified?: () => void;
}

/** What one channel does around the engine's step. */
export interface ChannelIo {
  /** Sends the step's replies (in `locale`, for the channel's own words). */
  send(replies: Outbound[], locale: Locale): Promise<void>;
  /** Tells the person the step failed. */
  sayFailed(text: string): Promise<void>;
  /** The step committed, or the update was handled before: a kept copy of it has served. */
  committed?(log: Logger): Promise<void>;
  /** Before the replies of a step (not of a duplicate): the pressed keyboard has served. */
  beforeReplies?(): Promise<void>;
  /** The update is kept and will be handled again (the database is away): say nothing now. */
  later?(e: unknown): boolean;
  /** A failure that is not for later: a kept copy of the update has served too. */
  failed?(): Promise<void>;
}

/** The language of the failure reply: the conversation's, else the client's, else the default. */
export function failureReplyLocale(e: unknown, event: InboundEvent, defaultLocale: Locale): Locale {
  return failureLocale(e) ?? localeFromClient(event.languageCode, defaultLocale);
}

/** Runs one update through the engine inside the boundary; resolves once it is handled, never rejects. */
export async function handleInbound(deps: BoundaryDeps, event: InboundEvent, io: ChannelIo): Promise<void> {
  const channel = event.user.channel;
  const log = updateLogger(deps.logger, event);
  let result: EngineResult;
  try {
    result = await deps.engine.handle(event, { log });
  } catch (e) {
    if (io.later?.(e)) {
      log.warn({ err: e }, `${channel} update kept for later`);
      return;
    }
    await io.failed?.().catch(() => {});
    log.error({ err: e }, `${channel} update failed`);
    await io.sayFailed(deps.translator.t(failureReplyLocale(e, event, deps.defaultLocale), "update-failed")).catch(() => {});
    return;
  }
  await io.committed?.(log);
  if (result.duplicate) {
    log.debug("duplicate update ignored");
    return;
  }
  await io.beforeReplies?.();
  if (result.notified) deps.onNotified?.();
  try {
    await io.send(result.replies, result.locale);
    result.delivered?.();
  } catch (e) {
    // The answer and its replies are stored; a redelivery or the recovery sweep sends them later.
    log.warn({ err: e }, `${channel} reply not delivered`);
  }
}
