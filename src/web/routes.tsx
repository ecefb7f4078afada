/** @jsxImportSource hono/jsx */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { and, asc, eq, inArray } from "drizzle-orm";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Child } from "hono/jsx";
import type { Db } from "../db/client.js";
import { units } from "../db/schema.js";
import { endOfLocalDay, formatDate, localDateOf, parseVnDate, schoolYearOf } from "../domain/calendar.js";
import { UserError } from "../core/errors.js";
import type { FileLinks } from "../files/links.js";
import type { FileStore } from "../files/store.js";
import { managedUnits } from "../core/roles.js";
import { createTranslator, type Translator, type Vars } from "../i18n.js";
import type { Logger } from "../logger.js";
import { writeAudit } from "../services/audit.js";
import { campaignStatus, closeCampaign, createCampaign, listCampaigns, setDeadline } from "../services/campaigns.js";
import { exportFile, exportScope, type ExportFormat } from "../features/export/service.js";
import { reportFile, type ReportFormat } from "../features/report/service.js";
import { importPeople } from "../services/import/people-import.js";
import type { ImportReport } from "../services/import/report.js";
import { readTable, type Table } from "../services/import/table-file.js";
import { importUnits } from "../services/import/units-import.js";
import { insertOutboxNotifications } from "../services/notifications.js";
import {
  campaignUnits,
  loadCampaign,
  registrationCampaigns,
  summarize,
  unitMemberProgress,
  type UnitScope,
} from "../features/progress/service.js";
import { listCollectives } from "../features/registration/collectives.js";
import { listTargets } from "../features/registration/targets.js";
import { reopenUnit } from "../features/registration/submission.js";
import { CSS, JS } from "./assets.js";
import {
  filterRows,
  SORT_KEYS,
  staffTotals,
  toRows,
  unitHistory,
  unitManagers,
  unitNominationRows,
  type ProgressQuery,
  type SortKey,
} from "../features/web/queries.js";
import { Notice, Page, type T } from "./layout.js";
import { CampaignsBody, DownloadsBody, ImportBody, type ImportView } from "./other-pages.js";
import { ProgressBody } from "./progress-page.js";
import { endSession, loadSession, loginLinkUsable, openSession, SESSION_COOKIE, type WebUser } from "../features/web/session.js";
import { UnitBody } from "./unit-page.js";
import { type ActorRef } from "../core/actor.js";

export interface WebDeps {
  db: Db;
  logger: Logger;
  timeZone: string;
  /** PUBLIC_URL: decides whether the session cookie is Secure. */
  publicUrl: string;
  files: { store: FileStore; links: FileLinks };
  translator?: Translator;
  now?: () => Date;
  /** Called after notifications were queued, so the outbox sends them at once. */
  onNotified?: () => void;
}

type Env = { Variables: { user: WebUser; t: T } };

/** Uploads bigger than this are refused before they are read. */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const FORMATS = ["xlsx", "csv", "docx", "zip"] as const;
const MIME_BY_EXT: Record<string, string> = {
  ".csv": "text/csv",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
/** Messages a redirect may ask the next page to show. */
const FLASH_KEYS = new Set(["web-reopened", "web-campaign-opened", "web-campaign-moved", "web-campaign-closed"]);

/** `filename*` keeps Vietnamese names intact; the ASCII fallback is for old clients. */
function contentDisposition(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

class Rollback extends Error {}

/**
 * The web workspace under /web: server-rendered pages for the Văn phòng (the province) and focal
 * persons (their own units). Every request reads the session and the person's roles again; every
 * form post carries the session's CSRF token.
 */
export function webRoutes(deps: WebDeps) {
  const web = new Hono<Env>();
  const { db } = deps;
  const translator = deps.translator ?? createTranslator("vi");
  const now = deps.now ?? (() => new Date());
  const tz = deps.timeZone;
  const secure = deps.publicUrl.startsWith("https:");
  const tr =
    (locale: "vi" | "en"): T =>
    (key: string, vars?: Vars) =>
      translator.t(locale, key, vars);
  const vi = tr("vi");

  web.use("*", async (c, next) => {
    await next();
    c.header("x-content-type-options", "nosniff");
    c.header("x-frame-options", "DENY");
    c.header("referrer-policy", "no-referrer");
    c.header(
      "content-security-policy",
      "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
    );
    if (!c.res.headers.has("cache-control")) c.header("cache-control", "private, no-store");
  });
  web.use("*", compress());

  const html = (c: Context, body: Child, status = 200) => c.html(`<!doctype html>${String(body)}`, status as 200);

  web.get("/assets/app.css", (c) =>
    c.body(CSS, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=86400" }),
  );
  web.get("/assets/app.js", (c) =>
    c.body(JS, 200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=86400" }),
  );

  const linkGone = (c: Context) => html(c, <Notice t={vi} title={vi("web-link-gone-title")} text={vi("web-link-gone")} />, 410);

  // Opening the link only shows a button: chat apps fetch links for previews, and that must not use it up.
  web.get("/login/:token", async (c) => {
    const token = c.req.param("token");
    if (!(await loginLinkUsable(db, token, now()))) return linkGone(c);
    return html(
      c,
      <Page t={vi} title={vi("web-login-title")}>
        <div class="card center">
          <h1>{vi("web-login-title")}</h1>
          <p>{vi("web-login-text")}</p>
          <form method="post" action={`/web/login/${token}`}>
            <button type="submit" id="login">
              {vi("web-login-button")}
            </button>
          </form>
        </div>
      </Page>,
    );
  });

  web.post("/login/:token", async (c) => {
    const secret = await openSession(db, c.req.param("token"), now());
    if (!secret) return linkGone(c);
    setCookie(c, SESSION_COOKIE, secret, { httpOnly: true, sameSite: "Lax", secure, path: "/web" });
    return c.redirect("/web/tien-do", 303);
  });

  // A form or an upload is never read past this size (the CSRF check reads the body first).
  web.post(
    "*",
    bodyLimit({
      maxSize: MAX_UPLOAD_BYTES + 64 * 1024,
      onError: (c) => html(c, <Notice t={vi} title={vi("web-error-title")} text={vi("web-import-too-big")} />, 413),
    }),
  );

  // Everything below needs a session and a role that the web serves.
  web.use("*", async (c, next) => {
    const user = await loadSession(db, getCookie(c, SESSION_COOKIE), now());
    if (!user) return html(c, <Notice t={vi} title={vi("web-signin-title")} text={vi("web-signin-needed")} />, 401);
    const t = tr(user.locale);
    if (!user.role) return html(c, <Notice t={t} user={user} title={t("web-forbidden-title")} text={t("web-forbidden")} />, 403);
    if (c.req.method === "POST") {
      const body = await c.req.parseBody();
      if (typeof body._csrf !== "string" || body._csrf !== user.csrf)
        return html(c, <Notice t={t} user={user} title={t("web-forbidden-title")} text={t("web-csrf")} />, 403);
    }
    c.set("user", user);
    c.set("t", t);
    await next();
  });

  const forbidden = (c: Context<Env>) =>
    html(c, <Notice t={c.var.t} user={c.var.user} title={c.var.t("web-forbidden-title")} text={c.var.t("web-forbidden")} />, 403);
  const notFound = (c: Context<Env>) =>
    html(c, <Notice t={c.var.t} user={c.var.user} title={c.var.t("web-not-found-title")} text={c.var.t("web-not-found")} />, 404);
  const officeOnly = (c: Context<Env>) => c.var.user.role === "office";

  /** What this person may see: the province, or the units their role covers. */
  const scopeOf = (user: WebUser): UnitScope => ({
    provinceId: user.actor.provinceId,
    unitIds: user.role === "office" ? null : managedUnits(user.actor),
  });

  /** The campaign a page shows: ?c= when it is one of the province's, else the newest. */
  async function campaignOf(c: Context<Env>) {
    const list = await registrationCampaigns(db, c.var.user.actor.provinceId);
    const asked = Number(c.req.query("c"));
    const picked = list.find((x) => x.id === asked) ?? list[0];
    if (!picked) return null;
    return {
      list: list.map((x) => ({ id: x.id, title: x.title })),
      campaign: await loadCampaign(db, c.var.user.actor.provinceId, picked.id),
    };
  }

  const noCampaign = (c: Context<Env>, active: string) =>
    html(
      c,
      <Page t={c.var.t} user={c.var.user} title={c.var.t("web-no-campaign-title")} active={active}>
        <div class="card">{c.var.t("web-no-campaign")}</div>
      </Page>,
    );

  const flashOf = (c: Context<Env>) => {
    const key = c.req.query("m");
    return key && FLASH_KEYS.has(key) ? { kind: "ok" as const, text: c.var.t(key) } : null;
  };

  web.get("/", (c) => c.redirect("/web/tien-do", 303));

  web.post("/logout", async (c) => {
    await endSession(db, c.var.user.sessionId, now());
    deleteCookie(c, SESSION_COOKIE, { path: "/web", secure });
    return html(c, <Notice t={c.var.t} title={c.var.t("web-logged-out-title")} text={c.var.t("web-logged-out")} />);
  });

  web.get("/tien-do", async (c) => {
    const { t, user } = c.var;
    const picked = await campaignOf(c);
    if (!picked) return noCampaign(c, "progress");
    const { campaign } = picked;
    const scope = scopeOf(user);
    const [unitRows, totals] = await Promise.all([campaignUnits(db, campaign.id, scope), staffTotals(db, scope)]);
    const all = toRows(unitRows, totals);
    const sort = (SORT_KEYS as readonly string[]).includes(c.req.query("sort") ?? "") ? (c.req.query("sort") as SortKey) : "code";
    const query: ProgressQuery = {
      kind: c.req.query("kind") || undefined,
      cluster: c.req.query("cluster") || undefined,
      state: c.req.query("status") || undefined,
      q: c.req.query("q")?.trim().slice(0, 100) || undefined,
      sort,
      desc: c.req.query("dir") === "desc",
    };
    const rows = filterRows(all, query);
    return html(
      c,
      <Page t={t} user={user} title={t("web-nav-progress")} active="progress" campaignId={campaign.id} campaigns={picked.list}>
        <ProgressBody
          t={t}
          campaignId={campaign.id}
          campaignTitle={campaign.title}
          deadline={formatDate(campaign.deadlineAt, tz)}
          timeZone={tz}
          all={all}
          rows={rows}
          query={query}
          summary={summarize(all, campaign.deadlineAt, now())}
          office={user.role === "office"}
        />
      </Page>,
    );
  });

  /** The unit when this person may open it: the Văn phòng any unit of the province, a focal person their own. */
  async function unitAllowed(c: Context<Env>, unitId: number): Promise<"ok" | "forbidden" | "missing"> {
    const { user } = c.var;
    if (!Number.isInteger(unitId) || unitId <= 0) return "missing";
    if (user.role !== "office" && !managedUnits(user.actor).includes(unitId)) return "forbidden";
    const [row] = await db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.id, unitId), eq(units.provinceId, user.actor.provinceId)));
    return row ? "ok" : "missing";
  }

  web.get("/don-vi/:id", async (c) => {
    const { t, user } = c.var;
    const unitId = Number(c.req.param("id"));
    const access = await unitAllowed(c, unitId);
    if (access === "forbidden") return forbidden(c);
    if (access === "missing") return notFound(c);
    const picked = await campaignOf(c);
    if (!picked) return noCampaign(c, "progress");
    const { campaign } = picked;
    const [unit] = await campaignUnits(db, campaign.id, { provinceId: user.actor.provinceId, unitIds: [unitId] });
    if (!unit) return notFound(c);
    const at = now();
    return html(
      c,
      <Page t={t} user={user} title={unit.name} active="progress" campaignId={campaign.id} campaigns={picked.list} flash={flashOf(c)}>
        <UnitBody
          t={t}
          timeZone={tz}
          campaignId={campaign.id}
          campaignTitle={campaign.title}
          unit={unit}
          members={await unitMemberProgress(db, campaign.id, unitId)}
          targets={await listTargets(db, campaign.id, unitId)}
          collectives={await listCollectives(db, campaign.id, unitId)}
          nominations={await unitNominationRows(db, campaign.schoolYearId, unitId)}
          history={await unitHistory(db, campaign.id, unitId)}
          evidenceUrl={(key) => deps.files.links.urlFor(key, at)}
          office={user.role === "office"}
          csrf={user.csrf}
        />
      </Page>,
    );
  });

  web.post("/don-vi/:id/mo-lai", async (c) => {
    const { user } = c.var;
    if (!officeOnly(c)) return forbidden(c);
    const unitId = Number(c.req.param("id"));
    if ((await unitAllowed(c, unitId)) !== "ok") return notFound(c);
    const picked = await campaignOf(c);
    if (!picked) return noCampaign(c, "progress");
    const { campaign } = picked;
    const body = await c.req.parseBody();
    const reason = typeof body.reason === "string" ? body.reason.normalize("NFC").trim().slice(0, 500) : "";
    const back = `/web/don-vi/${unitId}?c=${campaign.id}`;
    if (!reason) return c.redirect(back, 303);
    const at = now();
    const done = await db.transaction(async (tx) => {
      const [unit] = await tx.select({ name: units.name }).from(units).where(eq(units.id, unitId));
      const reopened = await reopenUnit(tx, user.actor.provinceId, campaign.id, unitId, at, user.actor, reason);
      if (!reopened) return false;
      // The unit's focal persons and leader learn it in the chat, with the reason.
      const managers = await unitManagers(tx, user.actor.provinceId, unitId);
      await insertOutboxNotifications(
        tx,
        managers.map((personId) => ({
          personId,
          provinceId: user.actor.provinceId,
          dedupeKey: `web-reopen:${campaign.id}:${unitId}:${at.getTime()}:${personId}`,
          message: { key: "web-notify-reopened", vars: { unit: unit!.name, campaign: campaign.title, reason } },
        })),
      );
      return true;
    });
    if (done) deps.onNotified?.();
    return c.redirect(done ? `${back}&m=web-reopened` : back, 303);
  });

  web.get("/tai-ve", async (c) => {
    const { t, user } = c.var;
    const picked = await campaignOf(c);
    if (!picked) return noCampaign(c, "downloads");
    const office = user.role === "office";
    const managed = managedUnits(user.actor);
    const mine =
      office || managed.length === 0
        ? []
        : await db
            .select({ id: units.id, code: units.code, name: units.name })
            .from(units)
            .where(and(eq(units.provinceId, user.actor.provinceId), inArray(units.id, managed)))
            .orderBy(asc(units.code));
    return html(
      c,
      <Page t={t} user={user} title={t("web-nav-downloads")} active="downloads" campaignId={picked.campaign.id} campaigns={picked.list}>
        <DownloadsBody
          t={t}
          campaignId={picked.campaign.id}
          campaignTitle={picked.campaign.title}
          schoolYear={picked.campaign.schoolYear}
          office={office}
          units={mine}
        />
      </Page>,
    );
  });

  web.get("/tai-ve/:format", async (c) => {
    const { t, user } = c.var;
    const format = c.req.param("format") as ExportFormat;
    if (!(FORMATS as readonly string[]).includes(format)) return notFound(c);
    if (format === "zip" && !officeOnly(c)) return forbidden(c);
    const picked = await campaignOf(c);
    if (!picked) return noCampaign(c, "downloads");
    const { campaign } = picked;
    let unitId: number | null = null;
    const asked = c.req.query("unit")?.trim();
    if (asked) {
      const [row] = await db
        .select({ id: units.id })
        .from(units)
        .where(
          and(
            eq(units.provinceId, user.actor.provinceId),
            /^\d+$/.test(asked) ? eq(units.id, Number(asked)) : eq(units.code, asked.toUpperCase()),
          ),
        );
      if (!row) return notFound(c);
      if ((await unitAllowed(c, row.id)) !== "ok") return forbidden(c);
      unitId = row.id;
    }
    const scope = exportScope(user.actor, format === "zip" ? null : unitId);
    const file = await exportFile(db, campaign, scope, format === "zip" ? "docx" : format, { now: now(), timeZone: tz });
    if (!file) return html(c, <Notice t={t} user={user} title={t("web-nav-downloads")} text={t("export-empty")} />, 404);
    // Personal data leaves the system: who took which file is kept, as in the chat.
    await writeAudit(db, {
      provinceId: user.actor.provinceId,
      actor: user.actor,
      action: "export",
      entity: "campaign",
      entityId: campaign.id,
      after: { format, units: file.units, scope: scope.unitIds ?? "province", via: "web" },
    });
    return c.body(file.content as Uint8Array<ArrayBuffer>, 200, {
      "content-type": file.mime,
      "content-disposition": contentDisposition(file.fileName),
    });
  });

  // The year's report (the chat's /baocao): the Văn phòng only, for the school year asked or the campaign's.
  web.get("/bao-cao/:format", async (c) => {
    const format = c.req.param("format") as ReportFormat;
    if (format !== "xlsx" && format !== "docx") return notFound(c);
    if (!officeOnly(c)) return forbidden(c);
    const picked = await campaignOf(c);
    const year = c.req.query("nam")?.trim() || picked?.campaign.schoolYear;
    if (!year || !/^\d{4}-\d{4}$/.test(year)) return notFound(c);
    const { user } = c.var;
    const file = await reportFile(db, user.actor, year, format, { now: now(), timeZone: tz });
    await writeAudit(db, {
      provinceId: user.actor.provinceId,
      actor: user.actor,
      action: "export",
      entity: "report",
      entityId: null,
      after: { format, schoolYear: year, rows: file.figures.trace.length, via: "web" },
    });
    return c.body(file.content as Uint8Array<ArrayBuffer>, 200, {
      "content-type": file.mime,
      "content-disposition": contentDisposition(file.fileName),
    });
  });

  const importers: Record<"units" | "people", (db: Db, provinceId: number, table: Table, actor: ActorRef) => Promise<ImportReport>> = {
    units: importUnits,
    people: importPeople,
  };

  /** Reads an uploaded table through the same reader as the CLI (it wants a file with its extension). */
  async function readUpload(content: Uint8Array, name: string): Promise<Table> {
    const dir = await mkdtemp(path.join(os.tmpdir(), "thidua-web-"));
    try {
      const file = path.join(dir, `upload${path.extname(name).toLowerCase()}`);
      await writeFile(file, content);
      return await readTable(file);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  const importPage = (c: Context<Env>, view: Omit<ImportView, "t" | "csrf">, status = 200) =>
    html(
      c,
      <Page t={c.var.t} user={c.var.user} title={c.var.t("web-nav-import")} active="import">
        <ImportBody t={c.var.t} csrf={c.var.user.csrf} {...view} />
      </Page>,
      status,
    );

  web.get("/nhap-du-lieu", (c) => (officeOnly(c) ? importPage(c, {}) : forbidden(c)));

  web.post("/nhap-du-lieu/xem-truoc", async (c) => {
    if (!officeOnly(c)) return forbidden(c);
    const { t, user } = c.var;
    const body = await c.req.parseBody();
    const kind = body.kind === "people" ? "people" : "units";
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) return importPage(c, { kind, error: t("web-import-no-file") }, 400);
    const ext = path.extname(file.name).toLowerCase();
    if (!MIME_BY_EXT[ext]) return importPage(c, { kind, error: t("import-file-type", { file: file.name }) }, 400);
    if (file.size > MAX_UPLOAD_BYTES) return importPage(c, { kind, error: t("web-import-too-big") }, 400);
    const content = new Uint8Array(await file.arrayBuffer());
    try {
      const table = await readUpload(content, file.name);
      // The preview runs the real import and rolls it back: the same checks, nothing written.
      let report: ImportReport | null = null;
      await db
        .transaction(async (tx) => {
          report = await importers[kind](tx as unknown as Db, user.actor.provinceId, table, user.actor);
          throw new Rollback();
        })
        .catch((e) => {
          if (!(e instanceof Rollback)) throw e;
        });
      const stored = await deps.files.store.put(content, file.name, MIME_BY_EXT[ext]!);
      return importPage(c, { kind, report: { report: report!, uploadKey: stored.key, fileName: file.name, done: false } });
    } catch (e) {
      if (e instanceof UserError) return importPage(c, { kind, error: t(e.key, e.vars) }, 400);
      throw e;
    }
  });

  web.post("/nhap-du-lieu/nhap", async (c) => {
    if (!officeOnly(c)) return forbidden(c);
    const { t, user } = c.var;
    const body = await c.req.parseBody();
    const kind = body.kind === "people" ? "people" : "units";
    const stored = typeof body.upload === "string" ? await deps.files.store.get(body.upload) : null;
    if (!stored || !MIME_BY_EXT[path.extname(stored.name).toLowerCase()])
      return importPage(c, { kind, error: t("web-import-no-file") }, 400);
    try {
      const table = await readUpload(stored.content, stored.name);
      const report = await importers[kind](db, user.actor.provinceId, table, user.actor);
      return importPage(c, { kind, report: { report, fileName: stored.name, done: true } });
    } catch (e) {
      if (e instanceof UserError) return importPage(c, { kind, error: t(e.key, e.vars) }, 400);
      throw e;
    }
  });

  const campaignsPage = async (c: Context<Env>, flash: { kind: "ok" | "err"; text: string } | null, status = 200) => {
    const at = now();
    const rows = (await listCampaigns(db, c.var.user.actor.provinceId)).map((r) => ({ ...r, status: campaignStatus(r.campaign, at) }));
    return html(
      c,
      <Page t={c.var.t} user={c.var.user} title={c.var.t("web-nav-campaigns")} active="campaigns" flash={flash}>
        <CampaignsBody t={c.var.t} csrf={c.var.user.csrf} timeZone={tz} now={at} rows={rows.reverse()} />
      </Page>,
      status,
    );
  };

  web.get("/dot-thi-dua", (c) => (officeOnly(c) ? campaignsPage(c, flashOf(c)) : forbidden(c)));

  /** Runs a campaign change; a refusal (a deadline before the opening…) is shown on the page. */
  async function campaignChange(
    c: Context<Env>,
    change: (body: Record<string, unknown>, actor: ActorRef) => Promise<unknown>,
    okKey: string,
  ) {
    if (!officeOnly(c)) return forbidden(c);
    const body = await c.req.parseBody();
    try {
      await change(body, c.var.user.actor);
    } catch (e) {
      // The service's own refusal of a second open campaign names CLI commands; here, the page's buttons.
      if (e instanceof UserError)
        return campaignsPage(
          c,
          { kind: "err", text: c.var.t(e.key === "truth-campaign-duplicate" ? "web-campaign-duplicate" : e.key, e.vars) },
          400,
        );
      throw e;
    }
    return c.redirect(`/web/dot-thi-dua?m=${okKey}`, 303);
  }

  const deadlineOf = (value: unknown) => {
    const d = typeof value === "string" ? parseVnDate(value.trim()) : null;
    if (!d) throw new UserError("web-bad-date");
    return endOfLocalDay(d, tz);
  };

  web.post("/dot-thi-dua/mo", (c) =>
    campaignChange(
      c,
      async (body, actor) => {
        const title = typeof body.title === "string" ? body.title.normalize("NFC").trim().slice(0, 200) : "";
        if (!title) throw new UserError("web-campaign-no-title");
        const kinds = ["registration", "nomination", "initiative", "review"] as const;
        const kind = kinds.find((k) => k === body.kind) ?? "registration";
        const at = now();
        await createCampaign(
          db,
          {
            provinceId: c.var.user.actor.provinceId,
            kind,
            title,
            schoolYear: schoolYearOf(localDateOf(at, tz)).label,
            opensAt: at,
            deadlineAt: deadlineOf(body.deadline),
          },
          actor,
        );
      },
      "web-campaign-opened",
    ),
  );

  web.post("/dot-thi-dua/:id/han", (c) =>
    campaignChange(
      c,
      (body, actor) => setDeadline(db, c.var.user.actor.provinceId, Number(c.req.param("id")), deadlineOf(body.deadline), actor),
      "web-campaign-moved",
    ),
  );

  web.post("/dot-thi-dua/:id/dong", (c) =>
    campaignChange(
      c,
      (_body, actor) => closeCampaign(db, c.var.user.actor.provinceId, Number(c.req.param("id")), now(), actor),
      "web-campaign-closed",
    ),
  );

  web.onError((e, c) => {
    if (e instanceof UserError) {
      const t = (c as Context<Env>).var?.t ?? vi;
      return html(c, <Notice t={t} title={t("web-error-title")} text={t(e.key, e.vars)} />, 400);
    }
    deps.logger.error({ err: e }, "web request failed");
    return html(c, <Notice t={vi} title={vi("web-error-title")} text={vi("web-error")} />, 500);
  });

  return web;
}
