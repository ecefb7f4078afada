/** @jsxImportSource hono/jsx */
import { raw } from "hono/html";
import { zoneOffsetMinutes } from "../domain/calendar.js";
import type { ProvinceSummary, StateCounts } from "../features/progress/service.js";
import { NO_CLUSTER, type ProgressQuery, type ProgressRow, type SortKey } from "../features/web/queries.js";
import { withCampaign, type T } from "./layout.js";

const STATES = ["submitted", "in_progress", "not_started"] as const;
const ROW_CLASS = { submitted: "s", in_progress: "i", not_started: "z" } as const;
const COLORS = { submitted: "#2e9d57", in_progress: "#e0a526", not_started: "#d9534f" } as const;

/** Stacked bars of units per group (kind or cluster): the chat's figures, drawn. */
export function Chart(p: { t: T; title: string; groups: Array<{ label: string; counts: StateCounts }> }) {
  const rowH = 22;
  const labelW = 200;
  const barW = 250;
  const h = p.groups.length * rowH + 8;
  const max = Math.max(1, ...p.groups.map((g) => g.counts.total));
  return (
    <figure class="chart card">
      <figcaption>
        <b>{p.title}</b>
      </figcaption>
      <svg viewBox={`0 0 ${labelW + barW + 50} ${h}`} role="img" aria-label={p.title}>
        {p.groups.map((g, i) => {
          let x = labelW;
          const y = i * rowH + 4;
          return (
            <g>
              <text x={labelW - 6} y={y + 14} text-anchor="end" font-size="11">
                {g.label.length > 28 ? `${g.label.slice(0, 27)}…` : g.label}
              </text>
              {STATES.map((s) => {
                const w = (g.counts[s] / max) * barW;
                const rect =
                  w > 0 ? (
                    <rect x={x.toFixed(1)} y={y} width={w.toFixed(1)} height={rowH - 6} fill={COLORS[s]}>
                      <title>{`${p.t(`web-state-${s}`)}: ${g.counts[s]}`}</title>
                    </rect>
                  ) : null;
                x += w;
                return rect;
              })}
              <text x={(x + 5).toFixed(1)} y={y + 14} font-size="12">
                {`${g.counts.submitted}/${g.counts.total}`}
              </text>
            </g>
          );
        })}
      </svg>
      <div class="legend">
        {STATES.map((s) => (
          <span>
            <i style={`background:${COLORS[s]}`}></i>
            {p.t(`web-state-${s}`)}
          </span>
        ))}
      </div>
    </figure>
  );
}

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ESC[ch]!);

/**
 * The table's rows as one string: a province has thousands, and plain concatenation renders them
 * several times faster than JSX elements. Closing tags of cells and rows are left out (HTML allows
 * it), which keeps the page small; every value is escaped.
 */
/**
 * dd/mm/yyyy HH:mm like formatDateTime, for thousands of instants: the zone's offset is looked up
 * once per quarter hour (offsets only change on such boundaries) instead of once per value.
 */
export function dateTimeFormatter(timeZone: string): (d: Date) => string {
  const offsets = new Map<number, number>();
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return (d) => {
    const bucket = Math.floor(d.getTime() / 900_000);
    let offset = offsets.get(bucket);
    if (offset === undefined) offsets.set(bucket, (offset = zoneOffsetMinutes(new Date(bucket * 900_000), timeZone)));
    const l = new Date(d.getTime() + offset * 60_000);
    return `${pad(l.getUTCDate())}/${pad(l.getUTCMonth() + 1)}/${l.getUTCFullYear()} ${pad(l.getUTCHours())}:${pad(l.getUTCMinutes())}`;
  };
}

export function rowsHtml(d: Pick<ProgressPageData, "t" | "rows" | "campaignId" | "timeZone">): string {
  const when = dateTimeFormatter(d.timeZone);
  const state = {
    submitted: esc(d.t("web-state-submitted")),
    in_progress: esc(d.t("web-state-in_progress")),
    not_started: esc(d.t("web-state-not_started")),
  };
  const out: string[] = [];
  for (const r of d.rows) {
    const contact = r.contact ? esc(r.contact.name) + (r.contact.phone ? `<br>${esc(r.contact.phone)}` : "") : "";
    out.push(
      `<tr class=${ROW_CLASS[r.state]}><td><a href="/web/don-vi/${r.unitId}?c=${d.campaignId}">${esc(r.code)}</a><td>${esc(r.name)}<td>${esc(r.kindName)}<td>${esc(r.cluster ?? "")}<td>${contact}<td>${state[r.state]}<td>${r.submittedAt ? when(r.submittedAt) : ""}<td class=n>${r.registrations}/${r.staffTotal}`,
    );
  }
  return out.join("");
}

export interface ProgressPageData {
  t: T;
  campaignId: number;
  campaignTitle: string;
  deadline: string;
  timeZone: string;
  all: ProgressRow[];
  rows: ProgressRow[];
  query: ProgressQuery;
  summary: ProvinceSummary;
  office: boolean;
}

export function ProgressBody(d: ProgressPageData) {
  const { t, query } = d;
  const kinds = [...new Set(d.all.map((r) => r.kindName))].sort();
  const clusters = [...new Set(d.all.map((r) => r.cluster).filter((c): c is string => c !== null))].sort();
  const hasNoCluster = d.all.some((r) => r.cluster === null);
  const counts = { submitted: 0, in_progress: 0, not_started: 0 };
  let answered = 0;
  let staff = 0;
  for (const r of d.rows) {
    counts[r.state]++;
    answered += r.registrations;
    staff += r.staffTotal;
  }
  const params = { kind: query.kind, cluster: query.cluster, status: query.state, q: query.q };
  const sortLink = (key: SortKey) =>
    withCampaign("/web/tien-do", d.campaignId, { ...params, sort: key, dir: query.sort === key && !query.desc ? "desc" : undefined });
  const head = (key: SortKey, label: string, cls?: string) => (
    <th class={cls}>
      <a href={sortLink(key)} class={query.sort === key ? "on" : undefined}>
        {label}
        {query.sort === key ? (query.desc ? " ▼" : " ▲") : ""}
      </a>
    </th>
  );
  return (
    <>
      <h1>{t("web-progress-title", { campaign: d.campaignTitle })}</h1>
      <p class="muted">{t("web-progress-deadline", { deadline: d.deadline })}</p>
      <form method="get" action="/web/tien-do" class="filters" data-auto="">
        <input type="hidden" name="c" value={String(d.campaignId)} />
        {query.sort !== "code" && <input type="hidden" name="sort" value={query.sort} />}
        {query.desc && <input type="hidden" name="dir" value="desc" />}
        <label>
          {t("web-col-kind")}
          <select name="kind">
            <option value="">{t("web-filter-all")}</option>
            {kinds.map((k) => (
              <option value={k} selected={query.kind === k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("web-col-cluster")}
          <select name="cluster">
            <option value="">{t("web-filter-all")}</option>
            {clusters.map((k) => (
              <option value={k} selected={query.cluster === k}>
                {k}
              </option>
            ))}
            {hasNoCluster && (
              <option value={NO_CLUSTER} selected={query.cluster === NO_CLUSTER}>
                {t("web-no-cluster")}
              </option>
            )}
          </select>
        </label>
        <label>
          {t("web-col-state")}
          <select name="status">
            <option value="">{t("web-filter-all")}</option>
            {STATES.map((s) => (
              <option value={s} selected={query.state === s}>
                {t(`web-state-${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="q">
          {t("web-search")}
          <input type="search" name="q" value={query.q ?? ""} placeholder={t("web-search-hint")} />
        </label>
        <button type="submit">{t("web-filter-apply")}</button>
        <a class="btn secondary" href={withCampaign("/web/tien-do", d.campaignId)}>
          {t("web-filter-clear")}
        </a>
      </form>
      <div class="totals" id="totals">
        <div>
          <b>{d.rows.length}</b>
          {t("web-total-units", { all: d.all.length })}
        </div>
        {STATES.map((s) => (
          <div>
            <b>{counts[s]}</b>
            {t(`web-state-${s}`)}
          </div>
        ))}
        <div>
          <b>{`${answered}/${staff}`}</b>
          {t("web-total-staff")}
        </div>
      </div>
      <div class="board">
        {d.office && (
          <div class="grid2 charts">
            <Chart t={t} title={t("web-chart-kind")} groups={d.summary.byKind} />
            <Chart
              t={t}
              title={t("web-chart-cluster")}
              groups={d.summary.byCluster.map((g) => ({ label: g.label ?? t("web-no-cluster"), counts: g.counts }))}
            />
          </div>
        )}
        <div class="scroll">
          <table id="units">
            <thead>
              <tr>
                {head("code", t("web-col-code"))}
                {head("name", t("web-col-name"))}
                {head("kind", t("web-col-kind"))}
                {head("cluster", t("web-col-cluster"))}
                {head("contact", t("web-col-contact"))}
                {head("state", t("web-col-state"))}
                {head("submitted", t("web-col-submitted"))}
                {head("staff", t("web-col-staff"), "n")}
              </tr>
            </thead>
            <tbody>{raw(rowsHtml(d))}</tbody>
          </table>
        </div>
        {d.rows.length === 0 && <p class="muted">{t("web-no-rows")}</p>}
      </div>
    </>
  );
}
