import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { campaigns, clusters, people, unitKinds, units, type AnnouncementAudience } from "../../db/schema.js";
import { formatDateTime, parseVnDate, zonedInstant } from "../../domain/calendar.js";
import { quietUntil, reminderPolicySchema } from "../../domain/reminders.js";
import { foldVietnamese, hasWordCharacter } from "../../domain/text.js";
import { UserError } from "../../core/errors.js";
import { isOffice, managedUnits } from "../../core/roles.js";
import { textAnswer } from "../../flows/engine/input.js";
import { defineFlow, type Actor, type FlowContext, type InboundPayload, type Option, type StepResult } from "../../flows/engine/types.js";
import { REMINDED_KINDS } from "../../reminders/campaign-kinds.js";
import { reachCounts, unreachablePeople, type SenderScope } from "./audience.js";
import { announcementText } from "./kinds.js";
import {
  ANNOUNCEMENT_MAX_CHARS,
  announcementStats,
  createAnnouncement,
  hasSeen,
  loadAnnouncement,
  markSeen,
  MAX_SCHEDULE_DAYS,
  notSeenPeople,
  nudgeNotSeen,
  recentAnnouncements,
} from "./service.js";

type Where = AnnouncementAudience["where"];

interface Data {
  body?: string;
  who?: AnnouncementAudience["who"];
  where?: Where;
  /** A focal person's unit; the Văn phòng has none. */
  unitId?: number;
  viewId?: number;
}

type Ctx = FlowContext<Data>;

/** People listed in one reply; the rest are counted. */
const LIST_LIMIT = 40;
const QUIET = reminderPolicySchema.parse({});

const maySend = (a: Actor | null) => isOffice(a) || managedUnits(a).length > 0;

/**
 * The announcement's text: its lines kept (a list stays a list), spaces tidied, at most 2,000
 * characters, with words in it.
 */
const bodySchema = z
  .string()
  .transform((s) =>
    s
      .normalize("NFC")
      .replace(/[^\S\n]+/gu, " ")
      .replace(/ *\n */gu, "\n")
      .replace(/\n{3,}/gu, "\n\n")
      .trim(),
  )
  .pipe(
    z
      .string()
      .min(1, { error: "input-empty" })
      .max(ANNOUNCEMENT_MAX_CHARS, { error: "announce-too-long" })
      .refine(hasWordCharacter, { error: "input-no-words" }),
  ) as unknown as z.ZodType<string, string>;

function scopeOf(ctx: Ctx): SenderScope {
  return { provinceId: ctx.actor!.provinceId, senderId: ctx.actor!.personId, unitId: ctx.data.unitId ?? null };
}

function audienceOf(ctx: Ctx): AnnouncementAudience {
  return { who: ctx.data.who ?? "everyone", where: ctx.data.where ?? { kind: "province" } };
}

/** The audience in words, for the preview and the sender's list. */
async function audienceLabel(ctx: Ctx, audience: AnnouncementAudience): Promise<string> {
  const who = ctx.t(audience.who === "managers" ? "announce-who-managers" : "announce-who-everyone");
  const w = audience.where;
  let where: string;
  if (w.kind === "province") where = ctx.data.unitId ? ctx.t("announce-where-own-unit") : ctx.t("announce-where-province");
  else if (w.kind === "unit-kind")
    where = (await ctx.tx.select({ n: unitKinds.name }).from(unitKinds).where(eq(unitKinds.id, w.id)))[0]?.n ?? "";
  else if (w.kind === "cluster")
    where = (await ctx.tx.select({ n: clusters.name }).from(clusters).where(eq(clusters.id, w.id)))[0]?.n ?? "";
  else if (w.kind === "unit") where = (await ctx.tx.select({ n: units.name }).from(units).where(eq(units.id, w.id)))[0]?.n ?? "";
  else
    where = ctx.t("announce-where-not-submitted-of", {
      campaign: (await ctx.tx.select({ n: campaigns.title }).from(campaigns).where(eq(campaigns.id, w.campaignId)))[0]?.n ?? "",
    });
  return ctx.t("announce-audience", { who, where });
}

/** Re-checked before every step: the Văn phòng's choices only for the Văn phòng, a unit only for its managers. */
function guard(ctx: Ctx) {
  if (!maySend(ctx.actor)) throw new UserError("announce-not-allowed");
  if (ctx.data.unitId !== undefined && !managedUnits(ctx.actor).includes(ctx.data.unitId)) throw new UserError("flow-not-allowed");
  if (ctx.data.unitId === undefined && ctx.data.who !== undefined && !isOffice(ctx.actor)) throw new UserError("flow-not-allowed");
}

const toPreview = (ctx: Ctx, where: Where): StepResult => {
  ctx.data.where = where;
  return { next: "preview" };
};

/** "25/12/2026 08:30" (Vietnam time) as an instant, or null. */
export function parseSchedule(text: string, timeZone: string): Date | null {
  const m = /^\s*(\S+)\s+(\d{1,2})[:hg.](\d{2})\s*$/iu.exec(text);
  if (!m) return null;
  const day = parseVnDate(m[1]!);
  const [hour, minute] = [Number(m[2]), Number(m[3])];
  if (!day || hour > 23 || minute > 59) return null;
  return zonedInstant(day, timeZone, hour, minute);
}

async function send(ctx: Ctx, sendAt: Date, urgent: boolean) {
  const a = await createAnnouncement(ctx.tx, {
    scope: scopeOf(ctx),
    audience: audienceOf(ctx),
    body: ctx.data.body!,
    sendAt,
    urgent,
    now: ctx.now,
  });
  ctx.wake();
  return a;
}

async function listLines(ctx: Ctx, rows: Array<{ name: string; unit: string | null; reach?: string }>, total: number): Promise<string> {
  const lines = rows.map((r) => `• ${r.name}${r.unit ? ` – ${r.unit}` : ""}${r.reach ? ` (${ctx.t(`announce-reach-${r.reach}`)})` : ""}`);
  if (total > rows.length) lines.push(ctx.t("announce-list-more", { count: total - rows.length }));
  return lines.join("\n");
}

/** /thongbao (/broadcast): write, choose who gets it, preview, send now or later; then follow who has seen it. */
export const announceFlow = defineFlow<Data>({
  name: "announce",
  // Anybody may ask; those who may not send are told so kindly rather than with the generic refusal.
  allowed: (a) => a !== null,
  guard,
  async start(ctx) {
    if (!maySend(ctx.actor)) return { done: true, say: [{ key: "announce-not-allowed" }] };
    if (!isOffice(ctx.actor)) ctx.data.unitId = managedUnits(ctx.actor)[0]!;
    const recent = await recentAnnouncements(ctx.tx, ctx.actor!.personId, 1);
    return { next: recent.length > 0 ? "menu" : "compose" };
  },
  steps: {
    menu: {
      id: "menu",
      input: "choice",
      prompt: () => ({ key: "announce-menu" }),
      async options(ctx) {
        const recent = await recentAnnouncements(ctx.tx, ctx.actor!.personId, 5);
        return [
          { value: "new", label: ctx.t("announce-new") },
          ...recent.map((a) => ({
            value: String(a.id),
            label: ctx.t("announce-past", { at: formatDateTime(a.sendAt, ctx.timeZone), excerpt: [...a.body].slice(0, 30).join("") }),
          })),
          { value: "close", label: ctx.t("common-close") },
        ];
      },
      async onAnswer(ctx, value) {
        if (value === "new") return { next: "compose" };
        if (value === "close") return { done: true };
        ctx.data.viewId = Number(value);
        return { next: "stats" };
      },
    },
    compose: {
      id: "compose",
      input: "text",
      schema: bodySchema,
      prompt: () => ({ key: "announce-ask-text", vars: { max: ANNOUNCEMENT_MAX_CHARS } }),
      async onAnswer(ctx, value) {
        ctx.data.body = value;
        if (ctx.data.unitId !== undefined) return toPreview(ctx, { kind: "province" });
        return { next: "who" };
      },
    },
    who: {
      id: "who",
      input: "choice",
      prompt: () => ({ key: "announce-ask-who" }),
      options: (ctx) => [
        { value: "managers", label: ctx.t("announce-who-managers") },
        { value: "everyone", label: ctx.t("announce-who-everyone") },
      ],
      async onAnswer(ctx, value) {
        ctx.data.who = value === "managers" ? "managers" : "everyone";
        return { next: "where" };
      },
    },
    where: {
      id: "where",
      input: "choice",
      prompt: () => ({ key: "announce-ask-where" }),
      options: (ctx) => [
        { value: "province", label: ctx.t("announce-where-province") },
        { value: "unit-kind", label: ctx.t("announce-where-kind") },
        { value: "cluster", label: ctx.t("announce-where-cluster") },
        { value: "unit", label: ctx.t("announce-where-unit") },
        { value: "not-submitted", label: ctx.t("announce-where-not-submitted") },
      ],
      async onAnswer(ctx, value) {
        if (value === "province") return toPreview(ctx, { kind: "province" });
        if (value === "unit-kind") return { next: "pick-kind" };
        if (value === "cluster") return { next: "pick-cluster" };
        if (value === "unit") return { next: "unit-code" };
        return { next: "pick-campaign" };
      },
    },
    "pick-kind": {
      id: "pick-kind",
      input: "choice",
      prompt: () => ({ key: "announce-ask-kind" }),
      async options(ctx): Promise<Option[]> {
        const rows = await ctx.tx
          .select({ id: unitKinds.id, name: unitKinds.name })
          .from(unitKinds)
          .where(eq(unitKinds.provinceId, ctx.actor!.provinceId))
          .orderBy(asc(unitKinds.name));
        return rows.map((r) => ({ value: String(r.id), label: r.name }));
      },
      onAnswer: async (ctx, value) => toPreview(ctx, { kind: "unit-kind", id: Number(value) }),
    },
    "pick-cluster": {
      id: "pick-cluster",
      input: "choice",
      prompt: () => ({ key: "announce-ask-cluster" }),
      async options(ctx): Promise<Option[]> {
        const rows = await ctx.tx
          .select({ id: clusters.id, name: clusters.name })
          .from(clusters)
          .where(eq(clusters.provinceId, ctx.actor!.provinceId))
          .orderBy(asc(clusters.name));
        return rows.map((r) => ({ value: String(r.id), label: r.name }));
      },
      onAnswer: async (ctx, value) => toPreview(ctx, { kind: "cluster", id: Number(value) }),
    },
    "pick-campaign": {
      id: "pick-campaign",
      input: "choice",
      prompt: () => ({ key: "announce-ask-campaign" }),
      async options(ctx): Promise<Option[]> {
        const rows = await ctx.tx
          .select({ id: campaigns.id, title: campaigns.title })
          .from(campaigns)
          .where(
            and(
              eq(campaigns.provinceId, ctx.actor!.provinceId),
              isNull(campaigns.closedAt),
              inArray(campaigns.kind, Object.keys(REMINDED_KINDS) as Array<"registration">),
            ),
          )
          .orderBy(desc(campaigns.deadlineAt));
        return rows.map((r) => ({ value: String(r.id), label: r.title }));
      },
      onAnswer: async (ctx, value) => toPreview(ctx, { kind: "not-submitted", campaignId: Number(value) }),
    },
    "unit-code": {
      id: "unit-code",
      input: "text",
      schema: textAnswer({ max: 120 }),
      prompt: () => ({ key: "announce-ask-unit" }),
      async onAnswer(ctx, value) {
        const rows = await ctx.tx
          .select({ id: units.id, code: units.code, name: units.name })
          .from(units)
          .where(eq(units.provinceId, ctx.actor!.provinceId));
        const unit =
          rows.find((u) => u.code.toUpperCase() === value.trim().toUpperCase()) ??
          rows.find((u) => foldVietnamese(u.name) === foldVietnamese(value));
        if (!unit) throw new UserError("announce-unit-unknown", { code: value });
        return toPreview(ctx, { kind: "unit", id: unit.id });
      },
    },
    preview: {
      id: "preview",
      input: "choice",
      async prompt(ctx) {
        const counts = await ctx.memo("reach", () => reachCounts(ctx.tx, scopeOf(ctx), audienceOf(ctx)));
        const [me] = await ctx.tx.select({ name: people.fullName }).from(people).where(eq(people.id, ctx.actor!.personId));
        // As recipients will see it: the unit it is sent from, which may not be the sender's own.
        const unit =
          ctx.data.unitId !== undefined
            ? ((await ctx.tx.select({ n: units.name }).from(units).where(eq(units.id, ctx.data.unitId)))[0]?.n ?? "")
            : null;
        const message = announcementText(ctx.t, { body: ctx.data.body!, sender: me?.name ?? "", unit });
        const quiet = quietUntil(ctx.now, ctx.timeZone, QUIET);
        return {
          key: "announce-preview",
          vars: {
            message,
            audience: await audienceLabel(ctx, audienceOf(ctx)),
            count: counts.ok,
            unreachable: counts.none + counts.blocked + counts.declined,
            none: counts.none,
            blocked: counts.blocked,
            declined: counts.declined,
            quiet: quiet ? ctx.t("announce-quiet-now", { morning: formatDateTime(quiet, ctx.timeZone) }) : "",
          },
        };
      },
      async options(ctx) {
        const counts = await ctx.memo("reach", () => reachCounts(ctx.tx, scopeOf(ctx), audienceOf(ctx)));
        const quiet = quietUntil(ctx.now, ctx.timeZone, QUIET);
        return [
          ...(counts.ok > 0 ? [{ value: "now", label: ctx.t("announce-send-now") }] : []),
          ...(counts.ok > 0 && quiet ? [{ value: "morning", label: ctx.t("announce-send-morning") }] : []),
          ...(counts.ok > 0 ? [{ value: "later", label: ctx.t("announce-send-later") }] : []),
          ...(counts.none + counts.blocked + counts.declined > 0 ? [{ value: "list", label: ctx.t("announce-list-unreachable") }] : []),
          { value: "edit", label: ctx.t("announce-edit") },
          { value: "cancel", label: ctx.t("announce-cancel") },
        ];
      },
      async onAnswer(ctx, value) {
        if (value === "now") {
          const a = await send(ctx, ctx.now, true);
          return { done: true, say: [{ key: "announce-sent", vars: { count: a.recipients } }] };
        }
        if (value === "morning") {
          const at = quietUntil(ctx.now, ctx.timeZone, QUIET) ?? ctx.now;
          const a = await send(ctx, at, false);
          return {
            done: true,
            say: [{ key: "announce-scheduled", vars: { count: a.recipients, at: formatDateTime(at, ctx.timeZone), held: "" } }],
          };
        }
        if (value === "later") return { next: "schedule" };
        if (value === "edit") return { next: "compose" };
        if (value === "list") {
          const counts = await reachCounts(ctx.tx, scopeOf(ctx), audienceOf(ctx));
          const rows = await unreachablePeople(ctx.tx, scopeOf(ctx), audienceOf(ctx), LIST_LIMIT);
          const body = await listLines(ctx, rows, counts.none + counts.blocked + counts.declined);
          return { next: "preview", say: [{ key: "announce-unreachable-list", vars: { body } }] };
        }
        return { done: true, say: [{ key: "announce-cancelled" }] };
      },
    },
    schedule: {
      id: "schedule",
      input: "text",
      schema: textAnswer({ max: 40 }),
      prompt: () => ({ key: "announce-ask-time" }),
      options: (ctx) => [{ value: "back", label: ctx.t("common-back") }],
      onOption: async () => ({ next: "preview" }),
      async onAnswer(ctx, value) {
        const at = parseSchedule(value, ctx.timeZone);
        if (!at) throw new UserError("announce-bad-time");
        if (at.getTime() <= ctx.now.getTime()) throw new UserError("announce-time-past");
        if (at.getTime() - ctx.now.getTime() > MAX_SCHEDULE_DAYS * 86_400_000)
          throw new UserError("announce-time-far", { days: MAX_SCHEDULE_DAYS });
        // A time in the quiet hours becomes the next morning; the sender is told.
        const morning = quietUntil(at, ctx.timeZone, QUIET);
        const sendAt = morning ?? at;
        const a = await send(ctx, sendAt, false);
        const held = morning ? ctx.t("announce-held", { asked: formatDateTime(at, ctx.timeZone) }) : "";
        return {
          done: true,
          say: [{ key: "announce-scheduled", vars: { count: a.recipients, at: formatDateTime(sendAt, ctx.timeZone), held } }],
        };
      },
    },
    stats: {
      id: "stats",
      input: "choice",
      async prompt(ctx) {
        const a = await ctx.memo("viewed", () => loadAnnouncement(ctx.tx, ctx.data.viewId!, ctx.actor!.personId));
        if (!a) throw new UserError("announce-unknown");
        const s = await ctx.memo("stats", () => announcementStats(ctx.tx, a));
        return {
          key: "announce-stats",
          vars: {
            at: formatDateTime(a.sendAt, ctx.timeZone),
            excerpt: [...a.body].slice(0, 80).join(""),
            recipients: s.recipients,
            delivered: s.delivered,
            pending: s.pending,
            seen: s.seen,
            notSeen: s.notSeen,
            unreachable: s.unreachable,
            nudged: a.nudgedAt ? ctx.t("announce-nudged-at", { at: formatDateTime(a.nudgedAt, ctx.timeZone) }) : "",
          },
        };
      },
      async options(ctx) {
        const a = await ctx.memo("viewed", () => loadAnnouncement(ctx.tx, ctx.data.viewId!, ctx.actor!.personId));
        if (!a) return [];
        const s = await ctx.memo("stats", () => announcementStats(ctx.tx, a));
        return [
          ...(s.notSeen > 0 ? [{ value: "list", label: ctx.t("announce-who-not-seen") }] : []),
          ...(s.notSeen > 0 && !a.nudgedAt ? [{ value: "nudge", label: ctx.t("announce-nudge", { count: s.notSeen }) }] : []),
          { value: "refresh", label: ctx.t("progress-refresh") },
          { value: "close", label: ctx.t("common-close") },
        ];
      },
      async onAnswer(ctx, value) {
        const a = await loadAnnouncement(ctx.tx, ctx.data.viewId!, ctx.actor!.personId);
        if (!a) throw new UserError("announce-unknown");
        if (value === "list") {
          const s = await announcementStats(ctx.tx, a);
          const body = await listLines(ctx, await notSeenPeople(ctx.tx, a.id, LIST_LIMIT), s.notSeen);
          return { next: "stats", say: [{ key: "announce-not-seen-list", vars: { body } }] };
        }
        if (value === "nudge") {
          const n = await nudgeNotSeen(ctx.tx, a, ctx.now);
          if (n === null) return { next: "stats", say: [{ key: "announce-nudged-already" }] };
          ctx.wake();
          return { done: true, say: [{ key: "announce-nudged", vars: { count: n } }] };
        }
        if (value === "refresh") return { next: "stats" };
        return { done: true };
      },
    },
  },
});

interface SeenData {
  id?: number;
}

/** "✅ Đã xem" pressed (Telegram) or "đã xem" typed (Zalo, console): a side action, the current step stays. */
export const seenFlow = defineFlow<SeenData>({
  name: "announcement-seen",
  allowed: (a) => a !== null,
  async start(ctx) {
    const id = ctx.data.id ?? null;
    const n = await markSeen(ctx.tx, ctx.actor!.personId, id, ctx.now);
    if (n > 0) return { done: true, say: [{ key: "announce-seen-thanks" }] };
    if (id !== null && (await hasSeen(ctx.tx, ctx.actor!.personId, id))) return { done: true, say: [{ key: "announce-seen-already" }] };
    return { done: true, say: [{ key: "announce-seen-nothing" }] };
  },
  steps: {},
});

/** The engine's side action: the seen button anywhere, or "đã xem" typed on its own. */
export function announcementSideAction(
  payload: InboundPayload,
  actor: Actor | null,
): { flow: string; data: Record<string, unknown> } | null {
  if (!actor) return null;
  if (payload.kind === "choice") {
    const m = /^seen:(\d+)$/.exec(payload.token);
    return m ? { flow: "announcement-seen", data: { id: Number(m[1]) } } : null;
  }
  if (payload.kind === "text" && /^(ok |ok, )?da xem[.!]?$/u.test(foldVietnamese(payload.text)))
    return { flow: "announcement-seen", data: {} };
  return null;
}
