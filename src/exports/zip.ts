import JSZip from "jszip";

export interface NamedFile {
  name: string;
  content: Uint8Array;
}

/** One archive of already built files (each unit's document, each sheet's CSV). */
export async function zipFiles(files: NamedFile[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
