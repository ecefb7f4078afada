import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared.js";
import type { DbOrTx } from "../../db/client.js";
import { people, registrations } from "../../db/schema.js";
import { getTitle, isIndividualTitleCode } from "../../domain/titles.js";
import { UserError } from "../../core/errors.js";
import type { Actor } from "../../core/actor.js";
import type { Notification } from "../../core/messages.js";
import { leadsUnit } from "../../core/roles.js";
import { writeAudit } from "../../services/audit.js";
import type { Campaign, CampaignRef, Registration } from "./campaigns.js";
import { assertManages, assertUnitEditable } from "./guards.js";

const selectMyRegistration = prepared<{ campaignId: number; personId: number }, Registration[]>("my-registration", (db) =>
  db
    .select()
    .from(registrations)
    .where(and(eq(registrations.campaignId, sql.placeholder("campaignId")), eq(registrations.personId, sql.placeholder("personId")))),
);

export async function myRegistration(db: DbOrTx, campaignId: number, personId: number): Promise<Registration | null> {
  const [row] = await selectMyRegistration(db, { campaignId, personId });
  return row ?? null;
}

export interface RegistrationInput {
  titleCode: string;
  awardCode: string | null;
  initiativeTitle: string | null;
  initiativeSubject: string | null;
}

/** A changed registration goes back to pending: the focal person looks at it again. */
const updateRegistration = prepared<
  Pick<RegistrationInput, keyof RegistrationInput> & { id: number; unitId: number; at: string },
  Registration[]
>("registration-update", (db) =>
  db
    .update(registrations)
    .set({
      titleCode: sql`${sql.placeholder("titleCode")}`,
      awardCode: sql`${sql.placeholder("awardCode")}`,
      initiativeTitle: sql`${sql.placeholder("initiativeTitle")}`,
      initiativeSubject: sql`${sql.placeholder("initiativeSubject")}`,
      unitId: sql`${sql.placeholder("unitId")}`,
      status: "pending",
      returnReason: null,
      // Times go as text: a placeholder's value skips the column's encoder.
      updatedAt: sql`${sql.placeholder("at")}::timestamptz`,
    })
    .where(eq(registrations.id, sql.placeholder("id")))
    .returning(),
);

export async function saveRegistration(
  db: DbOrTx,
  ctx: { campaign: CampaignRef; actor: Actor; unitId: number; now: Date; timeZone: string },
  input: RegistrationInput,
): Promise<Registration> {
  if (!isIndividualTitleCode(input.titleCode)) throw new UserError("button-stale");
  // Both reads at once (one round trip); the registration is only used if the unit is editable.
  const [, before] = await Promise.all([
    assertUnitEditable(db, ctx.campaign, ctx.unitId, ctx.now, ctx.timeZone),
    myRegistration(db, ctx.campaign.id, ctx.actor.personId),
  ]);
  const values = { ...input, status: "pending" as const, returnReason: null, unitId: ctx.unitId, updatedAt: ctx.now };
  const [row] = before
    ? await updateRegistration(db, { ...input, id: before.id, unitId: ctx.unitId, at: ctx.now.toISOString() })
    : await db
        .insert(registrations)
        .values({ provinceId: ctx.actor.provinceId, campaignId: ctx.campaign.id, personId: ctx.actor.personId, ...values })
        .returning();
  await writeAudit(db, {
    provinceId: ctx.actor.provinceId,
    actor: ctx.actor,
    action: before ? "update" : "create",
    entity: "registration",
    entityId: row!.id,
    before,
    after: row,
  });
  return row!;
}

export async function withdrawRegistration(
  db: DbOrTx,
  ctx: { campaign: CampaignRef; actor: Actor; now: Date; timeZone: string },
): Promise<void> {
  const before = await myRegistration(db, ctx.campaign.id, ctx.actor.personId);
  if (!before || before.status === "withdrawn") return;
  await assertUnitEditable(db, ctx.campaign, before.unitId, ctx.now, ctx.timeZone);
  const [after] = await db
    .update(registrations)
    .set({ status: "withdrawn", updatedAt: ctx.now })
    .where(eq(registrations.id, before.id))
    .returning();
  await writeAudit(db, {
    provinceId: ctx.actor.provinceId,
    actor: ctx.actor,
    action: "withdraw",
    entity: "registration",
    entityId: before.id,
    before,
    after,
  });
}

export interface StaffRow {
  registrationId: number;
  personId: number;
  fullName: string;
  titleCode: string;
  awardCode: string | null;
  status: Registration["status"];
  initiativeTitle: string | null;
  returnReason: string | null;
}

export async function unitRegistrations(db: DbOrTx, campaignId: number, unitId: number): Promise<StaffRow[]> {
  return db
    .select({
      registrationId: registrations.id,
      personId: people.id,
      fullName: people.fullName,
      titleCode: registrations.titleCode,
      awardCode: registrations.awardCode,
      status: registrations.status,
      initiativeTitle: registrations.initiativeTitle,
      returnReason: registrations.returnReason,
    })
    .from(registrations)
    .innerJoin(people, eq(people.id, registrations.personId))
    .where(and(eq(registrations.campaignId, campaignId), eq(registrations.unitId, unitId), ne(registrations.status, "withdrawn")))
    .orderBy(asc(registrations.id));
}

/** People of the unit with no registration yet (the focal person's "who has not answered"). */
export async function unitMembers(db: DbOrTx, unitId: number) {
  return db
    .select({ id: people.id, fullName: people.fullName })
    .from(people)
    .where(and(eq(people.unitId, unitId), isNull(people.anonymisedAt)))
    .orderBy(asc(people.id));
}

export async function reviewRegistration(
  db: DbOrTx,
  ctx: { campaign: Campaign; actor: Actor | null; now: Date; timeZone: string; notify(n: Notification): void },
  registrationId: number,
  decision: { approve: true } | { approve: false; reason: string },
): Promise<Registration> {
  const [before] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.campaignId, ctx.campaign.id)));
  if (!before || before.status === "withdrawn") throw new UserError("button-stale");
  assertManages(ctx.actor, before.unitId);
  if (!mayReview(ctx.actor, before)) throw new UserError("truth-review-own");
  await assertUnitEditable(db, ctx.campaign, before.unitId, ctx.now, ctx.timeZone);
  const set = decision.approve
    ? { status: "approved" as const, returnReason: null, updatedAt: ctx.now }
    : { status: "returned" as const, returnReason: decision.reason, updatedAt: ctx.now };
  const [after] = await db.update(registrations).set(set).where(eq(registrations.id, before.id)).returning();
  await writeAudit(db, {
    provinceId: before.provinceId,
    actor: ctx.actor,
    action: decision.approve ? "approve" : "return",
    entity: "registration",
    entityId: before.id,
    before,
    after,
  });
  ctx.notify({
    personId: before.personId,
    provinceId: before.provinceId,
    dedupeKey: `registration-${decision.approve ? "approved" : "returned"}:${before.id}:${ctx.now.getTime()}`,
    message: decision.approve
      ? { key: "notify-registration-approved", vars: { title: getTitle(before.titleCode as never).nameVi } }
      : { key: "notify-registration-returned", vars: { title: getTitle(before.titleCode as never).nameVi, reason: decision.reason } },
  });
  return after!;
}

/**
 * A focal person does not review their own registration: the leader (or the Văn phòng) does. The
 * unit leader, who signs the unit's document, may review their own.
 */
export function mayReview(actor: Actor, registration: { personId: number; unitId: number }): boolean {
  if (registration.personId !== actor.personId) return true;
  return leadsUnit(actor, registration.unitId);
}
