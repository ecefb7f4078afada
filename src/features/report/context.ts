/** What the report's files say besides the figures: whose report, where, for which year, made when. */
export interface ReportContext {
  provinceName: string;
  /** "Nam Định": the place of the date line. */
  place: string;
  schoolYear: string;
  now: Date;
  timeZone: string;
}
