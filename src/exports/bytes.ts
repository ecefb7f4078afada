import { PassThrough, type Writable } from "node:stream";

/** Runs a writer into memory and returns its bytes: a file small enough to send in a chat. */
export async function collect(write: (out: Writable) => Promise<unknown>): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}
