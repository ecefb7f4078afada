/** School-year labels ("2024-2025") as the rules count them: by their first calendar year. */

const LABEL_RE = /^(\d{4})-(\d{4})$/;

/** First calendar year of a label, or null for anything that is not "YYYY-(YYYY+1)". */
export function parseSchoolYear(label: string): number | null {
  const m = LABEL_RE.exec(label);
  if (!m) return null;
  const first = Number(m[1]);
  return Number(m[2]) === first + 1 ? first : null;
}

/** As parseSchoolYear, but a bad label is a programming error here. */
export function schoolYearStart(label: string): number {
  const first = parseSchoolYear(label);
  if (first === null) throw new RangeError(`Not a school year label: ${JSON.stringify(label)}`);
  return first;
}

export function schoolYearLabel(first: number): string {
  return `${first}-${first + 1}`;
}

/** The label `offset` years away: shiftSchoolYear("2024-2025", -1) = "2023-2024". */
export function shiftSchoolYear(label: string, offset: number): string {
  return schoolYearLabel(schoolYearStart(label) + offset);
}
