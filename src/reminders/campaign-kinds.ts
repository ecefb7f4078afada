import { eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { rowsOf } from "../db/rows.js";
import { campaigns, type CampaignKind } from "../db/schema.js";
import { DEFAULT_OFFSETS } from "../domain/reminders.js";
import { DEFAULT_DOSSIER_TITLES } from "../domain/dossiers.js";

/**
 * What differs between the campaign kinds that have a deadline: when a unit counts as having
 * submitted, the default reminder days, and the words. The planner, the policy and the outbox are
 * the same for all; a new kind with a deadline adds an entry here.
 */
export interface RemindedKind {
  /** Subquery: the ids of the units that have submitted this campaign (never null). */
  submittedUnits(campaignId: number): SQL;
  /** Default days from the deadline (the campaign's `settings.reminders.offsets` overrides them). */
  offsets: number[];
  /** Locale keys of the unit reminder before the deadline, on the day, overdue; and the office list. */
  keys: { before: string; today: string; overdue: string; office: string };
  /** Whether the staff nudge (D-5, /remind) applies: only registrations are answered by staff. */
  staffNudge: boolean;
  /** Whether the Văn phòng gets the weekly digest (the /tiendo chart) in the last two weeks. */
  weeklyDigest: boolean;
}

export const REMINDED_KINDS: Partial<Record<CampaignKind, RemindedKind>> = {
  registration: {
    submittedUnits: (id) => sql`select unit_id from unit_submissions where campaign_id = ${id} and status = 'submitted'`,
    offsets: DEFAULT_OFFSETS,
    keys: { before: "reminder-before", today: "reminder-today", overdue: "reminder-overdue", office: "reminder-office-overdue" },
    staffNudge: true,
    weeklyDigest: true,
  },
  nomination: {
    // A unit's list is in once it has sent one (a returned one counts until it is sent again).
    submittedUnits: (id) => sql`select distinct unit_id from nominations where campaign_id = ${id} and status in ('submitted', 'accepted')`,
    // A list of điển hình takes gathering: the first reminder comes two weeks ahead.
    offsets: [-14, -7, -3, -1, 0, 1, 3],
    keys: {
      before: "reminder-nomination-before",
      today: "reminder-nomination-today",
      overdue: "reminder-nomination-overdue",
      office: "reminder-nomination-office-overdue",
    },
    staffNudge: false,
    weeklyDigest: false,
  },
  dossier: {
    // A unit is done once its dossier is sent (or accepted), and has nothing to send when the
    // year's results propose nobody for a title that needs a dossier (the default titles; a
    // province's extra titles and registered Bằng khen are not looked at here).
    submittedUnits: (id) => sql`select unit_id from unit_dossiers where campaign_id = ${id} and status in ('sent', 'accepted')
      union
      select u.id from units u join campaigns d on d.id = ${id} where u.province_id = d.province_id
        and not exists (select 1 from person_results pr join campaigns rc on rc.id = pr.campaign_id
          where rc.kind = 'results' and rc.school_year_id = d.school_year_id and pr.unit_id = u.id and pr.title_code in (${sql.join(
            DEFAULT_DOSSIER_TITLES.map((t) => sql`${t}`),
            sql`, `,
          )}))
        and not exists (select 1 from collective_results cr join campaigns rc on rc.id = cr.campaign_id
          where rc.kind = 'results' and rc.school_year_id = d.school_year_id and cr.unit_id = u.id and cr.title_code in (${sql.join(
            DEFAULT_DOSSIER_TITLES.map((t) => sql`${t}`),
            sql`, `,
          )}))`,
    offsets: [-14, -7, -3, -1, 0, 1, 3],
    keys: {
      before: "reminder-dossier-before",
      today: "reminder-dossier-today",
      overdue: "reminder-dossier-overdue",
      office: "reminder-dossier-office-overdue",
    },
    staffNudge: false,
    weeklyDigest: false,
  },
};

export const remindedKind = (kind: string): RemindedKind | undefined => REMINDED_KINDS[kind as CampaignKind];

/** Whether the unit has submitted the campaign, by the rule of the campaign's kind. */
export async function unitHasSubmitted(db: DbOrTx, campaignId: number, unitId: number): Promise<boolean> {
  const [c] = await db.select({ kind: campaigns.kind }).from(campaigns).where(eq(campaigns.id, campaignId));
  const k = c ? remindedKind(c.kind) : undefined;
  if (!k) return false;
  return rowsOf(await db.execute(sql`select 1 from (${k.submittedUnits(campaignId)}) s where s.unit_id = ${unitId} limit 1`)).length > 0;
}

/** Units expected to submit (they have a focal person or leader) that have not, in code order. */
export async function pendingUnits(db: DbOrTx, campaign: { id: number; provinceId: number; kind: string }) {
  const k = remindedKind(campaign.kind);
  if (!k) return [];
  return rowsOf<{ unitId: number; code: string; name: string }>(
    await db.execute(sql`select u.id as "unitId", u.code, u.name from units u
      where u.province_id = ${campaign.provinceId}
      and exists (select 1 from roles r where r.unit_id = u.id and r.role in ('focal', 'unit_leader'))
      and u.id not in (${k.submittedUnits(campaign.id)})
      order by u.code`),
  );
}
