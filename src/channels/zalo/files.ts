import { EVIDENCE_MAX_BYTES, type FileFetcher } from "../../features/nominations/evidence.js";

/**
 * Downloads a photo a person sent on Zalo: the event carries it as a URL on Zalo's servers. The
 * download stops past the evidence limit rather than holding an unbounded body in memory.
 */
export function createZaloFileFetcher(options: { timeoutMs?: number; maxBytes?: number } = {}): FileFetcher {
  const maxBytes = options.maxBytes ?? EVIDENCE_MAX_BYTES;
  return {
    async fetch(url) {
      if (!/^https?:\/\//i.test(url)) throw new Error("Zalo file reference is not a URL");
      const res = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 60_000) });
      if (!res.ok || !res.body) throw new Error(`file download failed: HTTP ${res.status}`);
      if (Number(res.headers.get("content-length") ?? 0) > maxBytes) throw new Error("file over the evidence limit");
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength;
        if (size > maxBytes) throw new Error("file over the evidence limit");
        chunks.push(chunk);
      }
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}
