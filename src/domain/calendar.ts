/**
 * Dates as Vietnamese users write them (dd/mm/yyyy) and instants in a given time zone. No clock:
 * callers pass `now`.
 */

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const DATE_RE = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

/** Parses dd/mm/yyyy (also with . or -). Returns null for impossible dates such as 31/02/2025. */
export function parseVnDate(text: string): LocalDate | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return { year, month, day };
}

/** Building a formatter costs far more than using one; there are only a few zones in play. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, fmt);
  }
  return fmt;
}

function parts(instant: Date, timeZone: string) {
  const fmt = formatterFor(timeZone);
  const out: Record<string, number> = {};
  for (const p of fmt.formatToParts(instant)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return out as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** Offset of the zone from UTC at that instant, in minutes. */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const p = parts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The instant at which the wall clock in `timeZone` shows that date and time. */
export function zonedInstant(date: LocalDate, timeZone: string, hour = 0, minute = 0, second = 0, ms = 0): Date {
  const guess = Date.UTC(date.year, date.month - 1, date.day, hour, minute, second, ms);
  // Two passes settle the offset even on a day the zone changes it.
  let instant = new Date(guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60000);
  instant = new Date(guess - zoneOffsetMinutes(instant, timeZone) * 60000);
  return instant;
}

/** A deadline given as a date means "by the end of that day" where the Sở is. */
export function endOfLocalDay(date: LocalDate, timeZone: string): Date {
  return zonedInstant(date, timeZone, 23, 59, 59, 999);
}

export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  return zonedInstant(date, timeZone, 0, 0, 0, 0);
}

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const p = parts(instant, timeZone);
  return { year: p.year, month: p.month, day: p.day };
}

const pad = (n: number) => String(n).padStart(2, "0");

export function formatLocalDate(d: LocalDate): string {
  return `${pad(d.day)}/${pad(d.month)}/${d.year}`;
}

/** dd/mm/yyyy of the instant in the zone. */
export function formatDate(instant: Date, timeZone: string): string {
  return formatLocalDate(localDateOf(instant, timeZone));
}

/** dd/mm/yyyy HH:mm of the instant in the zone. */
export function formatDateTime(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

export function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function isoDate(d: LocalDate): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/**
 * The school year a date falls in. Vietnamese school years start in August/September; from
 * August on we are in the new one.
 */
export function schoolYearOf(d: LocalDate): { label: string; startsOn: LocalDate; endsOn: LocalDate } {
  const first = d.month >= 8 ? d.year : d.year - 1;
  return {
    label: `${first}-${first + 1}`,
    startsOn: { year: first, month: 8, day: 1 },
    endsOn: { year: first + 1, month: 7, day: 31 },
  };
}
