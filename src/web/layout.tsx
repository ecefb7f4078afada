/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import type { Vars } from "../i18n.js";
import type { WebUser } from "../features/web/session.js";

export type T = (key: string, vars?: Vars) => string;

export interface CampaignChoice {
  id: number;
  title: string;
}

export interface PageProps {
  t: T;
  title: string;
  user?: WebUser | null;
  active?: string;
  /** The campaign the page shows, carried by every link as ?c=. */
  campaignId?: number | undefined;
  campaigns?: CampaignChoice[];
  flash?: { kind: "ok" | "err"; text: string } | null;
  children?: Child;
}

export const withCampaign = (path: string, campaignId: number | undefined, extra: Record<string, string | number | undefined> = {}) => {
  const q = new URLSearchParams();
  if (campaignId) q.set("c", String(campaignId));
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
};

export function Page(p: PageProps) {
  const { t, user } = p;
  const nav: Array<[string, string, string]> = user?.role
    ? [
        ["progress", "/web/tien-do", t("web-nav-progress")],
        ["downloads", "/web/tai-ve", t("web-nav-downloads")],
        ...(user.role === "office"
          ? ([
              ["import", "/web/nhap-du-lieu", t("web-nav-import")],
              ["campaigns", "/web/dot-thi-dua", t("web-nav-campaigns")],
            ] as Array<[string, string, string]>)
          : []),
      ]
    : [];
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${p.title} · ${t("web-brand")}`}</title>
        <link rel="stylesheet" href="/web/assets/app.css" />
        <script src="/web/assets/app.js" defer></script>
      </head>
      <body>
        <header class="top">
          <span class="brand">{t("web-brand")}</span>
          {nav.length > 0 && (
            <nav>
              {nav.map(([id, href, label]) => (
                <a href={withCampaign(href, p.campaignId)} class={p.active === id ? "on" : undefined}>
                  {label}
                </a>
              ))}
            </nav>
          )}
          {user && (
            <form method="post" action="/web/logout">
              <span class="who">{user.actor.fullName} </span>
              <input type="hidden" name="_csrf" value={user.csrf} />
              <button type="submit">{t("web-logout")}</button>
            </form>
          )}
        </header>
        <main>
          {p.campaigns && p.campaigns.length > 1 && (
            <form method="get" data-auto="" class="filters">
              <label>
                {t("web-campaign")}
                <select name="c">
                  {p.campaigns.map((c) => (
                    <option value={String(c.id)} selected={c.id === p.campaignId}>
                      {c.title}
                    </option>
                  ))}
                </select>
              </label>
              <noscript>
                <button type="submit">{t("web-show")}</button>
              </noscript>
            </form>
          )}
          {p.flash && <div class={`flash ${p.flash.kind}`}>{p.flash.text}</div>}
          {p.children}
        </main>
      </body>
    </html>
  );
}

/** Short pages without data: no session, link used, forbidden, logged out. */
export function Notice(p: { t: T; title: string; text: string; user?: WebUser | null }) {
  return (
    <Page t={p.t} title={p.title} user={p.user ?? null}>
      <div class="card center">
        <h1>{p.title}</h1>
        <p>{p.text}</p>
      </div>
    </Page>
  );
}
