import { formatDate, formatDateTime } from "../../domain/calendar.js";
import { titleLabelKey, type TitleCode } from "../../domain/titles.js";
import type { Cell } from "../../exports/cells.js";
import { xlsxBytes } from "../../exports/xlsx.js";
import type { Vars } from "../../i18n.js";
import type { exportPersonalData } from "../../services/personal-data.js";

type Held = Awaited<ReturnType<typeof exportPersonalData>>;
type T = (key: string, vars?: Vars) => string;

/** One section of the personal export: a Vietnamese heading and rows of labelled values. */
export interface LabelledSection {
  section: string;
  rows: Array<Record<string, string>>;
}

/** A translated word for a stored code, or the code itself when there is none (never blank). */
const word = (t: T, key: string, code: string) => {
  const text = t(key);
  return text === key ? code : text;
};

/** A translated word for a stored code, or a general word when the code has none (never the code). */
const wordOr = (t: T, prefix: string, code: string) => {
  const text = t(`${prefix}${code}`);
  return text === `${prefix}${code}` ? t(`${prefix}other`) : text;
};

/** An audit entry in words: "Gửi: đăng ký thi đua #12". */
const auditLine = (t: T, a: { action: string; entity: string; entityId: string | null }) =>
  t("security-audit-line", {
    action: wordOr(t, "security-audit-action-", a.action),
    entity: wordOr(t, "security-audit-entity-", a.entity),
    id: a.entityId ? ` #${a.entityId}` : "",
  });

/**
 * Everything held about the person with the reader's words instead of internal codes (LDTT →
 * "Lao động tiên tiến", pending → "chờ đầu mối duyệt"), the same for the JSON and the workbook.
 */
export function labelPersonalData(data: Held, t: T, timeZone: string): LabelledSection[] {
  const f = (key: string) => t(`security-export-field-${key}`);
  const when = (d: Date | string | null | undefined) => (d ? formatDateTime(new Date(d), timeZone) : "");
  const day = (d: string | null | undefined) => (d ? formatDate(new Date(`${d}T12:00:00Z`), timeZone) : "");
  const title = (code: string | null) => (code ? word(t, titleLabelKey(code as TitleCode), code) : "");
  const section = (key: string, rows: Array<Record<string, string>>): LabelledSection => ({
    section: t(`security-export-section-${key}`),
    rows,
  });
  return [
    section("person", [
      {
        [f("name")]: data.person.fullName,
        [f("position")]: data.person.position,
        [f("phone")]: data.person.phone ?? "",
        [f("unit")]: data.person.unit ?? "",
        [f("language")]: word(t, `language-name-${data.person.locale}`, data.person.locale),
      },
    ]),
    section(
      "roles",
      data.roles.map((r) => ({ [f("role")]: word(t, `role-${r.role}`, r.role), [f("since")]: when(r.since) })),
    ),
    section(
      "channels",
      data.channels.map((c) => ({
        [f("channel")]: word(t, `channel-name-${c.channel}`, c.channel),
        [f("account")]: c.externalId,
        [f("since")]: when(c.since),
      })),
    ),
    section(
      "consents",
      data.consents.map((c) => ({
        [t("consent-export-purpose")]: t(`consent-purpose-${c.purpose}`),
        [f("notice")]: c.version,
        [f("decision")]: t(c.accepted ? "security-export-accepted" : "security-export-declined"),
        [f("at")]: when(c.at),
      })),
    ),
    section(
      "years",
      data.years.map((y) => ({
        [f("school-year")]: y.schoolYear,
        [f("rating")]: y.rating ? word(t, `rating-${y.rating}`, y.rating) : "",
        [f("titles")]: y.titles.map(title).join(", "),
      })),
    ),
    section(
      "registrations",
      data.registrations.map((r) => ({
        [f("title")]: title(r.title),
        [f("award")]: title(r.award),
        [f("initiative")]: r.initiative ?? "",
        [f("status")]: word(t, `registration-status-${r.status}`, r.status),
      })),
    ),
    section(
      "initiatives",
      data.initiatives.map((i) => ({
        [f("initiative")]: i.title,
        [f("field")]: i.field,
        [f("co-authors")]: i.coAuthors ?? "",
        [f("status")]: word(t, `initiative-status-${i.status}`, i.status),
        [f("decision")]: i.decisionNumber ?? "",
        [f("decided-on")]: day(i.decidedOn),
      })),
    ),
    section(
      "nominations",
      data.nominations.map((n) => ({
        [f("name")]: n.nomineeName,
        [f("field")]: n.field,
        [f("summary")]: n.summary,
        [f("status")]: word(t, `nomination-status-${n.status}`, n.status),
        [f("at")]: when(n.at),
      })),
    ),
    section(
      "evidence",
      data.evidence.map((e) => ({
        [f("file")]: e.fileName,
        [f("type")]: e.mime,
        [f("size")]: e.size === null ? "" : String(e.size),
        [f("at")]: when(e.at),
      })),
    ),
    section(
      "audit",
      data.audit.map((a) => ({ [f("action")]: auditLine(t, a), [f("at")]: when(a.at) })),
    ),
    section(
      "messages",
      data.messages.map((m) => ({
        [f("message")]: t(m.message.key, m.message.vars),
        [f("status")]: word(t, `security-export-message-${m.status}`, m.status),
        [f("at")]: when(m.at),
      })),
    ),
    section(
      "conversations",
      data.conversations.map((c) => ({ [f("channel")]: word(t, `channel-name-${c.channel}`, c.channel), [f("at")]: when(c.at) })),
    ),
    section(
      "requests",
      data.requests.map((r) => ({
        [f("request")]: t("security-export-erase-request"),
        [f("status")]: r.status === "done" ? t("security-export-done") : t("security-export-open"),
        [f("at")]: when(r.at),
      })),
    ),
  ];
}

/** The JSON file: sections by heading, rows by field label. */
export function personalJson(sections: LabelledSection[]): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(Object.fromEntries(sections.map((s) => [s.section, s.rows])), null, 2));
}

/** The readable file: one sheet, section / field / value, so every section fits whatever its shape. */
export async function personalXlsx(sections: LabelledSection[], t: T, timeZone: string): Promise<Uint8Array> {
  const rows: Cell[][] = [];
  for (const s of sections) {
    if (s.rows.length === 0) rows.push([s.section, "", t("security-export-nothing")]);
    s.rows.forEach((r, i) => {
      for (const [field, value] of Object.entries(r)) rows.push([s.rows.length > 1 ? `${s.section} (${i + 1})` : s.section, field, value]);
    });
  }
  return xlsxBytes(
    [
      {
        name: t("security-export-sheet"),
        columns: [
          { header: t("security-export-col-section"), width: 28 },
          { header: t("security-export-col-field"), width: 24 },
          { header: t("security-export-col-value"), width: 70 },
        ],
        async *rows() {
          yield rows;
        },
      },
    ],
    { timeZone },
  );
}
