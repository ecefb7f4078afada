import type { Engine } from "../../flows/engine/engine.js";
import type { Outbound } from "../../core/index.js";
import type { Locale, Translator } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import { PERSONAL_LINK_MINUTES, type FileLinks } from "../../files/links.js";
import type { FileStore } from "../../files/store.js";
import { renderPlainText } from "../plain-text.js";
import { ZALO_MAX_TEXT, type ZaloClient } from "./client.js";
import { toInboundEvent, type ZaloEvent } from "./inbound.js";
import { handleInbound } from "../boundary.js";
import type { Inbox } from "../../core/inbox-port.js";

export interface ZaloDeps {
  client: ZaloClient;
  engine: Pick<Engine, "handle">;
  translator: Translator;
  logger: Logger;
  /** Zalo cannot send files to a person: documents are stored and sent as signed links. */
  files: FileStore;
  links: FileLinks;
  defaultLocale: Locale;
  onNotified?: () => void;
  /** Where updates are kept before they are acknowledged (Zalo sends nothing twice). */
  inbox?: Inbox;
}

/** Engine replies as Zalo text messages: numbered choices, documents as download links. */
export function zaloRenderer(deps: Pick<ZaloDeps, "files" | "links" | "translator">, locale: Locale) {
  const t = (key: string, vars?: Record<string, string | number>) => deps.translator.t(locale, key, vars);
  return (messages: Outbound[]) =>
    renderPlainText(messages, {
      t,
      maxTextLength: ZALO_MAX_TEXT,
      document: async (m) => {
        // A person's own data never goes out as a 24-hour link: one use, 15 minutes, or not at all.
        if (m.owner !== undefined && !deps.links.personalUrlFor) throw new Error("personal download links are not configured");
        const stored = await deps.files.put(m.content, m.fileName, m.mime);
        if (m.owner !== undefined)
          return t("security-document-link-once", {
            name: m.fileName,
            url: await deps.links.personalUrlFor!(stored.key, m.owner),
            minutes: PERSONAL_LINK_MINUTES,
          });
        return t("zalo-document-link", { name: m.fileName, url: deps.links.urlFor(stored.key) });
      },
    });
}

/**
 * The Zalo adapter: one Zalo event in, the engine's replies out as text. It keeps no state; the
 * conversation, dedupe on message id and everything else live in the engine and the database.
 */
export function createZaloAdapter(deps: ZaloDeps) {
  const { client, engine, translator, logger } = deps;
  const boundary = {
    engine,
    translator,
    logger,
    defaultLocale: deps.defaultLocale,
    ...(deps.onNotified ? { onNotified: deps.onNotified } : {}),
  };
  const renderers = new Map<Locale, ReturnType<typeof zaloRenderer>>();
  /** Numbered-choice hints and link lines in the person's language, not the server's default. */
  const renderIn = (locale: Locale) => {
    let r = renderers.get(locale);
    if (!r) renderers.set(locale, (r = zaloRenderer(deps, locale)));
    return r;
  };

  /**
   * In order: text as messages, pictures with sendPhoto from a signed link (Zalo fetches the
   * picture itself; the link expires like every download link).
   */
  async function deliver(chatId: string, locale: Locale, replies: Outbound[]) {
    let pending: Outbound[] = [];
    const flush = async () => {
      for (const block of await renderIn(locale)(pending)) await client.sendMessage(chatId, block);
      pending = [];
    };
    for (const m of replies) {
      if (m.type !== "photo") {
        pending.push(m);
        continue;
      }
      await flush();
      const stored = await deps.files.put(m.content, m.fileName, "image/png");
      await client.sendPhoto(chatId, deps.links.urlFor(stored.key), m.caption);
    }
    await flush();
  }

  return {
    /**
     * Keeps the event (resolved once it is stored: only then may it be acknowledged), then handles
     * it; `done` settles when it is handled.
     */
    async receive(event: ZaloEvent): Promise<{ done: Promise<void> }> {
      const inbound = toInboundEvent(event);
      if (!inbound) return { done: Promise.resolve() };
      await deps.inbox?.keep("zalo", inbound.updateId, event);
      return { done: this.handle(event) };
    },

    /** Handles one event: the engine's step, then the replies. */
    async handle(event: ZaloEvent): Promise<void> {
      const inbound = toInboundEvent(event);
      if (!inbound) return;
      const chatId = event.message.chat.id;
      const { inbox } = deps;
      await handleInbound(boundary, inbound, {
        // Committed, replies included: the kept update has served.
        committed: (log) =>
          inbox?.done("zalo", inbound.updateId).catch((e) => log.warn({ err: e }, "kept zalo update not forgotten")) ?? Promise.resolve(),
        // The database is away: the kept update is handled again when it is back; nothing to say yet.
        later: (e) => inbox?.retriesAfter?.(e) ?? false,
        failed: async () => inbox?.done("zalo", inbound.updateId),
        send: (replies, locale) => deliver(chatId, locale, replies),
        sayFailed: (text) => client.sendMessage(chatId, text).then(() => {}),
      });
    },
  };
}

export type ZaloAdapter = ReturnType<typeof createZaloAdapter>;
