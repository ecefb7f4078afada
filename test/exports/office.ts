import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/**
 * Opening a file the way the office does: LibreOffice converts it to PDF headless (with a fresh
 * profile, so no setting of this machine's user leaks in), poppler reads the PDF back as the text a
 * person sees, page by page.
 */

const run = promisify(execFile);

const has = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { stdio: "ignore", timeout: 60_000 });
  return !r.error && r.status === 0;
};

export const officeTools = {
  soffice: has("soffice", ["--version"]),
  pdftotext: has("pdftotext", ["-v"]),
  pdftoppm: has("pdftoppm", ["-v"]),
};
export const officeAvailable = officeTools.soffice && officeTools.pdftotext;

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/**
 * Converts files to PDF (or a CSV to xlsx, to see what the spreadsheet made of each field) in one LibreOffice run (one start-up for all of them). `infilter` forces an
 * import filter, e.g. the CSV options of a double-click in Excel with US settings.
 */
export async function toPdf(files: string[], outDir: string, opts: { infilter?: string; to?: "pdf" | "xlsx" } = {}): Promise<string[]> {
  const to = opts.to ?? "pdf";
  const profile = tempDir("lo-profile-");
  try {
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        ...(opts.infilter ? [`--infilter=${opts.infilter}`] : []),
        "--convert-to",
        to,
        "--outdir",
        outDir,
        ...files,
      ],
      { timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.${to}`));
}

/** The PDF's text with its layout kept, one string per page. */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], { maxBuffer: 64 << 20 });
  const pages = stdout.split("\f");
  if (pages.at(-1)?.trim() === "") pages.pop();
  return pages;
}

/** Page sizes in points, from pdfinfo (landscape A4 is 842 x 595). */
export async function pdfPageSizes(pdf: string): Promise<Array<{ width: number; height: number }>> {
  const { stdout } = await run("pdfinfo", ["-f", "1", "-l", "9999", pdf]);
  return [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/**
 * One page as a grey image (PGM, 1 byte a pixel), for checks on what is drawn rather than written:
 * the rules of a table.
 */
export async function pageGray(
  pdf: string,
  page: number,
  dpi: number,
  outDir: string,
): Promise<{ width: number; height: number; pixels: Uint8Array }> {
  const base = path.join(outDir, `page-${page}`);
  await run("pdftoppm", ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, base]);
  const data = readFileSync(`${base}.pgm`);
  // Header: "P5\n<w> <h>\n<max>\n" then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString("latin1"))!;
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
}

/** Rows of the image where a dark line runs across at least `minShare` of the width: the horizontal rules. */
export function horizontalRules(img: { width: number; height: number; pixels: Uint8Array }, minShare: number): number[] {
  const rows: number[] = [];
  for (let y = 0; y < img.height; y++) {
    let dark = 0;
    for (let x = 0; x < img.width; x++) if (img.pixels[y * img.width + x]! < 128) dark++;
    if (dark >= img.width * minShare) rows.push(y);
  }
  return rows;
}

/** Every word of a PDF with its page (1-based) and top edge in points, from pdftotext -bbox. */
export async function pdfWords(pdf: string): Promise<Array<{ page: number; text: string; yMin: number; xMin: number }>> {
  const { stdout } = await run("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"], { maxBuffer: 64 << 20 });
  const words: Array<{ page: number; text: string; yMin: number; xMin: number }> = [];
  let page = 0;
  for (const line of stdout.split("\n")) {
    if (line.includes("<page ")) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/.exec(line);
    if (m)
      words.push({
        page,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        text: m[3]!
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'"),
      });
  }
  return words;
}
