
export interface NamedFile {
  name: string;
  content: Uint8Array;
}

/**
 * One archive of already built files (each unit's document, each sheet's CSV). A .docx is itself
 * a compressed zip: it is stored as it is, which is as small and much faster.
 */
export async function zipFiles(files: NamedFile[]): Promise<Uint8Array> {
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.content, { compression: /\.(docx|xlsx|zip)$/iu.test(f.name) ? "STORE" : "DEFLATE" });
  return zip.generateAsync({ type: "uint8array", compressionOptions: { level: 6 } });
}
