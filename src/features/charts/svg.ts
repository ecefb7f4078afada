/**
 * Progress charts as SVG, built by hand: a few bars and columns need no charting library, and
 * the text stays real text (the test reads the labels back). Pure: data and words in, SVG out.
 */

export interface StateBar {
  label: string;
  submitted: number;
  inProgress: number;
  notStarted: number;
}

export interface ProvinceChartData {
  title: string;
  subtitle: string;
  legend: { submitted: string; inProgress: string; notStarted: string };
  byClusterTitle: string;
  byCluster: StateBar[];
  byKindTitle: string;
  byKind: StateBar[];
  perDayTitle: string;
  /** Units that submitted on each day, from the campaign's opening (or 60 days back) to its deadline. */
  perDay: Array<{ label: string; count: number; deadline?: boolean; today?: boolean }>;
}

export interface StaffChartData {
  title: string;
  subtitle: string;
  legend: { answered: string; notYet: string };
  answered: number;
  notYet: number;
  /** Of those who answered: approved, waiting, returned (already translated). */
  breakdown: Array<{ label: string; count: number }>;
}

export const COLORS = {
  submitted: "#2e7d32",
  inProgress: "#f9a825",
  notStarted: "#c62828",
  grid: "#e0e0e0",
  text: "#212121",
  muted: "#616161",
  bar: "#1565c0",
};
export const FONT = "Be Vietnam Pro";
const WIDTH = 960;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** Long unit or cluster names are cut so the bars keep their place. */
const clip = (s: string, max: number) => ([...s].length > max ? `${[...s].slice(0, max - 1).join("")}…` : s);

function text(
  x: number,
  y: number,
  s: string,
  opts: { size?: number; weight?: number; anchor?: "start" | "middle" | "end"; fill?: string } = {},
): string {
  return `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${opts.size ?? 15}" font-weight="${opts.weight ?? 400}" text-anchor="${opts.anchor ?? "start"}" fill="${opts.fill ?? COLORS.text}">${esc(s)}</text>`;
}

function legend(y: number, items: Array<[string, string]>): string {
  let x = 40;
  const out: string[] = [];
  for (const [label, color] of items) {
    out.push(`<rect x="${x}" y="${y - 12}" width="16" height="16" rx="3" fill="${color}"/>`, text(x + 24, y + 1, label, { size: 15 }));
    x += 40 + [...label].length * 9;
  }
  return out.join("");
}

/** Horizontal stacked bars, one per row, scaled to the largest row; returns the SVG and its height. */
function stackedBars(top: number, title: string, rows: StateBar[]): { svg: string; height: number } {
  const out = [text(40, top + 20, title, { size: 18, weight: 700 })];
  const labelW = 260;
  const barX = 40 + labelW;
  const barW = WIDTH - barX - 110;
  const max = Math.max(1, ...rows.map((r) => r.submitted + r.inProgress + r.notStarted));
  rows.forEach((r, i) => {
    const y = top + 40 + i * 30;
    const total = r.submitted + r.inProgress + r.notStarted;
    out.push(text(40, y + 15, clip(r.label, 30), { size: 14 }));
    let x = barX;
    for (const [n, color] of [
      [r.submitted, COLORS.submitted],
      [r.inProgress, COLORS.inProgress],
      [r.notStarted, COLORS.notStarted],
    ] as Array<[number, string]>) {
      const w = (n / max) * barW;
      if (w > 0) out.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="20" fill="${color}"/>`);
      if (w >= 22) out.push(text(x + w / 2, y + 15, String(n), { size: 12, anchor: "middle", fill: "#ffffff", weight: 700 }));
      x += w;
    }
    out.push(text(x + 8, y + 15, `${r.submitted}/${total}`, { size: 13, fill: COLORS.muted }));
  });
  return { svg: out.join(""), height: 50 + rows.length * 30 };
}

function columns(top: number, title: string, days: ProvinceChartData["perDay"]): { svg: string; height: number } {
  const out = [text(40, top + 20, title, { size: 18, weight: 700 })];
  const chartTop = top + 40;
  const chartH = 160;
  const x0 = 70;
  const w = WIDTH - x0 - 40;
  const max = Math.max(1, ...days.map((d) => d.count));
  const step = days.length > 0 ? w / days.length : w;
  // Grid lines with their values.
  // Whole numbers only: half a unit is no value to read off.
  for (const v of [...new Set([0, max % 2 === 0 ? max / 2 : 0, max])]) {
    const y = chartTop + chartH - (v / max) * chartH;
    out.push(
      `<line x1="${x0}" y1="${y}" x2="${x0 + w}" y2="${y}" stroke="${COLORS.grid}"/>`,
      text(x0 - 8, y + 5, String(v), { size: 12, anchor: "end", fill: COLORS.muted }),
    );
  }
  const every = Math.max(1, Math.ceil(days.length / 12));
  days.forEach((d, i) => {
    const h = (d.count / max) * chartH;
    const x = x0 + i * step;
    if (h > 0)
      out.push(
        `<rect x="${(x + step * 0.15).toFixed(1)}" y="${(chartTop + chartH - h).toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS.bar}"/>`,
      );
    if (d.deadline || d.today) {
      out.push(
        `<line x1="${(x + step / 2).toFixed(1)}" y1="${chartTop - 4}" x2="${(x + step / 2).toFixed(1)}" y2="${chartTop + chartH}" stroke="${d.deadline ? COLORS.notStarted : COLORS.muted}" stroke-dasharray="4 3"/>`,
      );
    }
    if (i % every === 0 || d.deadline)
      out.push(
        text(x + step / 2, chartTop + chartH + 18, d.label, {
          size: 11,
          anchor: "middle",
          fill: d.deadline ? COLORS.notStarted : COLORS.muted,
        }),
      );
  });
  return { svg: out.join(""), height: 40 + chartH + 30 };
}

const wrap = (height: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${Math.ceil(height)}" viewBox="0 0 ${WIDTH} ${Math.ceil(height)}"><rect width="100%" height="100%" fill="#ffffff"/>${body}</svg>`;

/** The Văn phòng's picture: by cluster, by unit kind, and submissions per day up to the deadline. */
export function provinceChartSvg(d: ProvinceChartData): string {
  const parts = [text(40, 44, d.title, { size: 24, weight: 700 }), text(40, 72, d.subtitle, { size: 15, fill: COLORS.muted })];
  parts.push(
    legend(106, [
      [d.legend.submitted, COLORS.submitted],
      [d.legend.inProgress, COLORS.inProgress],
      [d.legend.notStarted, COLORS.notStarted],
    ]),
  );
  let y = 126;
  const cluster = stackedBars(y, d.byClusterTitle, d.byCluster);
  parts.push(cluster.svg);
  y += cluster.height + 10;
  const kind = stackedBars(y, d.byKindTitle, d.byKind);
  parts.push(kind.svg);
  y += kind.height + 10;
  const perDay = columns(y, d.perDayTitle, d.perDay);
  parts.push(perDay.svg);
  y += perDay.height + 10;
  return wrap(y, parts.join(""));
}

/** A focal person's picture: their staff who answered and who has not yet. */
export function staffChartSvg(d: StaffChartData): string {
  const parts = [text(40, 44, d.title, { size: 24, weight: 700 }), text(40, 72, d.subtitle, { size: 15, fill: COLORS.muted })];
  parts.push(
    legend(106, [
      [d.legend.answered, COLORS.submitted],
      [d.legend.notYet, COLORS.notStarted],
    ]),
  );
  const total = Math.max(1, d.answered + d.notYet);
  const barX = 40;
  const barW = WIDTH - 80;
  const aw = (d.answered / total) * barW;
  parts.push(
    `<rect x="${barX}" y="130" width="${aw.toFixed(1)}" height="44" fill="${COLORS.submitted}"/>`,
    `<rect x="${(barX + aw).toFixed(1)}" y="130" width="${(barW - aw).toFixed(1)}" height="44" fill="${COLORS.notStarted}"/>`,
  );
  if (d.answered > 0)
    parts.push(text(barX + aw / 2, 158, String(d.answered), { size: 18, weight: 700, anchor: "middle", fill: "#ffffff" }));
  if (d.notYet > 0)
    parts.push(text(barX + aw + (barW - aw) / 2, 158, String(d.notYet), { size: 18, weight: 700, anchor: "middle", fill: "#ffffff" }));
  let y = 210;
  for (const b of d.breakdown) {
    parts.push(text(40, y, `${b.label}: ${b.count}`, { size: 16 }));
    y += 26;
  }
  return wrap(y + 10, parts.join(""));
}
