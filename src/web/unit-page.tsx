/** @jsxImportSource hono/jsx */
import { formatDateTime } from "../domain/calendar.js";
import { titleLabelKey, type TitleCode } from "../domain/titles.js";
import type { MemberProgress, UnitProgress } from "../features/progress/service.js";
import type { listCollectives } from "../features/registration/collectives.js";
import type { listTargets } from "../features/registration/targets.js";
import type { unitHistory, unitNominationRows } from "../features/web/queries.js";
import { withCampaign, type T } from "./layout.js";

export interface UnitPageData {
  t: T;
  timeZone: string;
  campaignId: number;
  campaignTitle: string;
  unit: UnitProgress;
  members: MemberProgress[];
  targets: Awaited<ReturnType<typeof listTargets>>;
  collectives: Awaited<ReturnType<typeof listCollectives>>;
  nominations: Awaited<ReturnType<typeof unitNominationRows>>;
  history: Awaited<ReturnType<typeof unitHistory>>;
  /** Signed, expiring links to stored evidence, by evidence id. */
  evidenceUrl: (storedKey: string) => string;
  office: boolean;
  csrf: string;
}

const title = (t: T, code: string | null) => (code ? t(titleLabelKey(code as TitleCode)) : "");

export function UnitBody(d: UnitPageData) {
  const { t, unit: u } = d;
  const answered = d.members.filter((m) => m.registration).length;
  return (
    <>
      <p>
        <a href={withCampaign("/web/tien-do", d.campaignId)}>{`← ${t("web-nav-progress")}`}</a>
      </p>
      <h1>{`${u.code} · ${u.name}`}</h1>
      <div class="card stack">
        <dl class="facts">
          <dt>{t("web-campaign")}</dt>
          <dd>{d.campaignTitle}</dd>
          <dt>{t("web-col-kind")}</dt>
          <dd>{u.kindName}</dd>
          <dt>{t("web-col-cluster")}</dt>
          <dd>{u.cluster ?? t("web-no-cluster")}</dd>
          <dt>{t("web-col-contact")}</dt>
          <dd>{u.contact ? [u.contact.name, u.contact.position, u.contact.phone].filter(Boolean).join(" · ") : t("web-no-contact")}</dd>
          <dt>{t("web-col-state")}</dt>
          <dd>
            <span class={`badge ${u.state}`} id="unit-state">
              {t(`web-state-${u.state}`)}
            </span>
            {u.submittedAt ? ` ${formatDateTime(u.submittedAt, d.timeZone)}` : ""}
          </dd>
          <dt>{t("web-col-staff")}</dt>
          <dd>{`${answered}/${d.members.length}`}</dd>
        </dl>
        <div>
          <a class="btn secondary" href={withCampaign("/web/tai-ve/docx", d.campaignId, { unit: u.unitId })}>
            {t("web-download-docx")}
          </a>{" "}
          <a class="btn secondary" href={withCampaign("/web/tai-ve/xlsx", d.campaignId, { unit: u.unitId })}>
            {t("web-download-xlsx")}
          </a>
        </div>
      </div>
      {d.office && u.state === "submitted" && (
        <form
          method="post"
          action={withCampaign(`/web/don-vi/${u.unitId}/mo-lai`, d.campaignId)}
          class="card stack"
          data-confirm={t("web-reopen-confirm")}
        >
          <input type="hidden" name="_csrf" value={d.csrf} />
          <label>
            {t("web-reopen-reason")}
            <br />
            <textarea name="reason" rows={2} cols={60} required maxlength={500}></textarea>
          </label>
          <div>
            <button type="submit" class="danger">
              {t("web-reopen")}
            </button>
          </div>
        </form>
      )}

      <h2>{t("web-unit-staff", { answered, total: d.members.length })}</h2>
      <div class="scroll">
        <table id="staff">
          <thead>
            <tr>
              <th>{t("web-col-person")}</th>
              <th>{t("web-col-position")}</th>
              <th>{t("web-col-title")}</th>
              <th>{t("web-col-reg-status")}</th>
            </tr>
          </thead>
          <tbody>
            {d.members.map((m) => (
              <tr>
                <td>{m.name}</td>
                <td>{m.position}</td>
                <td>{m.registration ? title(t, m.registration.titleCode) : ""}</td>
                <td>
                  <span class={`badge ${m.registration?.status ?? "none"}`}>{t(`web-reg-${m.registration?.status ?? "none"}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div class="grid2">
        <div>
          <h2>{t("web-unit-targets")}</h2>
          {d.targets.length === 0 ? (
            <p class="muted">{t("web-none-yet")}</p>
          ) : (
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th>{t("web-col-target")}</th>
                    <th>{t("web-col-measure")}</th>
                    <th>{t("web-col-planned")}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.targets.map((x) => (
                    <tr>
                      <td>{x.content}</td>
                      <td>{x.measure}</td>
                      <td>{x.planned}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
        <div>
          <h2>{t("web-unit-collectives")}</h2>
          {d.collectives.length === 0 ? (
            <p class="muted">{t("web-none-yet")}</p>
          ) : (
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th>{t("web-col-group")}</th>
                    <th>{t("web-col-title")}</th>
                    <th>{t("web-col-award")}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.collectives.map((x) => (
                    <tr>
                      <td>{x.groupName ?? t("web-whole-unit")}</td>
                      <td>{title(t, x.titleCode)}</td>
                      <td>{title(t, x.awardCode)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      </div>

      <h2>{t("web-unit-nominations")}</h2>
      {d.nominations.length === 0 ? (
        <p class="muted">{t("web-none-yet")}</p>
      ) : (
        <ul class="plain card">
          {d.nominations.map((n) => (
            <li>
              <b>{n.nomineeName}</b> · {n.field} <span class={`badge ${n.status}`}>{t(`web-nomination-${n.status}`)}</span>
              {n.evidence.length > 0 && (
                <ul>
                  {n.evidence.map((e) => (
                    <li>
                      {e.storedKey ? (
                        <a href={d.evidenceUrl(e.storedKey)}>{e.fileName}</a>
                      ) : (
                        <span class="muted">{`${e.fileName} (${t("web-evidence-pending")})`}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}

      <h2>{t("web-unit-history")}</h2>
      {d.history.length === 0 ? (
        <p class="muted">{t("web-none-yet")}</p>
      ) : (
        <ul class="plain card" id="history">
          {d.history.map((h) => {
            const reason = (h.after as { reason?: string } | null)?.reason;
            return (
              <li>
                {`${formatDateTime(h.at, d.timeZone)} · ${t(`web-history-${h.action === "submit" || h.action === "reopen" ? h.action : "other"}`)}`}
                {reason ? ` · ${t("web-history-reason", { reason })}` : ""}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
