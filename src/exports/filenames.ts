/**
 * File names that open everywhere: Windows refuses < > : " / \ | ? * and control characters,
 * names ending in a dot or space, and device names such as CON; zip readers and messengers choke
 * on very long names.
 */

const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f]/gu;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/iu;
/** Characters kept for the name part; the extension and the seed's suffix come on top. */
const MAX_NAME = 120;

export function safeFileName(name: string, fallback = "tep"): string {
  let s = name.normalize("NFC").replace(ILLEGAL, "-").replace(/\s+/gu, " ").trim();
  s = [...s]
    .slice(0, MAX_NAME)
    .join("")
    .replace(/[. ]+$/u, "")
    .replace(/^[. ]+/u, "");
  if (!s) s = fallback;
  return RESERVED.test(s) ? `_${s}` : s;
}

/** The name seed 002 asks units to give their document: `Tên đơn vị-DKTD NH 2024-2025`. */
export function registrationDocName(unitName: string, schoolYear: string): string {
  return `${safeFileName(unitName, "Don vi")}-DKTD NH ${safeFileName(schoolYear)}.docx`;
}

/** Makes names unique inside one archive: "a.docx", "a (2).docx", … (case-insensitively, as Windows does). */
export function uniqueNamer(): (name: string) => string {
  const used = new Set<string>();
  return (name) => {
    const dot = name.lastIndexOf(".");
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
    for (let i = 1; ; i++) {
      const candidate = i === 1 ? name : `${stem} (${i})${ext}`;
      if (!used.has(candidate.toLowerCase())) {
        used.add(candidate.toLowerCase());
        return candidate;
      }
    }
  };
}
