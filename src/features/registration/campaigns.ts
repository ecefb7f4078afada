import { and, asc, desc, eq, isNull, lte, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared.js";
import type { DbOrTx } from "../../db/client.js";
import { campaigns, registrations, schoolYears, type CampaignKind } from "../../db/schema.js";

export type Campaign = typeof campaigns.$inferSelect & { schoolYear: string };
export type Registration = typeof registrations.$inferSelect;
/** What a write needs of its campaign: the id. Its state is read fresh at the write (assertUnitEditable). */
export type CampaignRef = Pick<Campaign, "id">;

/** Open, not closed, and already opened at `now`: the campaigns people answer now. */
const openCampaignFilter = () =>
  and(
    eq(campaigns.provinceId, sql.placeholder("provinceId")),
    eq(campaigns.kind, sql.placeholder("kind")),
    isNull(campaigns.closedAt),
    lte(campaigns.opensAt, sql`${sql.placeholder("now")}::timestamptz`),
  );

const selectOpenCampaign = prepared<
  { provinceId: number; kind: CampaignKind; now: string },
  Array<{ c: typeof campaigns.$inferSelect; schoolYear: string }>
>("open-campaign", (db) =>
  db
    .select({ c: campaigns, schoolYear: schoolYears.label })
    .from(campaigns)
    .innerJoin(schoolYears, eq(schoolYears.id, campaigns.schoolYearId))
    .where(openCampaignFilter())
    .orderBy(desc(campaigns.deadlineAt))
    .limit(1),
);

/** The campaign of that kind people answer now: open, not closed, newest deadline first. */
export async function openCampaignOfKind(db: DbOrTx, provinceId: number, kind: CampaignKind, now: Date): Promise<Campaign | null> {
  const [row] = await selectOpenCampaign(db, { provinceId, kind, now: now.toISOString() });
  return row ? { ...row.c, schoolYear: row.schoolYear } : null;
}

const selectOpenCampaignWithRegistration = prepared<
  { provinceId: number; kind: CampaignKind; now: string; personId: number },
  Array<{ c: typeof campaigns.$inferSelect; schoolYear: string; r: Registration | null }>
>("open-campaign-with-registration", (db) =>
  db
    .select({ c: campaigns, schoolYear: schoolYears.label, r: registrations })
    .from(campaigns)
    .innerJoin(schoolYears, eq(schoolYears.id, campaigns.schoolYearId))
    .leftJoin(registrations, and(eq(registrations.campaignId, campaigns.id), eq(registrations.personId, sql.placeholder("personId"))))
    .where(openCampaignFilter())
    .orderBy(desc(campaigns.deadlineAt))
    .limit(1),
);

/**
 * The open registration campaign and the person's own registration in it (if any), in one round
 * trip: what a teacher's /dangky opens with.
 */
export async function openRegistrationFor(
  db: DbOrTx,
  provinceId: number,
  personId: number,
  now: Date,
): Promise<{ campaign: Campaign; registration: Registration | null } | null> {
  const [row] = await selectOpenCampaignWithRegistration(db, { provinceId, kind: "registration", now: now.toISOString(), personId });
  return row ? { campaign: { ...row.c, schoolYear: row.schoolYear }, registration: row.r } : null;
}

const selectCampaign = prepared<{ id: number }, Array<{ c: typeof campaigns.$inferSelect; schoolYear: string }>>("campaign", (db) =>
  db
    .select({ c: campaigns, schoolYear: schoolYears.label })
    .from(campaigns)
    .innerJoin(schoolYears, eq(schoolYears.id, campaigns.schoolYearId))
    .where(eq(campaigns.id, sql.placeholder("id"))),
);

/** A campaign with its school year's label, as stored now. */
export async function campaignById(db: DbOrTx, id: number): Promise<Campaign | null> {
  const [row] = await selectCampaign(db, { id });
  return row ? { ...row.c, schoolYear: row.schoolYear } : null;
}

export const openRegistrationCampaign = (db: DbOrTx, provinceId: number, now: Date) =>
  openCampaignOfKind(db, provinceId, "registration", now);

/**
 * Every open campaign of that kind, oldest school year first. When two school years overlap, the
 * person chooses: an answer given to the older one must not drop out of view.
 */
export async function openCampaignsOfKind(db: DbOrTx, provinceId: number, kind: CampaignKind, now: Date): Promise<Campaign[]> {
  const rows = await db
    .select({ c: campaigns, schoolYear: schoolYears.label })
    .from(campaigns)
    .innerJoin(schoolYears, eq(schoolYears.id, campaigns.schoolYearId))
    .where(and(eq(campaigns.provinceId, provinceId), eq(campaigns.kind, kind), isNull(campaigns.closedAt), lte(campaigns.opensAt, now)))
    .orderBy(asc(schoolYears.label), asc(campaigns.deadlineAt));
  return rows.map((r) => ({ ...r.c, schoolYear: r.schoolYear }));
}
