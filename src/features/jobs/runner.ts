import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { ChannelSender } from "../../core/channel-port.js";
import type { Db } from "../../db/client.js";
import type { ChannelName, JobRecipient } from "../../db/schema.js";
import type { FileLinks } from "../../files/links.js";
import type { FileStore, StoredFile } from "../../files/store.js";
import type { Locale, Translator, Vars } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import { claimJob, jobEvents, finishJob, heartbeat, loadJob, markDelivered, releaseJob, saveResult, type JobRow } from "./queue.js";

/** What a job kind is given while it runs. */
export interface JobRunContext {
  db: Db;
  provinceId: number;
  payload: Record<string, unknown>;
  /** Call as work advances; the runner renews the lease and updates the progress messages. */
  progress(done: number, total: number): void;
  /** Aborted when the lease is lost (another instance took the job): stop and return. */
  signal: AbortSignal;
}

export interface JobFile {
  name: string;
  mime: string;
  content: Uint8Array;
}

/**
 * One kind of background work (a province's Word zip; later dossiers, statistics, the web
 * workspace's exports): how to run it and what to tell the people who asked. Message keys get
 * `done`, `total` and the file's `name`.
 */
export interface JobKind {
  kind: string;
  run(ctx: JobRunContext): Promise<{ file: JobFile; vars?: Vars } | null>;
  messages: { started: string; progress: string; done: string; empty: string; failed: string };
}

export interface JobRunnerDeps {
  db: Db;
  kinds: JobKind[];
  /** Looked up at delivery time: channels register their senders after the app starts. */
  senders: () => Partial<Record<ChannelName, ChannelSender>>;
  store: FileStore;
  /** Signed download links; null where there is no HTTP server (the console). */
  links: () => FileLinks | null;
  translator: Translator;
  logger: Logger;
  owner?: string;
  now?: () => Date;
  pollMs?: number;
  leaseMs?: number;
  heartbeatMs?: number;
  /** How often a Telegram progress message is edited. */
  progressEveryMs?: number;
  maxAttempts?: number;
}

export interface JobRunner {
  /** Looks for work now (after a job was queued on this instance). */
  kick(): void;
  /** Claims and runs one job; false when there was none. Tests drive the runner with it. */
  runOnce(): Promise<boolean>;
  stop(): Promise<void>;
}

/** What was stored of a built file, kept on the job so another instance can deliver it. */
interface JobResult {
  file?: StoredFile;
  vars?: Vars;
  empty?: boolean;
  delivered?: string[];
}

const recipientKey = (r: JobRecipient) => `${r.channel}:${r.externalId}`;

/** A progress message that is edited where the channel can (Telegram), else a start and an end message. */
function progressMessage(sender: ChannelSender, r: JobRecipient, text: (key: string, vars?: Vars) => string, logger: Logger) {
  let messageId: string | null = null;
  let last = "";
  const safe = async (what: string, f: () => Promise<unknown>) => {
    try {
      await f();
    } catch (e) {
      // Progress is a courtesy: a failed edit must not fail the job; the file still goes out.
      logger.warn({ err: (e as Error).message, what, channel: r.channel }, "job progress message failed");
    }
  };
  return {
    /** Whether there is a message to edit: then the file follows it without repeating its text. */
    get editable() {
      return messageId !== null && sender.editText !== undefined;
    },
    async start(key: string, vars: Vars) {
      const t = text(key, vars);
      last = t;
      if (sender.sendEditable) await safe("start", async () => (messageId = await sender.sendEditable!(r.externalId, t)));
      else await safe("start", () => sender.send(r.externalId, [{ type: "text", text: t }]));
    },
    async update(key: string, vars: Vars) {
      const t = text(key, vars);
      if (!messageId || !sender.editText || t === last) return;
      last = t;
      await safe("edit", () => sender.editText!(r.externalId, messageId!, t));
    },
    async finish(key: string, vars: Vars) {
      const t = text(key, vars);
      if (messageId && sender.editText) await safe("edit", () => sender.editText!(r.externalId, messageId!, t));
      else await safe("end", () => sender.send(r.externalId, [{ type: "text", text: t }]));
    },
  };
}

export function createJobRunner(deps: JobRunnerDeps): JobRunner {
  const { db, logger } = deps;
  const owner = deps.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const now = deps.now ?? (() => new Date());
  const leaseMs = deps.leaseMs ?? 60_000;
  const heartbeatMs = deps.heartbeatMs ?? 10_000;
  const progressEveryMs = deps.progressEveryMs ?? 3_000;
  const maxAttempts = deps.maxAttempts ?? 3;
  const kinds = new Map(deps.kinds.map((k) => [k.kind, k]));
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let busy = false;

  const textFor = (r: JobRecipient) => (key: string, vars?: Vars) => deps.translator.t(r.locale as Locale, key, vars);

  async function deliverFile(
    sender: ChannelSender,
    r: JobRecipient,
    file: StoredFile,
    content: Uint8Array | null,
    caption: string | undefined,
  ) {
    if ((sender.maxDocumentBytes ?? 0) >= file.size) {
      const bytes = content ?? (await deps.store.get(file.key))?.content;
      if (!bytes) throw new Error("stored file missing");
      await sender.send(r.externalId, [
        { type: "document", fileName: file.name, mime: file.mime, content: bytes, ...(caption ? { caption } : {}) },
      ]);
    } else if (deps.links()) {
      await sender.send(r.externalId, [{ type: "link", text: caption ?? file.name, url: deps.links()!.urlFor(file.key, now()) }]);
    } else {
      throw new Error(`no way to send a file of ${file.size} bytes on ${r.channel}`);
    }
  }

  async function run(job: JobRow): Promise<void> {
    const kind = kinds.get(job.kind)!;
    const log = logger.child({ job: job.id, kind: job.kind, attempt: job.attempts });
    const senders = deps.senders();
    const reporters = new Map<string, ReturnType<typeof progressMessage>>();
    const reporterFor = (r: JobRecipient) => {
      const sender = senders[r.channel];
      if (!sender) return null;
      let p = reporters.get(recipientKey(r));
      if (!p) reporters.set(recipientKey(r), (p = progressMessage(sender, r, textFor(r), log)));
      return p;
    };
    let result = (job.result ?? {}) as JobResult;
    let content: Uint8Array | null = null;
    const controller = new AbortController();
    let done = job.progressDone;
    let total = job.progressTotal;
    const beat = setInterval(() => {
      void heartbeat(db, { id: job.id, owner, now: now(), leaseMs, done, total })
        .then((ours) => {
          if (!ours) controller.abort(new Error("lease lost"));
        })
        .catch((e) => log.warn({ err: (e as Error).message }, "job heartbeat failed"));
    }, heartbeatMs);
    try {
      if (!result.file && !result.empty) {
        const delivered = new Set(result.delivered ?? []);
        for (const r of job.recipients)
          if (!delivered.has(recipientKey(r))) await reporterFor(r)?.start(kind.messages.started, { done: 0, total });
        let lastShown = Date.now();
        const built = await kind.run({
          db,
          provinceId: job.provinceId,
          payload: job.payload,
          signal: controller.signal,
          progress(d, t) {
            done = d;
            total = t;
            if (Date.now() - lastShown < progressEveryMs) return;
            lastShown = Date.now();
            for (const p of reporters.values()) void p.update(kind.messages.progress, { done, total });
          },
        });
        controller.signal.throwIfAborted();
        if (built) {
          content = built.file.content;
          const stored = await deps.store.put(built.file.content, built.file.name, built.file.mime);
          result = { file: stored, ...(built.vars ? { vars: built.vars } : {}), delivered: [] };
        } else result = { empty: true, delivered: [] };
        if (!(await saveResult(db, { id: job.id, owner, done, total }, result as Record<string, unknown>))) throw new Error("lease lost");
      }
      // Deliver to every recipient not yet served, including people who joined while it ran.
      const delivered = new Set(result.delivered ?? []);
      let recipients = job.recipients;
      for (;;) {
        for (const r of recipients) {
          const key = recipientKey(r);
          if (delivered.has(key)) continue;
          const sender = senders[r.channel];
          const vars = { done: total, total, ...(result.vars ?? {}), ...(result.file ? { name: result.file.name } : {}) };
          if (sender) {
            const reporter = reporterFor(r)!;
            if (result.file) {
              // Telegram: the progress message says it is done and the file follows. Elsewhere the
              // file's caption (or the link's text) is the closing message.
              const editable = reporter.editable;
              if (editable) await reporter.finish(kind.messages.done, vars);
              await deliverFile(sender, r, result.file, content, editable ? undefined : textFor(r)(kind.messages.done, vars));
            } else await reporter.finish(kind.messages.empty, vars);
          } else log.warn({ channel: r.channel }, "job recipient on a channel not running here");
          if (!(await markDelivered(db, { id: job.id, owner }, key))) throw new Error("lease lost");
          delivered.add(key);
        }
        if (await finishJob(db, { id: job.id, owner, now: now(), recipients: recipients.length, status: "done" })) break;
        const fresh = await loadJob(db, job.id);
        if (!fresh || fresh.status !== "running") throw new Error("lease lost");
        recipients = fresh.recipients;
      }
      log.info({ units: total }, "job done");
    } catch (e) {
      const error = (e as Error).message;
      if (controller.signal.aborted || error === "lease lost") {
        log.warn("job lease lost: another instance carries on");
        return;
      }
      log.error({ err: error }, "job failed");
      if (job.attempts < maxAttempts) {
        await releaseJob(db, { id: job.id, owner, error });
        return;
      }
      const fresh = (await loadJob(db, job.id)) ?? job;
      for (const r of fresh.recipients) await reporterFor(r)?.finish(kind.messages.failed, {});
      await finishJob(db, { id: job.id, owner, now: now(), recipients: fresh.recipients.length, status: "failed", error });
    } finally {
      clearInterval(beat);
    }
  }

  async function runOnce(): Promise<boolean> {
    const job = await claimJob(db, { kinds: [...kinds.keys()], owner, now: now(), leaseMs });
    if (!job) return false;
    await run(job);
    return true;
  }

  async function loop() {
    if (busy || stopped) return;
    busy = true;
    try {
      while (!stopped && (await runOnce()));
    } catch (e) {
      logger.error({ err: (e as Error).message }, "job runner failed");
    } finally {
      busy = false;
    }
  }

  const pollMs = deps.pollMs ?? 1_000;
  // The step that queued a job commits a moment after queuing it.
  const onQueued = () => setTimeout(() => void (running = loop()), 50).unref();
  return {
    kick() {
      if (stopped) return;
      if (!timer) jobEvents.on("queued", onQueued);
      running = loop();
      if (!timer) {
        timer = setInterval(() => void (running = loop()), pollMs);
        timer.unref();
      }
    },
    runOnce,
    async stop() {
      stopped = true;
      jobEvents.off("queued", onQueued);
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
