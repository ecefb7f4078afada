import type { DbOrTx } from "../../db/client.js";
import { formatDate, formatDateTime, localDateOf } from "../../domain/calendar.js";
import { isIndividualTitleCode, titleLabelKey } from "../../domain/titles.js";
import type { Vars } from "../../i18n.js";
import { countNominations } from "../export/data.js";
import { campaignUnits, summarize, unitMemberProgress, type StateCounts, type UnitProgress } from "./service.js";
import type { Campaign } from "../registration/campaigns.js";

/**
 * /progress as lines of text in the reader's language: the chat pages them, the CLI prints them
 * all. Every line is a locale key; only names and numbers come from the data.
 */

type T = (key: string, vars?: Vars) => string;

interface ReportCtx {
  db: DbOrTx;
  t: T;
  now: Date;
  timeZone: string;
}

const dayNumber = (d: Date, tz: string) => {
  const l = localDateOf(d, tz);
  return Date.UTC(l.year, l.month - 1, l.day) / 86_400_000;
};

function deadlineLine(ctx: ReportCtx, campaign: Campaign): string {
  const deadline = formatDate(campaign.deadlineAt, ctx.timeZone);
  if (campaign.closedAt) return ctx.t("progress-deadline-closed", { deadline });
  if (ctx.now > campaign.deadlineAt) return ctx.t("progress-deadline-passed", { deadline });
  return ctx.t("progress-deadline-open", {
    deadline,
    days: dayNumber(campaign.deadlineAt, ctx.timeZone) - dayNumber(ctx.now, ctx.timeZone),
  });
}

const countsVars = (c: StateCounts) => ({ submitted: c.submitted, inProgress: c.in_progress, notStarted: c.not_started, total: c.total });

function unitLine(ctx: ReportCtx, n: number, u: UnitProgress): string {
  const contact = u.contact ? [u.contact.name, u.contact.phone].filter(Boolean).join(", ") : ctx.t("progress-no-contact");
  return ctx.t("progress-unit-line", { n, code: u.code, name: u.name, contact });
}

/** The Văn phòng's view of one campaign across the province (or the units it is limited to). */
export async function provinceReport(ctx: ReportCtx, campaign: Campaign, provinceId: number): Promise<string[]> {
  const rows = await campaignUnits(ctx.db, campaign.id, { provinceId, unitIds: null });
  const s = summarize(rows, campaign.deadlineAt, ctx.now);
  const lines = [
    ctx.t("progress-province-head", { campaign: campaign.title }),
    deadlineLine(ctx, campaign),
    ctx.t("progress-counts", countsVars(s.counts)),
    "",
    ctx.t("progress-by-kind"),
    ...s.byKind.map((k) => ctx.t("progress-group-line", { label: k.label, ...countsVars(k.counts) })),
    "",
    ctx.t("progress-by-cluster"),
    ...s.byCluster.map((k) => ctx.t("progress-group-line", { label: k.label ?? ctx.t("progress-no-cluster"), ...countsVars(k.counts) })),
    "",
  ];
  if (ctx.now > campaign.deadlineAt) {
    lines.push(s.overdue.length > 0 ? ctx.t("progress-overdue-head", { count: s.overdue.length }) : ctx.t("progress-overdue-none"));
    s.overdue.forEach((u, i) => lines.push(unitLine(ctx, i + 1, u)));
  } else {
    lines.push(ctx.t("progress-not-due", { count: s.counts.total - s.counts.submitted }));
  }
  if (s.submittedLate.length > 0) {
    lines.push("", ctx.t("progress-late-head", { count: s.submittedLate.length }));
    s.submittedLate.forEach((u, i) =>
      lines.push(ctx.t("progress-late-line", { n: i + 1, code: u.code, name: u.name, at: formatDateTime(u.submittedAt!, ctx.timeZone) })),
    );
  }
  return lines;
}

/** The focal person's view of their unit: what is missing, who has answered and who has not. */
export async function unitReport(ctx: ReportCtx, campaign: Campaign, provinceId: number, unitId: number): Promise<string[]> {
  const [unit] = await campaignUnits(ctx.db, campaign.id, { provinceId, unitIds: [unitId] });
  if (!unit) return [];
  const members = await unitMemberProgress(ctx.db, campaign.id, unitId);
  const answered = members.filter((m) => m.registration);
  const unanswered = members.filter((m) => !m.registration);
  const returned = answered.filter((m) => m.registration!.status === "returned").length;
  const pending = answered.filter((m) => m.registration!.status === "pending").length;
  const submitted = unit.state === "submitted";

  const missing: string[] = [];
  if (unanswered.length > 0) missing.push(ctx.t("progress-missing-members", { count: unanswered.length }));
  if (returned > 0) missing.push(ctx.t("progress-missing-returned", { count: returned }));
  if (pending > 0 && !submitted) missing.push(ctx.t("progress-missing-pending", { count: pending }));
  if (unit.targets === 0) missing.push(ctx.t("progress-missing-targets"));
  if (unit.collectives === 0) missing.push(ctx.t("progress-missing-collectives"));
  if (!submitted) missing.push(ctx.t("progress-missing-submit", { deadline: formatDate(campaign.deadlineAt, ctx.timeZone) }));

  const title = (code: string) => (isIndividualTitleCode(code) ? ctx.t(titleLabelKey(code)) : code);
  return [
    ctx.t("progress-unit-head", { unit: unit.name, campaign: campaign.title }),
    deadlineLine(ctx, campaign),
    submitted ? ctx.t("progress-unit-submitted", { at: formatDateTime(unit.submittedAt!, ctx.timeZone) }) : ctx.t("progress-unit-draft"),
    ctx.t("progress-unit-answered", {
      answered: answered.length,
      members: members.length,
      targets: unit.targets,
      collectives: unit.collectives,
    }),
    ctx.t("progress-unit-nominations", { count: (await countNominations(ctx.db, campaign.schoolYearId, [unitId])).get(unitId) ?? 0 }),
    "",
    ...(missing.length > 0 ? [ctx.t("progress-missing-head"), ...missing] : [ctx.t("progress-missing-none")]),
    "",
    ctx.t("progress-unanswered-head", { count: unanswered.length }),
    ...unanswered.map((m, i) => ctx.t("progress-member-line", { n: i + 1, name: m.name, position: m.position || "—" })),
    "",
    ctx.t("progress-answered-head", { count: answered.length }),
    ...answered.map((m, i) =>
      ctx.t("progress-answer-line", {
        n: i + 1,
        name: m.name,
        title: title(m.registration!.titleCode),
        status: ctx.t(`registration-status-${m.registration!.status}`),
      }),
    ),
  ];
}

/**
 * Cuts lines into pages of at most `budget` characters, never inside a line (a longer line is
 * shortened) and never starting a page with a blank line.
 */
export function paginate(lines: string[], budget: number): string[] {
  const pages: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const raw of lines) {
    const line = raw.length > budget ? `${raw.slice(0, budget - 1)}…` : raw;
    if (current.length > 0 && size + 1 + line.length > budget) {
      pages.push(current.join("\n").trimEnd());
      current = [];
      size = 0;
    }
    if (current.length === 0 && line.trim() === "") continue;
    size += (current.length > 0 ? 1 : 0) + line.length;
    current.push(line);
  }
  if (current.length > 0) pages.push(current.join("\n").trimEnd());
  return pages.length > 0 ? pages : [""];
}
