import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
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
    provinceId: integer("province_id").notNull().references(() => provinces.id),
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
    provinceId: integer("province_id").notNull().references(() => provinces.id),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique("clusters_province_name").on(t.provinceId, t.name)],
);

export const units = pgTable(
  "units",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id").notNull().references(() => provinces.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    kindId: integer("kind_id").notNull().references(() => unitKinds.id),
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
    provinceId: integer("province_id").notNull().references(() => provinces.id),
    unitId: integer("unit_id").references(() => units.id),
    fullName: text("full_name").notNull(),
    position: text("position").notNull().default(""),
    phone: text("phone"),
    locale: text("locale").notNull().default("vi"),
    /** Set when personal data was erased on request; the row stays so counts still add up. */
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
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
    provinceId: integer("province_id").notNull().references(() => provinces.id),
    personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    schoolYear: text("school_year").notNull(),
    rating: text("rating", { enum: ["HTXSNV", "HTTNV", "HTNV", "KHTNV"] }),
    titles: jsonb("titles").$type<string[]>().notNull().default([]),
  },
  (t) => [unique("person_years_person_year").on(t.personId, t.schoolYear)],
);

export const channelIdentities = pgTable(
  "channel_identities",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id").notNull().references(() => provinces.id),
    personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    channel: text("channel", { enum: ["telegram", "zalo"] }).notNull(),
    externalId: text("external_id").notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }),
    unreachableAt: timestamp("unreachable_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [unique("channel_identities_channel_external").on(t.channel, t.externalId), index("channel_identities_person").on(t.personId)],
);

export const ROLES = ["office", "unit_leader", "focal", "staff"] as const;
export type Role = (typeof ROLES)[number];

/** A role is scoped to a unit, or to the whole province when unit_id is null (the Văn phòng). */
export const roles = pgTable(
  "roles",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id").notNull().references(() => provinces.id),
    personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
    unitId: integer("unit_id").references(() => units.id),
    createdAt: createdAt(),
  },
  (t) => [
    unique("roles_person_role_unit").on(t.personId, t.role, t.unitId).nullsNotDistinct(),
    index("roles_unit").on(t.unitId),
  ],
);

export const inviteCodes = pgTable(
  "invite_codes",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id").notNull().references(() => provinces.id),
    code: text("code").notNull().unique(),
    unitId: integer("unit_id").references(() => units.id),
    role: text("role", { enum: ROLES }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    maxUses: integer("max_uses"),
    uses: integer("uses").notNull().default(0),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [check("invite_uses_within_max", sql`${t.maxUses} is null or ${t.uses} <= ${t.maxUses}`)],
);

export const schoolYears = pgTable(
  "school_years",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id").notNull().references(() => provinces.id),
    label: text("label").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
  },
  (t) => [unique("school_years_province_label").on(t.provinceId, t.label)],
);

export const CAMPAIGN_KINDS = ["registration", "nomination", "initiative", "review"] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

export const campaigns = pgTable(
  "campaigns",
  {
    id: serial("id").primaryKey(),
    provinceId: integer("province_id").notNull().references(() => provinces.id),
    schoolYearId: integer("school_year_id").notNull().references(() => schoolYears.id),
    kind: text("kind", { enum: CAMPAIGN_KINDS }).notNull(),
    title: text("title").notNull(),
    opensAt: timestamp("opens_at", { withTimezone: true }).notNull(),
    deadlineAt: timestamp("deadline_at", { withTimezone: true }).notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index("campaigns_province_kind").on(t.provinceId, t.kind), check("campaigns_opens_before_deadline", sql`${t.opensAt} <= ${t.deadlineAt}`)],
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
export const consents = pgTable("consents", {
  id: serial("id").primaryKey(),
  provinceId: integer("province_id").notNull().references(() => provinces.id),
  personId: integer("person_id").references(() => people.id, { onDelete: "set null" }),
  noticeVersion: text("notice_version").notNull(),
  accepted: boolean("accepted").notNull(),
  decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
});
