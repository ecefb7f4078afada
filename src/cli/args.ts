import { z } from "zod";
import { parseVnDate } from "../domain/calendar.js";
import { ROLES, CAMPAIGN_KINDS } from "../db/schema.js";

/** Argument schemas shared by commands. Each message is a locale key the CLI translates. */
export const vnDate = z.string({ error: "cli-expect-date" }).transform((s, ctx) => {
  const d = parseVnDate(s);
  if (!d) {
    ctx.addIssue({ code: "custom", message: "cli-expect-date" });
    return z.NEVER;
  }
  return d;
});

export const positiveInt = z.coerce
  .number({ error: "cli-expect-positive-int" })
  .int({ error: "cli-expect-positive-int" })
  .positive({ error: "cli-expect-positive-int" });

export const role = z.enum(ROLES, { error: "cli-expect-role" });
export const campaignKind = z.enum(CAMPAIGN_KINDS, { error: "cli-expect-kind" });
export const unitCode = z.string({ error: "cli-expect-unit-code" }).min(1, { error: "cli-expect-unit-code" });
export const schoolYear = z
  .string()
  .regex(/^(\d{4})-(\d{4})$/, { error: "cli-expect-school-year" })
  .refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, { error: "cli-expect-school-year" });
export const nonEmpty = z.string({ error: "cli-expect-text" }).trim().min(1, { error: "cli-expect-text" });
export const provinceOpt = z.string().optional();
