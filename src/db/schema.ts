import { sql } from "drizzle-orm";
import { CHANNELS, type ChannelName } from "../core/messages.js";
import { ROLES, type Role } from "../core/actor.js";
import { RATINGS } from "../core/ratings.js";
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

/** The tenant. Every other row carries province_id so a national cluster can shard on it. */
export const provinces = pgTable("provinces", {
  id: serial("id").primaryKey(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  /** Per-province overrides of quotas and deadlines (see domain/rules). */
  settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
  createdAt: createdAt(),
});

/** Unit kinds are data: provinces name their kinds differently and they change with reforms. */
export const unitKinds = pgTable(
  "unit_kinds",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique("unit_kinds_province_code").on(t.provinceId, t.code)],
);

/** Cụm / khối thi đua. */
export const clusters = pgTable(
  "clusters",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique("clusters_province_name").on(t.provinceId, t.name)],
);

export const units = pgTable(
  "units",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    kindId: integer("kind_id")
      .notNull()
      .references(() => unitKinds.id),
    parentId: integer("parent_id").references((): AnyPgColumn => units.id),
    clusterId: integer("cluster_id").references(() => clusters.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("units_province_code").on(t.provinceId, t.code),
    index("units_parent").on(t.parentId),
    check("units_not_own_parent", sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  ],
);

export const people = pgTable(
  "people",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    unitId: integer("unit_id").references(() => units.id),
    fullName: text("full_name").notNull(),
    position: text("position").notNull().default(""),
    phone: text("phone"),
    locale: text("locale").notNull().default("vi"),
    /** Day of recruitment: the TT 01/2024/TT-BNV gate counts six months from it. */
    recruitedOn: date("recruited_on"),
    /** Set when personal data was erased on request; the row stays so counts still add up. */
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
    /** Joined without proof while this imported person of the unit has the same name (0006). */
    possibleDuplicateOf: integer("possible_duplicate_of").references((): AnyPgColumn => people.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("people_unit").on(t.unitId), index("people_province_phone").on(t.provinceId, t.phone)],
);

/** One row per person and school year: the rating and the titles held, for eligibility checks. */
export const personYears = pgTable(
  "person_years",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    schoolYear: text("school_year").notNull(),
    rating: text("rating", { enum: RATINGS }),
    titles: jsonb("titles").$type<string[]>().notNull().default([]),
    /** The unit the person was in that year, when known. */
    unitId: integer("unit_id").references(() => units.id),
    /** Số quyết định of the title, as imported or recorded. */
    decision: text("decision"),
    /** Where the row came from: "results" (the year-end campaign), "import", "demo", "manual". */
    source: text("source").notNull().default("manual"),
    updatedAt: updatedAt(),
  },
  (t) => [unique("person_years_person_year").on(t.personId, t.schoolYear)],
);

/** merged: joined without proof, then merged into the imported person by a focal person (issue 16). */
export const JOINED_VIA = ["phone", "personal_code", "new", "merged"] as const;
export type JoinedVia = (typeof JOINED_VIA)[number];

export const channelIdentities = pgTable(
  "channel_identities",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    externalId: text("external_id").notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }),
    unreachableAt: timestamp("unreachable_at", { withTimezone: true }),
    /** How the chat proved who it is when it joined (null: linked by an admin or before 0006). */
    joinedVia: text("joined_via", { enum: JOINED_VIA }),
    createdAt: createdAt(),
  },
  (t) => [unique("channel_identities_channel_external").on(t.channel, t.externalId), index("channel_identities_person").on(t.personId)],
);

export { ROLES, type Role };

/** A role is scoped to a unit, or to the whole province when unit_id is null (the Văn phòng). */
export const roles = pgTable(
  "roles",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
    unitId: integer("unit_id").references(() => units.id),
    createdAt: createdAt(),
  },
  (t) => [unique("roles_person_role_unit").on(t.personId, t.role, t.unitId).nullsNotDistinct(), index("roles_unit").on(t.unitId)],
);

export const inviteCodes = pgTable(
  "invite_codes",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    code: text("code").notNull().unique(),
    unitId: integer("unit_id").references(() => units.id),
    role: text("role", { enum: ROLES }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    maxUses: integer("max_uses"),
    uses: integer("uses").notNull().default(0),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** A personal invite: only this person joins with it (one use, short expiry). */
    personId: integer("person_id").references(() => people.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [check("invite_uses_within_max", sql`${t.maxUses} is null or ${t.uses} <= ${t.maxUses}`)],
);

export const schoolYears = pgTable(
  "school_years",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    label: text("label").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
  },
  (t) => [unique("school_years_province_label").on(t.provinceId, t.label)],
);

export const CAMPAIGN_KINDS = ["registration", "nomination", "initiative", "review", "results", "dossier"] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

export const campaigns = pgTable(
  "campaigns",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    schoolYearId: integer("school_year_id")
      .notNull()
      .references(() => schoolYears.id),
    kind: text("kind", { enum: CAMPAIGN_KINDS }).notNull(),
    title: text("title").notNull(),
    opensAt: timestamp("opens_at", { withTimezone: true }).notNull(),
    deadlineAt: timestamp("deadline_at", { withTimezone: true }).notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index("campaigns_province_kind").on(t.provinceId, t.kind),
    check("campaigns_opens_before_deadline", sql`${t.opensAt} <= ${t.deadlineAt}`),
  ],
);

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    provinceId: integer("province_id").references(() => provinces.id),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_entity").on(t.entity, t.entityId)],
);

/** Consent decisions: acceptances are tied to the person, refusals keep nothing about who refused. */
export const consents = pgTable(
  "consents",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    personId: integer("person_id").references(() => people.id, { onDelete: "set null" }),
    noticeVersion: text("notice_version").notNull(),
    accepted: boolean("accepted").notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
    /** "records" (needed to use the bot) or "messages" (reminders, announcements; may be declined). */
    purpose: text("purpose", { enum: ["records", "messages"] })
      .notNull()
      .default("records"),
  },
  (t) => [index("consents_person_purpose").on(t.personId, t.purpose, t.decidedAt)],
);

/* ---------- Conversations ---------- */

export { CHANNELS, type ChannelName };

/**
 * Where each chat stands. Keyed by (channel, external id) so any instance can continue any
 * conversation; `version` changes on every step so a button from an older message is recognised
 * as stale. `revision` changes on every save, even one that keeps the step: an instance that
 * remembers a conversation trusts its copy only while the revision is the one it saw.
 */
export const conversations = pgTable(
  "conversations",
  {
    channel: text("channel", { enum: CHANNELS }).notNull(),
    externalId: text("external_id").notNull(),
    provinceId: integer("province_id").references(() => provinces.id),
    personId: integer("person_id").references(() => people.id, { onDelete: "set null" }),
    locale: text("locale").notNull().default("vi"),
    flow: text("flow"),
    step: text("step"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    version: integer("version").notNull().default(0),
    revision: integer("revision").notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.channel, t.externalId] }), index("conversations_person").on(t.personId)],
);

/** Update ids already handled: a redelivered update is recognised and does nothing. */
export const processedUpdates = pgTable(
  "processed_updates",
  {
    channel: text("channel", { enum: CHANNELS }).notNull(),
    updateId: text("update_id").notNull(),
    processedAt: timestamp("processed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.channel, t.updateId] }), index("processed_updates_at").on(t.processedAt)],
);

/**
 * Messages to people other than the one being answered (a return notice, a submission to the
 * Văn phòng) and, later, reminders. Written in the same transaction as the change that causes
 * them, sent after commit.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    dedupeKey: text("dedupe_key").notNull(),
    kind: text("kind").notNull(),
    /** A locale key and its variables: the text is made in the recipient's language at send time. */
    message: jsonb("message").$type<{ key: string; vars?: Record<string, string | number> }>().notNull(),
    status: text("status", { enum: ["queued", "sending", "sent", "failed", "skipped"] })
      .notNull()
      .default("queued"),
    notBefore: timestamp("not_before", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /**
     * Reminders only: what the message is about. Checked again at send time, so a unit that
     * submitted, a closed campaign or a moved deadline stops a queued reminder.
     */
    campaignId: integer("campaign_id").references(() => campaigns.id),
    unitId: integer("unit_id").references(() => units.id),
    deadlineAt: timestamp("deadline_at", { withTimezone: true }),
    /** Days from the deadline (-7 … +3); with campaign, deadline and recipient it names a reminder once. */
    reminderOffset: integer("reminder_offset"),
    /**
     * Announcements only: which one; delivered / seen counts are read from here. No foreign key:
     * its check per row is a fifth of the time to queue 100,000 recipients, and announcements are
     * never deleted.
     */
    announcementId: integer("announcement_id"),
    /**
     * A message to one chat rather than to the person's current chats: the notice that an erasure is
     * done, queued before the chat link is erased. Cleared once the message has gone.
     */
    toChannel: text("to_channel", { enum: CHANNELS }),
    toExternalId: text("to_external_id"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("outbox_dedupe").on(t.dedupeKey),
    index("outbox_due").on(t.status, t.notBefore),
    unique("outbox_reminder_once").on(t.campaignId, t.deadlineAt, t.personId, t.reminderOffset, t.kind),
    index("outbox_person_kind").on(t.personId, t.kind, t.createdAt),
    index("outbox_announcement")
      .on(t.announcementId, t.status)
      .where(sql`${t.announcementId} is not null`),
  ],
);

/**
 * One row per reminder of a deadline that has been planned: the planner queues a reminder's
 * messages once, and every later tick (on any instance) sees the row and moves on.
 */
export const reminderPlans = pgTable(
  "reminder_plans",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    deadlineAt: timestamp("deadline_at", { withTimezone: true }).notNull(),
    /** Days from the deadline; "nudge" plans are the automatic staff reminder, "digest" the Văn phòng's weekly picture. */
    reminderOffset: integer("reminder_offset").notNull(),
    kind: text("kind", { enum: ["deadline", "nudge", "digest"] }).notNull(),
    plannedAt: timestamp("planned_at", { withTimezone: true }).notNull(),
    queued: integer("queued").notNull().default(0),
  },
  (t) => [unique("reminder_plans_once").on(t.campaignId, t.deadlineAt, t.reminderOffset, t.kind)],
);

/* ---------- Registration campaign ---------- */

/** A unit's registration in one campaign; a submission freezes it until the Văn phòng reopens it. */
export const unitSubmissions = pgTable(
  "unit_submissions",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    status: text("status", { enum: ["draft", "submitted"] })
      .notNull()
      .default("draft"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: integer("submitted_by").references(() => people.id, { onDelete: "set null" }),
    snapshot: jsonb("snapshot"),
    reopenedAt: timestamp("reopened_at", { withTimezone: true }),
    /** The focal person's switch: remind the unit's silent staff automatically at D-5. */
    autoNudge: boolean("auto_nudge").notNull().default(false),
    updatedAt: updatedAt(),
  },
  (t) => [unique("unit_submissions_campaign_unit").on(t.campaignId, t.unitId)],
);

export const REGISTRATION_STATUSES = ["pending", "approved", "returned", "withdrawn"] as const;

/** One person's registration (title, award form, planned sáng kiến) in a campaign. */
export const registrations = pgTable(
  "registrations",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    titleCode: text("title_code").notNull(),
    awardCode: text("award_code"),
    initiativeTitle: text("initiative_title"),
    initiativeSubject: text("initiative_subject"),
    status: text("status", { enum: REGISTRATION_STATUSES }).notNull().default("pending"),
    returnReason: text("return_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique("registrations_campaign_person").on(t.campaignId, t.personId), index("registrations_unit").on(t.campaignId, t.unitId)],
);

/** Chỉ tiêu thi đua: nội dung, đơn vị tính, kế hoạch. */
export const unitTargets = pgTable(
  "unit_targets",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    content: text("content").notNull(),
    measure: text("measure").notNull(),
    planned: text("planned").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("unit_targets_unit").on(t.campaignId, t.unitId)],
);

/** Collective titles and award forms for the unit (group null) or one of its tổ. */
export const collectiveRegistrations = pgTable(
  "collective_registrations",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    groupName: text("group_name"),
    titleCode: text("title_code").notNull(),
    awardCode: text("award_code"),
    createdAt: createdAt(),
  },
  (t) => [index("collective_registrations_unit").on(t.campaignId, t.unitId)],
);

/** A person's request about their data (erasure); the Văn phòng sees and completes it. */
export const dataRequests = pgTable("data_requests", {
  id: serial("id").primaryKey(),
  provinceId: integer("province_id")
    .notNull()
    .references(() => provinces.id),
  personId: integer("person_id")
    .notNull()
    .references(() => people.id),
  kind: text("kind", { enum: ["erase"] }).notNull(),
  status: text("status", { enum: ["open", "done"] })
    .notNull()
    .default("open"),
  createdAt: createdAt(),
  doneAt: timestamp("done_at", { withTimezone: true }),
});

/* ---------- Sáng kiến and điển hình tiên tiến ---------- */

export const INITIATIVE_STATUSES = ["planned", "applied", "recognised"] as const;

/** A sáng kiến declared by a staff member; recognised ones feed the title rules (CSTĐ needs one). */
export const initiatives = pgTable(
  "initiatives",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    unitId: integer("unit_id").references(() => units.id),
    title: text("title").notNull(),
    field: text("field").notNull(),
    coAuthors: text("co_authors"),
    status: text("status", { enum: INITIATIVE_STATUSES }).notNull(),
    decisionNumber: text("decision_number"),
    decidedOn: date("decided_on"),
    scope: text("scope", { enum: ["co_so", "tinh", "toan_quoc"] }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("initiatives_person").on(t.personId), index("initiatives_unit").on(t.unitId)],
);

export const NOMINATION_STATUSES = ["draft", "submitted", "returned", "accepted"] as const;

export interface NominationYear {
  schoolYear: string;
  rating: "HTXSNV" | "HTTNV" | "HTNV" | null;
  titles: string[];
}

export interface NominationCriterion {
  code: string;
  met: boolean;
  note?: string;
}

/** A điển hình tiên tiến nominated by a unit in a nomination campaign. */
export const nominations = pgTable(
  "nominations",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    kind: text("kind", { enum: ["individual", "collective"] }).notNull(),
    personId: integer("person_id").references(() => people.id, { onDelete: "set null" }),
    nomineeName: text("nominee_name").notNull(),
    field: text("field").notNull(),
    summary: text("summary").notNull(),
    years: jsonb("years").$type<NominationYear[]>().notNull().default([]),
    initiativeId: integer("initiative_id").references(() => initiatives.id, { onDelete: "set null" }),
    initiativeText: text("initiative_text"),
    criteria: jsonb("criteria").$type<NominationCriterion[]>().notNull().default([]),
    status: text("status", { enum: NOMINATION_STATUSES }).notNull().default("draft"),
    returnReason: text("return_reason"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    createdBy: integer("created_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("nominations_unit").on(t.campaignId, t.unitId)],
);

/** Minh chứng: the channel's file id at once, the stored copy and its checksum once fetched. */
export const nominationEvidence = pgTable(
  "nomination_evidence",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    nominationId: integer("nomination_id")
      .notNull()
      .references(() => nominations.id, { onDelete: "cascade" }),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    fileId: text("file_id").notNull(),
    fileName: text("file_name").notNull(),
    mime: text("mime").notNull(),
    size: integer("size"),
    storedKey: text("stored_key"),
    sha256: text("sha256"),
    /** Failed copies so far; a file that keeps failing moves behind the others. */
    copyAttempts: integer("copy_attempts").notNull().default(0),
    copyError: text("copy_error"),
    createdAt: createdAt(),
  },
  (t) => [
    index("nomination_evidence_nomination").on(t.nominationId),
    index("nomination_evidence_pending")
      .on(t.channel, t.copyAttempts, t.id)
      .where(sql`${t.sha256} is null`),
  ],
);

/**
 * The replies of a chat step, stored with the step and deleted once delivered (see
 * flows/engine/replies.ts). `lease_until`: whoever is sending them has them until then.
 */
export const stepReplies = pgTable(
  "step_replies",
  {
    channel: text("channel", { enum: CHANNELS }).notNull(),
    updateId: text("update_id").notNull(),
    externalId: text("external_id").notNull(),
    locale: text("locale").notNull(),
    replies: jsonb("replies").notNull(),
    attempts: integer("attempts").notNull().default(0),
    leaseUntil: timestamp("lease_until", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: "step_replies_pk", columns: [t.channel, t.updateId] }), index("step_replies_lease").on(t.leaseUntil)],
);

/** Webhook updates kept before the webhook is answered, until their step has committed. */
export const inboundUpdates = pgTable(
  "inbound_updates",
  {
    channel: text("channel", { enum: CHANNELS }).notNull(),
    updateId: text("update_id").notNull(),
    body: jsonb("body").notNull(),
    attempts: integer("attempts").notNull().default(0),
    leaseUntil: timestamp("lease_until", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "inbound_updates_pk", columns: [t.channel, t.updateId] }), index("inbound_updates_lease").on(t.leaseUntil)],
);

/* ---------- Announcements ---------- */

/** Who an announcement goes to: which people, and in which units. */
export type AnnouncementAudience = {
  who: "managers" | "everyone";
  where:
    | { kind: "province" }
    | { kind: "unit-kind"; id: number }
    | { kind: "cluster"; id: number }
    | { kind: "unit"; id: number }
    | { kind: "not-submitted"; campaignId: number };
};

/**
 * A message from the Văn phòng to the province, or from a focal person to their unit's staff. Its
 * recipients are queued in the outbox (announcement_id) when it is confirmed.
 */
export const announcements = pgTable(
  "announcements",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    senderId: integer("sender_id").references(() => people.id, { onDelete: "set null" }),
    /** The sender's unit when a focal person sent it; null for the Văn phòng. */
    unitId: integer("unit_id").references(() => units.id),
    body: text("body").notNull(),
    audience: jsonb("audience").$type<AnnouncementAudience>().notNull(),
    sendAt: timestamp("send_at", { withTimezone: true }).notNull(),
    /** "Gửi ngay": sent even during the quiet hours. */
    urgent: boolean("urgent").notNull().default(false),
    recipients: integer("recipients").notNull().default(0),
    /** Counted when it was confirmed: no messenger, blocked the bot, or declined announcements. */
    unreachable: integer("unreachable").notNull().default(0),
    nudgedAt: timestamp("nudged_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("announcements_sender").on(t.senderId, t.createdAt)],
);

export const announcementSeen = pgTable(
  "announcement_seen",
  {
    announcementId: integer("announcement_id")
      .notNull()
      .references(() => announcements.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.announcementId, t.personId] })],
);

/** A one-time link from /web: opens one browser session, once, within minutes. Only its digest is kept. */
export const webLoginLinks = pgTable(
  "web_login_links",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [unique("web_login_links_token_hash_unique").on(t.tokenHash)],
);

/**
 * A personal-data download (/me "Tải dữ liệu") where the channel sends links, not files: one use,
 * 15 minutes, bound to the person it was made for. Only the token's digest is kept; erasure deletes
 * the rows and their files.
 */
export const personalLinks = pgTable(
  "personal_links",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    fileKey: text("file_key").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [unique("personal_links_token_hash_unique").on(t.tokenHash), index("personal_links_person").on(t.personId)],
);

/** A browser session of the web workspace; ends after hours idle or on logout. */
export const webSessions = pgTable(
  "web_sessions",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    csrfToken: text("csrf_token").notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [unique("web_sessions_token_hash_unique").on(t.tokenHash), index("web_sessions_person").on(t.personId)],
);

/* ---------- Year-end results (bình xét), decisions, unit records ---------- */

/** A unit's (group_name null) or one of its tổ's titles of a school year. */
export const unitYears = pgTable(
  "unit_years",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    schoolYear: text("school_year").notNull(),
    groupName: text("group_name"),
    titles: jsonb("titles").$type<string[]>().notNull().default([]),
    source: text("source").notNull().default("results"),
    updatedAt: updatedAt(),
  },
  (t) => [unique("unit_years_unit_year_group").on(t.unitId, t.schoolYear, t.groupName).nullsNotDistinct()],
);

/** One person's year-end result in a results campaign: rating and the title achieved (null: none). */
export const personResults = pgTable(
  "person_results",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    rating: text("rating", { enum: RATINGS }),
    titleCode: text("title_code"),
    /** A teacher's request for a correction, until the focal person changes the result. */
    correctionRequest: text("correction_request"),
    correctionRequestedAt: timestamp("correction_requested_at", { withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [unique("person_results_campaign_person").on(t.campaignId, t.personId), index("person_results_unit").on(t.campaignId, t.unitId)],
);

/** The collective title achieved by the unit (group_name null) or a tổ, in a results campaign. */
export const collectiveResults = pgTable(
  "collective_results",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    groupName: text("group_name"),
    titleCode: text("title_code").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [unique("collective_results_campaign_unit_group").on(t.campaignId, t.unitId, t.groupName).nullsNotDistinct()],
);

/** A quyết định công nhận / tặng danh hiệu: number, date, who signs (cấp). */
export const decisions = pgTable(
  "decisions",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    number: text("number").notNull(),
    signedOn: date("signed_on").notNull(),
    /** Who signs: THU_TRUONG_DON_VI, CHU_TICH_UBND_XA, GIAM_DOC_SO, UBND_TINH, BO_GDDT, THU_TUONG. */
    level: text("level", { enum: ["THU_TRUONG_DON_VI", "CHU_TICH_UBND_XA", "GIAM_DOC_SO", "UBND_TINH", "BO_GDDT", "THU_TUONG"] }).notNull(),
    schoolYear: text("school_year").notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique("decisions_province_number").on(t.provinceId, t.number)],
);

/** Who a decision names, with the title or award it gives them. */
export const decisionPeople = pgTable(
  "decision_people",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    decisionId: integer("decision_id")
      .notNull()
      .references(() => decisions.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    titleCode: text("title_code").notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique("decision_people_once").on(t.decisionId, t.personId, t.titleCode), index("decision_people_person").on(t.personId)],
);

/* ---------- Award dossiers (hồ sơ đề nghị khen thưởng) ---------- */

export const DOSSIER_STATUSES = ["in_progress", "sent", "returned", "accepted"] as const;

/**
 * A unit's award dossier in a campaign (a "dossier" campaign, or the results campaign when there is
 * none); no row means not started. The focal person asks to send, the leader confirms (sent).
 */
export const unitDossiers = pgTable(
  "unit_dossiers",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    /** The year-end results the proposals come from. */
    resultsCampaignId: integer("results_campaign_id")
      .notNull()
      .references(() => campaigns.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    status: text("status", { enum: DOSSIER_STATUSES }).notNull().default("in_progress"),
    sendRequestedAt: timestamp("send_requested_at", { withTimezone: true }),
    sendRequestedBy: integer("send_requested_by").references(() => people.id, { onDelete: "set null" }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    sentBy: integer("sent_by").references(() => people.id, { onDelete: "set null" }),
    returnReason: text("return_reason"),
    returnedAt: timestamp("returned_at", { withTimezone: true }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("unit_dossiers_campaign_unit").on(t.campaignId, t.unitId),
    index("unit_dossiers_campaign_status").on(t.campaignId, t.status),
    check("unit_dossiers_status", sql`${t.status} in ('in_progress', 'sent', 'returned', 'accepted')`),
  ],
);

export const DOSSIER_REPORT_STATUSES = ["draft", "submitted", "approved", "returned"] as const;

/** One candidate's báo cáo thành tích (person null: the unit's own, filled by the focal person), answers by section. */
export const dossierReports = pgTable(
  "dossier_reports",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    personId: integer("person_id").references(() => people.id, { onDelete: "cascade" }),
    titleCode: text("title_code").notNull(),
    answers: jsonb("answers").$type<Record<string, string>>().notNull().default({}),
    status: text("status", { enum: DOSSIER_REPORT_STATUSES }).notNull().default("draft"),
    returnReason: text("return_reason"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: integer("reviewed_by").references(() => people.id, { onDelete: "set null" }),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("dossier_reports_once").on(t.campaignId, t.unitId, t.personId, t.titleCode).nullsNotDistinct(),
    index("dossier_reports_person").on(t.personId),
    check("dossier_reports_status", sql`${t.status} in ('draft', 'submitted', 'approved', 'returned')`),
  ],
);

export const JOB_STATUSES = ["queued", "running", "done", "failed"] as const;
/** Who gets a job's result: the person and the chat that asked. */
export interface JobRecipient {
  personId: number;
  channel: ChannelName;
  externalId: string;
  locale: string;
}

/** Background work any instance may claim (features/jobs): queued → running (leased) → done | failed. */
export const jobs = pgTable(
  "jobs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind").notNull(),
    provinceId: integer("province_id")
      .notNull()
      .references(() => provinces.id),
    /** Names the request: the same request is one job while it is queued or running. */
    requestKey: text("request_key").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    recipients: jsonb("recipients").$type<JobRecipient[]>().notNull().default([]),
    status: text("status", { enum: JOB_STATUSES }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    progressDone: integer("progress_done").notNull().default(0),
    progressTotal: integer("progress_total").notNull().default(0),
    leaseOwner: text("lease_owner"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    result: jsonb("result").$type<Record<string, unknown>>(),
    lastError: text("last_error"),
    createdAt: createdAt(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("jobs_active_request")
      .on(t.kind, t.requestKey)
      .where(sql`${t.status} in ('queued', 'running')`),
    index("jobs_due").on(t.status, t.id),
  ],
);
