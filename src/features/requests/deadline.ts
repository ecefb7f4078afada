import { addDays, endOfLocalDay, localDateOf } from "../../domain/calendar.js";

/**
 * NĐ 356/2025 (notes/legal-rules.md): a personal-data request is to be carried out within 15 days.
 * Counted in calendar days from the day it arrived, to the end of that local day: the stricter reading.
 */
export const REQUEST_DAYS = 15;

export function requestDeadline(createdAt: Date, timeZone: string): Date {
  return endOfLocalDay(addDays(localDateOf(createdAt, timeZone), REQUEST_DAYS), timeZone);
}
