import { zoneOffsetMinutes } from "../domain/calendar.js";

export interface NamedFile {
  name: string;
  content: Uint8Array;
}

/**
 * One archive of already built files (each unit's document, each sheet's CSV). A .docx is itself
 * a compressed zip: it is stored as it is, which is as small and much faster. A zip entry's time
 * has no zone and is shown as written, so it is written as the wall clock of the Sở's zone.
 */
export async function zipFiles(files: NamedFile[], at: { now: Date; timeZone: string }): Promise<Uint8Array> {
  // JSZip writes the date's UTC fields: shifting the instant by the zone's offset writes local time.
  const date = new Date(at.now.getTime() + zoneOffsetMinutes(at.now, at.timeZone) * 60_000);
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.content, { date, compression: /\.(docx|xlsx|zip)$/iu.test(f.name) ? "STORE" : "DEFLATE" });
  return zip.generateAsync({ type: "uint8array", compressionOptions: { level: 6 } });
}
