/** School-year labels ("2024-2025") as the rules count them: by their first calendar year. */

const LABEL_RE = /^(\d{4})-(\d{4})$/;

/** First calendar year of a label; throws on anything that is not "YYYY-(YYYY+1)". */
export function schoolYearStart(label: string): number {
  const m = LABEL_RE.exec(label);
  const first = m ? Number(m[1]) : NaN;
  if (!m || Number(m[2]) !== first + 1) throw new RangeError(`Not a school year label: ${JSON.stringify(label)}`);
  return first;
}

export function schoolYearLabel(first: number): string {
  return `${first}-${first + 1}`;
}

/** The label `offset` years away: shiftSchoolYear("2024-2025", -1) = "2023-2024". */
export function shiftSchoolYear(label: string, offset: number): string {
  return schoolYearLabel(schoolYearStart(label) + offset);
}
