import type { DbOrTx } from "../../db/client.js";
import { addDays, formatDate, formatDateTime, localDateOf, type LocalDate } from "../../domain/calendar.js";
import type { Vars } from "../../i18n.js";
import { campaignUnits, summarize, unitMemberProgress } from "../progress/service.js";
import type { Campaign } from "../registration/campaigns.js";
import { provinceChartSvg, staffChartSvg, type StateBar } from "./svg.js";

type T = (key: string, vars?: Vars) => string;

export interface Chart {
  svg: string;
  png: Uint8Array;
  fileName: string;
}

/** The renderer (a native module) is loaded by the first chart, not at every start. */
const toPng = async (svg: string) => (await import("./png.js")).svgToPng(svg);

/** At most this many days in the per-day columns: two months stay readable on a phone. */
const MAX_DAYS = 60;
const dayKey = (d: LocalDate) => `${d.year}-${d.month}-${d.day}`;
const dayIndex = (d: LocalDate) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

/** The Văn phòng's chart of a campaign: units by state per cluster and per kind, submissions per day. */
export async function provinceChart(db: DbOrTx, campaign: Campaign, provinceId: number, t: T, now: Date, timeZone: string): Promise<Chart> {
  const rows = await campaignUnits(db, campaign.id, { provinceId, unitIds: null });
  const s = summarize(rows, campaign.deadlineAt, now);
  const bar = (label: string, c: { submitted: number; in_progress: number; not_started: number }): StateBar => ({
    label,
    submitted: c.submitted,
    inProgress: c.in_progress,
    notStarted: c.not_started,
  });

  const deadlineDay = localDateOf(campaign.deadlineAt, timeZone);
  const today = localDateOf(now, timeZone);
  // Up to the deadline; after it, on to today (two weeks at most) so late submissions show.
  const lastIndex = Math.max(dayIndex(deadlineDay), Math.min(dayIndex(today), dayIndex(deadlineDay) + 14));
  const last = addDays(deadlineDay, lastIndex - dayIndex(deadlineDay));
  const firstIndex = Math.max(dayIndex(localDateOf(campaign.opensAt, timeZone)), lastIndex - MAX_DAYS + 1);
  const perDayCount = new Map<string, number>();
  for (const r of rows)
    if (r.submittedAt)
      perDayCount.set(
        dayKey(localDateOf(r.submittedAt, timeZone)),
        (perDayCount.get(dayKey(localDateOf(r.submittedAt, timeZone))) ?? 0) + 1,
      );
  const perDay = [];
  for (let i = firstIndex; i <= lastIndex; i++) {
    const d = addDays(last, i - lastIndex);
    perDay.push({
      label: `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}`,
      count: perDayCount.get(dayKey(d)) ?? 0,
      deadline: i === dayIndex(deadlineDay),
      today: i === dayIndex(today),
    });
  }

  const svg = provinceChartSvg({
    title: t("chart-province-title", { campaign: campaign.title }),
    subtitle: t("chart-subtitle", {
      at: formatDateTime(now, timeZone),
      deadline: formatDate(campaign.deadlineAt, timeZone),
      submitted: s.counts.submitted,
      total: s.counts.total,
    }),
    legend: { submitted: t("chart-submitted"), inProgress: t("chart-in-progress"), notStarted: t("chart-not-started") },
    byClusterTitle: t("chart-by-cluster"),
    byCluster: s.byCluster.map((c) => bar(c.label ?? t("chart-no-cluster"), c.counts)),
    byKindTitle: t("chart-by-kind"),
    byKind: s.byKind.map((c) => bar(c.label, c.counts)),
    perDayTitle: t("chart-per-day"),
    perDay,
  });
  return { svg, png: await toPng(svg), fileName: "tien-do.png" };
}

/** A focal person's chart: the unit's staff who answered and who has not yet. */
export async function staffChart(
  db: DbOrTx,
  campaign: Campaign,
  unitId: number,
  unitName: string,
  t: T,
  now: Date,
  timeZone: string,
): Promise<Chart> {
  const members = await unitMemberProgress(db, campaign.id, unitId);
  const answered = members.filter((m) => m.registration !== null);
  const by = (status: string) => answered.filter((m) => m.registration!.status === status).length;
  const svg = staffChartSvg({
    title: t("chart-staff-title", { unit: unitName }),
    subtitle: t("chart-staff-subtitle", {
      campaign: campaign.title,
      at: formatDateTime(now, timeZone),
      deadline: formatDate(campaign.deadlineAt, timeZone),
    }),
    legend: {
      answered: t("chart-answered", { count: answered.length }),
      notYet: t("chart-not-yet", { count: members.length - answered.length }),
    },
    answered: answered.length,
    notYet: members.length - answered.length,
    breakdown: [
      { label: t("chart-approved"), count: by("approved") },
      { label: t("chart-pending"), count: by("pending") },
      { label: t("chart-returned"), count: by("returned") },
    ],
  });
  return { svg, png: await toPng(svg), fileName: "tien-do-don-vi.png" };
}
