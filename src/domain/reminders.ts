/**
 * When deadline reminders go out: pure functions of the deadline, the campaign's policy, the time
 * zone and "now". No clock and no database here.
 */
import { z } from "zod";
import { addDays, localDateOf, zonedInstant, type LocalDate } from "./calendar.js";

/** Days relative to the deadline day: negative before, 0 on the day, positive overdue. */
export const DEFAULT_OFFSETS = [-7, -3, -1, 0, 1, 3];
/** A reminder later than this is skipped: old news at the wrong hour helps nobody. */
export const MAX_LATENESS_MS = 12 * 3600_000;
/** The day, relative to the deadline, of the focal person's optional automatic staff nudge. */
export const AUTO_NUDGE_OFFSET = -5;

export const reminderPolicySchema = z.object({
  /** A campaign's settings can turn its reminders off (`reminders: { enabled: false }`). */
  enabled: z.boolean().default(true),
  offsets: z.array(z.number().int().min(-60).max(30)).default(DEFAULT_OFFSETS),
  hour: z.number().int().min(0).max(23).default(8),
  minute: z.number().int().min(0).max(59).default(0),
  /** No message from quietStart:00 to quietEnd:00 local time. */
  quietStart: z.number().int().min(0).max(24).default(21),
  quietEnd: z.number().int().min(0).max(23).default(7),
  /** ISO weekdays on which reminders go out: 1 = Monday … 7 = Sunday. */
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5, 6, 7]),
});

export type ReminderPolicy = z.infer<typeof reminderPolicySchema>;

/**
 * The policy in a campaign's settings (`settings.reminders`), the campaign kind's defaults (its
 * own reminder days) and then the general ones for what is missing.
 */
export function policyFrom(settings: unknown, kindDefaults: Partial<ReminderPolicy> = {}): ReminderPolicy {
  const raw = (settings as { reminders?: unknown } | null)?.reminders ?? {};
  const parsed = reminderPolicySchema.safeParse(typeof raw === "object" && raw !== null ? { ...kindDefaults, ...raw } : raw);
  return parsed.success ? parsed.data : reminderPolicySchema.parse(kindDefaults);
}

export interface PlannedReminder {
  offset: number;
  at: Date;
}

const isoWeekday = (d: LocalDate) => {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
};

/** The weekly digest: Mondays of the last two weeks before the deadline. */
export const DIGEST_WEEKDAY = 1;
export const DIGEST_DAYS = 14;

/** Days from the deadline (negative) that fall on the digest's weekday within the last two weeks. */
export function digestOffsets(deadlineAt: Date, timeZone: string): number[] {
  const deadlineDay = localDateOf(deadlineAt, timeZone);
  const out: number[] = [];
  for (let o = -DIGEST_DAYS; o < 0; o++) if (isoWeekday(addDays(deadlineDay, o)) === DIGEST_WEEKDAY) out.push(o);
  return out;
}

/** Whether local time at `instant` is inside the quiet hours. */
export function isQuiet(instant: Date, timeZone: string, policy: ReminderPolicy): boolean {
  const hour = Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(instant));
  return policy.quietStart > policy.quietEnd
    ? hour >= policy.quietStart || hour < policy.quietEnd
    : hour >= policy.quietStart && hour < policy.quietEnd;
}

/**
 * Every reminder of one deadline. A day that is not a reminder weekday moves earlier before the
 * deadline (the reminder must still come in time) and later after it; a time inside the quiet
 * hours moves to the morning. Two offsets landing on one day keep the one nearer the deadline.
 */
export function planReminders(deadlineAt: Date, policy: ReminderPolicy, timeZone: string): PlannedReminder[] {
  const deadlineDay = localDateOf(deadlineAt, timeZone);
  const byDay = new Map<string, PlannedReminder>();
  for (const offset of [...new Set(policy.offsets)].sort((a, b) => a - b)) {
    let day = addDays(deadlineDay, offset);
    for (let i = 0; i < 7 && !policy.weekdays.includes(isoWeekday(day)); i++) day = addDays(day, offset <= 0 ? -1 : 1);
    let hour = policy.hour;
    let minute = policy.minute;
    if (isQuietHour(hour, policy)) {
      if (hour >= policy.quietStart && policy.quietStart > policy.quietEnd) day = addDays(day, 1);
      hour = policy.quietEnd;
      minute = 0;
    }
    const at = zonedInstant(day, timeZone, hour, minute);
    // Before the deadline means before it: a reminder after the cut-off would say "still time".
    if (offset <= 0 && at > deadlineAt) continue;
    const key = `${day.year}-${day.month}-${day.day}`;
    const existing = byDay.get(key);
    if (!existing || Math.abs(offset) < Math.abs(existing.offset)) byDay.set(key, { offset, at });
  }
  return [...byDay.values()].sort((a, b) => a.at.getTime() - b.at.getTime());
}

const isQuietHour = (hour: number, p: ReminderPolicy) =>
  p.quietStart > p.quietEnd ? hour >= p.quietStart || hour < p.quietEnd : hour >= p.quietStart && hour < p.quietEnd;

/**
 * The reminders to queue now: their time has come, they are at most 12 hours late (a restart
 * catches up on what is still useful), and it is not the middle of the night.
 */
export function dueReminders(plan: PlannedReminder[], now: Date, timeZone: string, policy: ReminderPolicy): PlannedReminder[] {
  if (isQuiet(now, timeZone, policy)) return [];
  return plan.filter((r) => r.at <= now && now.getTime() - r.at.getTime() <= MAX_LATENESS_MS);
}

/** Whole days from `now`'s local day to the deadline's local day (negative when overdue). */
export function daysLeft(deadlineAt: Date, now: Date, timeZone: string): number {
  const a = localDateOf(now, timeZone);
  const b = localDateOf(deadlineAt, timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/**
 * When the quiet hours that `instant` falls in end, or null when it is not quiet. The dispatcher
 * holds reminders that were delayed (a 429, an outage) into the night until then.
 */
export function quietUntil(instant: Date, timeZone: string, policy: ReminderPolicy): Date | null {
  if (!isQuiet(instant, timeZone, policy)) return null;
  const day = localDateOf(instant, timeZone);
  const morning = zonedInstant(day, timeZone, policy.quietEnd, 0);
  return morning > instant ? morning : zonedInstant(addDays(day, 1), timeZone, policy.quietEnd, 0);
}
