import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { UnitDocument } from "../../exports/docx.js";

export interface DocxPool {
  build(doc: UnitDocument): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Word documents built on every core: the docx library spends its time serialising XML, which
 * one thread cannot share. The worker is the compiled .js in production and the .ts source under
 * tsx or vitest (which then needs tsx's loader in the worker).
 */
export function createDocxPool(size = Math.max(1, Math.min(availableParallelism(), 4))): DocxPool {
  const source = import.meta.url.endsWith(".ts");
  const url = new URL(`./docx-worker.${source ? "ts" : "js"}`, import.meta.url);
  // Node will not start a worker from a .ts file even with tsx loaded: the source is imported
  // from a small script that registers tsx first.
  const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  // A document needs a few MB: a small heap makes each worker collect early, which keeps the
  // job's peak memory down (V8 would otherwise let every worker's heap grow far beyond that).
  const resourceLimits = { maxOldGenerationSizeMb: 64 };
  const workers = Array.from({ length: size }, () =>
    source ? new Worker(boot, { eval: true, resourceLimits }) : new Worker(fileURLToPath(url), { resourceLimits }),
  );
  const pending = new Map<number, { resolve(b: Uint8Array): void; reject(e: Error): void }>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let nextId = 0;
  for (const w of workers) {
    w.on("message", (m: { id: number; bytes?: Uint8Array; error?: string }) => {
      load.set(w, load.get(w)! - 1);
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.bytes!);
    });
    w.on("error", (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
  }
  return {
    build(doc) {
      const id = nextId++;
      // The least busy worker: documents differ in size, so round robin would queue behind a big one.
      const worker = [...load.entries()].reduce((a, b) => (b[1] < a[1] ? b : a))[0];
      load.set(worker, load.get(worker)! + 1);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, doc });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
