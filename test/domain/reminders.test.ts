import { describe, expect, it } from "vitest";
import { endOfLocalDay, formatDateTime } from "../../src/domain/calendar.js";
import { daysLeft, dueReminders, isQuiet, planReminders, policyFrom } from "../../src/domain/reminders.js";

const TZ = "Asia/Ho_Chi_Minh";
// Seed 002: units register before 20/10. 20/10/2026 is a Tuesday.
const deadline = endOfLocalDay({ year: 2026, month: 10, day: 20 }, TZ);
const show = (plan: Array<{ offset: number; at: Date }>) => plan.map((r) => `${r.offset}@${formatDateTime(r.at, TZ)}`);

describe("reminder schedule", () => {
  it("defaults to D-7, D-3, D-1 and D at 08:00 Vietnam time, then D+1 and D+3", () => {
    expect(show(planReminders(deadline, policyFrom({}), TZ))).toEqual([
      "-7@13/10/2026 08:00",
      "-3@17/10/2026 08:00",
      "-1@19/10/2026 08:00",
      "0@20/10/2026 08:00",
      "1@21/10/2026 08:00",
      "3@23/10/2026 08:00",
    ]);
    // 08:00 in Hanoi is 01:00 UTC.
    expect(planReminders(deadline, policyFrom({}), TZ)[0]!.at.toISOString()).toBe("2026-10-13T01:00:00.000Z");
  });

  it("skips days that are not reminder weekdays: earlier before the deadline, later after it", () => {
    const weekdays = policyFrom({ reminders: { weekdays: [1, 2, 3, 4, 5] } });
    // D-3 is Saturday 17/10 → Friday 16/10; D+3 is Friday 23/10 (kept); D-7 Tuesday (kept).
    expect(show(planReminders(deadline, weekdays, TZ))).toEqual([
      "-7@13/10/2026 08:00",
      "-3@16/10/2026 08:00",
      "-1@19/10/2026 08:00",
      "0@20/10/2026 08:00",
      "1@21/10/2026 08:00",
      "3@23/10/2026 08:00",
    ]);
    const saturdayDeadline = endOfLocalDay({ year: 2026, month: 10, day: 24 }, TZ);
    // D and D-1 (Sat, Fri) → Fri and Fri: one reminder that day, the nearer one; D+1 Sunday → Monday.
    expect(show(planReminders(saturdayDeadline, weekdays, TZ))).toEqual([
      "-7@16/10/2026 08:00",
      "-3@21/10/2026 08:00",
      "0@23/10/2026 08:00",
      "1@26/10/2026 08:00",
      "3@27/10/2026 08:00",
    ]);
  });

  it("never plans inside the quiet hours 21:00–07:00", () => {
    const late = policyFrom({ reminders: { hour: 22, offsets: [-1, 1] } });
    expect(show(planReminders(deadline, late, TZ))).toEqual(["-1@20/10/2026 07:00", "1@22/10/2026 07:00"]);
    const early = policyFrom({ reminders: { hour: 5, offsets: [-3] } });
    expect(show(planReminders(deadline, early, TZ))).toEqual(["-3@17/10/2026 07:00"]);
    expect(isQuiet(new Date("2026-10-19T14:30:00Z"), TZ, policyFrom({}))).toBe(true); // 21:30
    expect(isQuiet(new Date("2026-10-19T23:59:00Z"), TZ, policyFrom({}))).toBe(true); // 06:59
    expect(isQuiet(new Date("2026-10-20T00:00:00Z"), TZ, policyFrom({}))).toBe(false); // 07:00
  });

  it("a moved deadline gives a new plan", () => {
    const moved = endOfLocalDay({ year: 2026, month: 10, day: 25 }, TZ);
    expect(show(planReminders(moved, policyFrom({}), TZ))[0]).toBe("-7@18/10/2026 08:00");
  });

  it("is due when its time has come, at most 12 hours late, and not at night", () => {
    const plan = planReminders(deadline, policyFrom({}), TZ);
    const at = (iso: string) => dueReminders(plan, new Date(iso), TZ, policyFrom({})).map((r) => r.offset);
    expect(at("2026-10-13T00:59:00Z")).toEqual([]); // 07:59
    expect(at("2026-10-13T01:00:00Z")).toEqual([-7]); // 08:00
    expect(at("2026-10-13T11:00:00Z")).toEqual([-7]); // 18:00, still useful
    expect(at("2026-10-13T14:00:00Z")).toEqual([]); // 21:00, quiet
    expect(at("2026-10-14T01:00:00Z")).toEqual([]); // a day late: skipped, not sent
  });

  it("counts days left on the calendar of Vietnam", () => {
    expect(daysLeft(deadline, new Date("2026-10-13T01:00:00Z"), TZ)).toBe(7);
    expect(daysLeft(deadline, new Date("2026-10-20T16:59:00Z"), TZ)).toBe(0); // 23:59 on the day
    expect(daysLeft(deadline, new Date("2026-10-21T01:00:00Z"), TZ)).toBe(-1);
  });

  it("falls back to the defaults when a campaign's policy is malformed", () => {
    expect(policyFrom({ reminders: { hour: 99 } }).hour).toBe(8);
    expect(policyFrom(null).offsets).toEqual([-7, -3, -1, 0, 1, 3]);
  });
});
