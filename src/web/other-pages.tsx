/** @jsxImportSource hono/jsx */
import { formatDate } from "../domain/calendar.js";
import type { Campaign, CampaignStatus } from "../services/campaigns.js";
import type { ImportReport } from "../services/import/report.js";
import { withCampaign, type T } from "./layout.js";

export function DownloadsBody(p: {
  t: T;
  campaignId: number;
  campaignTitle: string;
  schoolYear: string;
  office: boolean;
  units: Array<{ id: number; code: string; name: string }>;
}) {
  const { t } = p;
  const link = (format: string, extra: Record<string, string | number | undefined> = {}) =>
    withCampaign(`/web/tai-ve/${format}`, p.campaignId, extra);
  return (
    <>
      <h1>{t("web-downloads-title", { campaign: p.campaignTitle })}</h1>
      <div class="card stack">
        <p>{t(p.office ? "web-downloads-scope-office" : "web-downloads-scope-focal")}</p>
        <div>
          <a class="btn" id="dl-xlsx" href={link("xlsx")}>
            {t("web-download-xlsx")}
          </a>{" "}
          <a class="btn" id="dl-csv" href={link("csv")}>
            {t("web-download-csv")}
          </a>{" "}
          {p.office && (
            <a class="btn secondary" id="dl-zip" href={link("zip")}>
              {t("web-download-zip")}
            </a>
          )}
        </div>
        {p.office && <p class="muted">{t("web-download-zip-note")}</p>}
      </div>
      {p.office && (
        <div class="card stack">
          <h2>{t("web-report-title", { year: p.schoolYear })}</h2>
          <div>
            <a class="btn" id="dl-report-xlsx" href={withCampaign("/web/bao-cao/xlsx", p.campaignId)}>
              {t("report-format-xlsx")}
            </a>{" "}
            <a class="btn secondary" id="dl-report-docx" href={withCampaign("/web/bao-cao/docx", p.campaignId)}>
              {t("report-format-docx")}
            </a>
          </div>
          <p class="muted">{t("web-report-note")}</p>
        </div>
      )}
      <div class="card">
        <h2>{t("web-download-unit-doc")}</h2>
        <form method="get" action="/web/tai-ve/docx" class="inline">
          <input type="hidden" name="c" value={String(p.campaignId)} />
          {p.office ? (
            <input type="text" name="unit" required placeholder={t("web-unit-code")} size={14} />
          ) : (
            <select name="unit" required>
              {p.units.map((u) => (
                <option value={String(u.id)}>{`${u.code} · ${u.name}`}</option>
              ))}
            </select>
          )}
          <button type="submit">{t("web-download-docx")}</button>
        </form>
      </div>
    </>
  );
}

export interface ImportView {
  t: T;
  csrf: string;
  kind?: "units" | "people";
  error?: string | null;
  /** A preview not yet written, or the result of the import. */
  report?: { report: ImportReport; uploadKey?: string; fileName: string; done: boolean } | null;
}

export function ImportBody(p: ImportView) {
  const { t } = p;
  const r = p.report;
  return (
    <>
      <h1>{t("web-import-title")}</h1>
      <div class="card stack">
        <p class="muted">{t("web-import-help")}</p>
        <form method="post" action="/web/nhap-du-lieu/xem-truoc" enctype="multipart/form-data" class="inline">
          <input type="hidden" name="_csrf" value={p.csrf} />
          <select name="kind">
            <option value="units" selected={p.kind !== "people"}>
              {t("web-import-units")}
            </option>
            <option value="people" selected={p.kind === "people"}>
              {t("web-import-people")}
            </option>
          </select>
          <input type="file" name="file" accept=".csv,.xlsx" required />
          <button type="submit">{t("web-import-preview")}</button>
        </form>
      </div>
      {p.error && <div class="flash err">{p.error}</div>}
      {r && (
        <div class="card" id="import-report">
          <h2>{t(r.done ? "web-import-done" : "web-import-preview-head", { file: r.fileName })}</h2>
          <p>
            {t("web-import-summary", {
              created: r.report.created,
              updated: r.report.updated,
              unchanged: r.report.unchanged,
              rejected: r.report.rejected.length,
            })}
          </p>
          {r.report.rejected.length > 0 && (
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th class="n">{t("web-import-line")}</th>
                    <th>{t("web-import-reason")}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.report.rejected.map((x) => (
                    <tr>
                      <td class="n">{String(x.line)}</td>
                      <td>{t(x.reason, x.vars)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {!r.done && r.uploadKey && r.report.created + r.report.updated > 0 && (
            <form method="post" action="/web/nhap-du-lieu/nhap" class="inline">
              <input type="hidden" name="_csrf" value={p.csrf} />
              <input type="hidden" name="kind" value={p.kind ?? "units"} />
              <input type="hidden" name="upload" value={r.uploadKey} />
              <button type="submit">{t("web-import-confirm", { count: r.report.created + r.report.updated })}</button>
            </form>
          )}
        </div>
      )}
    </>
  );
}

export function CampaignsBody(p: {
  t: T;
  csrf: string;
  timeZone: string;
  now: Date;
  rows: Array<{ campaign: Campaign; schoolYear: string; status: CampaignStatus }>;
}) {
  const { t } = p;
  return (
    <>
      <h1>{t("web-campaigns-title")}</h1>
      <div class="scroll">
        <table id="campaigns">
          <thead>
            <tr>
              <th>#</th>
              <th>{t("web-col-campaign")}</th>
              <th>{t("web-col-year")}</th>
              <th>{t("web-col-opens")}</th>
              <th>{t("web-col-deadline")}</th>
              <th>{t("web-col-state")}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map(({ campaign: c, schoolYear, status }) => (
              <tr>
                <td>{String(c.id)}</td>
                <td>
                  {c.title}
                  <br />
                  <span class="muted">{t(`campaign-kind-${c.kind}`)}</span>
                </td>
                <td>{schoolYear}</td>
                <td>{formatDate(c.opensAt, p.timeZone)}</td>
                <td>{formatDate(c.deadlineAt, p.timeZone)}</td>
                <td>{t(`campaign-status-${status}`)}</td>
                <td>
                  {status !== "closed" && (
                    <>
                      <form method="post" action={`/web/dot-thi-dua/${c.id}/han`} class="inline">
                        <input type="hidden" name="_csrf" value={p.csrf} />
                        <input
                          type="text"
                          name="deadline"
                          inputmode="numeric"
                          placeholder="dd/mm/yyyy"
                          size={10}
                          required
                          pattern="\d{1,2}/\d{1,2}/\d{4}"
                        />
                        <button type="submit" class="secondary">
                          {t("web-campaign-move")}
                        </button>
                      </form>
                      <form
                        method="post"
                        action={`/web/dot-thi-dua/${c.id}/dong`}
                        class="inline"
                        data-confirm={t("web-campaign-close-confirm", { title: c.title })}
                      >
                        <input type="hidden" name="_csrf" value={p.csrf} />
                        <button type="submit" class="danger">
                          {t("web-campaign-close")}
                        </button>
                      </form>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="card" style="margin-top:1rem">
        <h2>{t("web-campaign-open")}</h2>
        <form method="post" action="/web/dot-thi-dua/mo" class="stack">
          <input type="hidden" name="_csrf" value={p.csrf} />
          <div>
            <label>
              {t("web-col-campaign")}
              <br />
              <input type="text" name="title" required maxlength={200} size={50} />
            </label>
          </div>
          <div class="inline">
            <label>
              {t("web-campaign-kind")}{" "}
              <select name="kind">
                {(["registration", "nomination", "initiative", "review"] as const).map((k) => (
                  <option value={k}>{t(`campaign-kind-${k}`)}</option>
                ))}
              </select>
            </label>{" "}
            <label>
              {t("web-col-deadline")}{" "}
              <input
                type="text"
                name="deadline"
                inputmode="numeric"
                placeholder="dd/mm/yyyy"
                size={10}
                required
                pattern="\d{1,2}/\d{1,2}/\d{4}"
              />
            </label>
          </div>
          <div>
            <button type="submit">{t("web-campaign-open")}</button>
          </div>
        </form>
      </div>
    </>
  );
}
