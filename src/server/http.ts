import { timingSafeEqual } from "node:crypto";
import { serve, type ServerType } from "@hono/node-server";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { bodyLimit } from "hono/body-limit";
import { Hono } from "hono";
import type { ZaloAdapter } from "../channels/zalo/adapter.js";
import { parseZaloUpdate } from "../channels/zalo/inbound.js";
import { PERSONAL_TOKEN_RE, verifyFileToken } from "../files/links.js";
import type { PersonalDownloads } from "../files/personal.js";
import type { FileStore } from "../files/store.js";
import { createTranslator } from "../i18n.js";
import type { Logger } from "../logger.js";
import { webRoutes, type WebDeps } from "../web/routes.js";

export interface HttpDeps {
  logger: Logger;
  /** Database reachable and every migration applied. */
  ready(): Promise<boolean>;
  /** More for /readyz's body: the last lost database connection and its recovery, the sender lock. */
  readiness?(): Record<string, unknown>;
  /** answerWithinMs: how long a webhook call may wait for its update (tests shorten it). */
  telegram?: { bot: Bot; secret: string; answerWithinMs?: number };
  zalo?: { adapter: ZaloAdapter; secret: string };
  /** personal: the one-use links to a person's own data (/me), when a database backs them. */
  files?: { store: FileStore; secret: string; personal?: PersonalDownloads | undefined };
  /** The web workspace under /web. */
  web?: WebDeps;
  now?: () => Date;
}

/** Well under Telegram's own patience with a webhook, which resends updates it deems lost. */
export const TELEGRAM_ANSWER_WITHIN_MS = 8_000;

/** Compares secrets in constant time, so response timing says nothing about how close a guess was. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `filename*` keeps Vietnamese names intact; the ASCII fallback is for old clients. */
function contentDisposition(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** An update is a few kilobytes; anything over this is refused before it is read or parsed. */
export const WEBHOOK_MAX_BYTES = 1024 * 1024;
const webhookBodyLimit = bodyLimit({ maxSize: WEBHOOK_MAX_BYTES, onError: (c) => c.text("payload too large", 413) });

/**
 * The HTTP face of the bot: webhooks for Telegram and Zalo, health for the orchestrator, and
 * signed download links. Webhook work in flight is tracked so a shutdown can wait for it.
 */
export function createHttpApp(deps: HttpDeps) {
  const app = new Hono();
  const now = deps.now ?? (() => new Date());
  const inFlight = new Set<Promise<void>>();
  let accepting = true;

  app.get("/healthz", (c) => c.json({ ok: true }));
  app.get("/readyz", async (c) => {
    const ok = (await deps.ready()) && accepting;
    return c.json({ ok, ...deps.readiness?.() }, ok ? 200 : 503);
  });

  if (deps.telegram) {
    const { bot, secret } = deps.telegram;
    const answerWithin = deps.telegram.answerWithinMs ?? TELEGRAM_ANSWER_WITHIN_MS;
    let init: Promise<void> | null = null;
    app.post("/telegram/webhook", webhookBodyLimit, async (c) => {
      if (!sameSecret(c.req.header("x-telegram-bot-api-secret-token"), secret)) return c.text("unauthorized", 401);
      if (!accepting) return c.text("shutting down", 503);
      const update = (await c.req.json().catch(() => null)) as Update | null;
      if (!update || typeof update.update_id !== "number") {
        deps.logger.warn("telegram webhook body not understood");
        return c.json({ ok: true });
      }
      await (init ??= bot.init());
      const work = bot
        .handleUpdate(update)
        .catch((e) => deps.logger.error({ err: e, updateId: update.update_id }, "telegram update failed"));
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
      // Answered when the update is handled, so a crash before that makes Telegram send it again.
      // A long one (a province's Word zip) is answered after a while and goes on: Telegram would
      // otherwise time out and resend it while the first is still running.
      let timer: NodeJS.Timeout | undefined;
      const slow = new Promise<"slow">((resolve) => (timer = setTimeout(() => resolve("slow"), answerWithin)));
      if ((await Promise.race([work, slow])) === "slow")
        deps.logger.warn({ updateId: update.update_id }, "telegram update still running; webhook answered");
      clearTimeout(timer);
      return c.json({ ok: true });
    });
  }

  if (deps.zalo) {
    const { adapter, secret } = deps.zalo;
    app.post("/zalo/webhook", webhookBodyLimit, async (c) => {
      if (!sameSecret(c.req.header("x-bot-api-secret-token"), secret)) return c.json({ ok: false }, 401);
      if (!accepting) return c.json({ ok: false }, 503);
      const event = parseZaloUpdate(await c.req.json().catch(() => null));
      if (!event) {
        deps.logger.warn("zalo webhook body not understood");
        return c.json({ ok: true });
      }
      // Kept before the answer (Zalo never sends it again), then handled after it: Zalo retries slow
      // webhooks, and the engine would then see the same message twice.
      let received: { done: Promise<void> };
      try {
        received = await adapter.receive(event);
      } catch (e) {
        deps.logger.error({ err: e }, "zalo event not kept");
        return c.json({ ok: false }, 503);
      }
      const work = received.done.catch((e) => deps.logger.error({ err: e }, "zalo event failed"));
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
      return c.json({ ok: true });
    });
  }

  if (deps.files) {
    const { store, secret } = deps.files;
    // A link may be opened by anyone, signed in or not: say it in Vietnamese first, then English.
    const translator = createTranslator();
    const both = (key: string) => `${translator.t("vi", key)} / ${translator.t("en", key)}`;
    const escape = (text: string) => text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
    /** A refused personal link: a short page in both languages saying why and what to do. */
    const refusedPage = (key: string) =>
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(translator.t("vi", "files-page-title"))}</title></head><body>` +
      `<p>${escape(translator.t("vi", key))}</p><p>${escape(translator.t("vi", "files-personal-again"))}</p><hr>` +
      `<p lang="en">${escape(translator.t("en", key))}</p><p lang="en">${escape(translator.t("en", "files-personal-again"))}</p></body></html>`;
    const refused = {
      invalid: ["files-link-invalid", 403],
      used: ["files-personal-used", 410],
      expired: ["files-personal-expired", 410],
    } as const;
    app.get("/files/:token", async (c) => {
      const token = c.req.param("token");
      let file: Awaited<ReturnType<FileStore["get"]>>;
      if (deps.files?.personal && PERSONAL_TOKEN_RE.test(token)) {
        // A person's own data: once, within 15 minutes, then the link and the file are gone.
        const opened = await deps.files.personal.open(token, now());
        if ("problem" in opened) {
          const [key, status] = refused[opened.problem];
          return c.html(refusedPage(key), status, { "cache-control": "no-store" });
        }
        file = opened.file;
      } else {
        const key = verifyFileToken(token, now(), secret);
        if (!key) return c.text(both("files-link-invalid"), 403);
        file = await store.get(key);
      }
      if (!file) return c.text(both("files-not-found"), 404);
      return c.body(file.content as Uint8Array<ArrayBuffer>, 200, {
        "content-type": file.mime,
        "content-disposition": contentDisposition(file.name),
        "cache-control": "private, no-store",
      });
    });
  }

  if (deps.web) app.route("/web", webRoutes(deps.web));

  return {
    app,
    /** Resolves when the webhook work accepted so far is done (tests, shutdown). */
    async idle() {
      await Promise.allSettled([...inFlight]);
    },
    /** Stops taking webhook updates and waits for those already accepted. */
    async drain() {
      accepting = false;
      await Promise.allSettled([...inFlight]);
    },
  };
}

export type HttpApp = ReturnType<typeof createHttpApp>;

export function listen(http: HttpApp, port: number, logger: Logger): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: http.app.fetch, port, hostname: "0.0.0.0" }, (info) => {
      logger.info({ port: info.port }, "http server listening");
      resolve(server);
    });
    // A port already taken is reported to the caller, which decides whether the app can go on without it.
    server.once("error", reject);
  });
}

export function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
