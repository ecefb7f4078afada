import { parentPort } from "node:worker_threads";
import { unitDocx, type UnitDocument } from "../../exports/docx.js";

/** Builds one unit's Word document per message; the bytes go back without a copy. */
parentPort!.on("message", async ({ id, doc }: { id: number; doc: UnitDocument }) => {
  try {
    const built = await unitDocx(doc);
    // A Buffer may be a view into a shared pool; only an own buffer can be transferred.
    const bytes = built.byteOffset === 0 && built.byteLength === built.buffer.byteLength ? built : new Uint8Array(built);
    parentPort!.postMessage({ id, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ id, error: (e as Error).message });
  }
});
