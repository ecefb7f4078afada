import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { prepared } from "../db/prepared.js";
import type { DbOrTx } from "../db/client.js";
import {
  type ChannelName,
  auditLog,
  channelIdentities,
  consents,
  conversations,
  dataRequests,
  dossierReports,
  initiatives,
  nominationEvidence,
  nominations,
  outbox,
  people,
  personalLinks,
  personYears,
  registrations,
  roles,
  units,
} from "../db/schema.js";
import { UserError } from "../core/errors.js";
import { writeAudit } from "./audit.js";
import { officePeople } from "../features/registration/submission.js";
import type { Notification } from "../core/index.js";
import { type ActorRef, auditName } from "../core/actor.js";

// Shown at the start of every registration: prepared.
const selectProfile = prepared<{ personId: number }, Array<{ person: typeof people.$inferSelect; unitName: string | null }>>(
  "person-profile",
  (db) =>
    db
      .select({ person: people, unitName: units.name })
      .from(people)
      .leftJoin(units, eq(units.id, people.unitId))
      .where(eq(people.id, sql.placeholder("personId"))),
);
const selectConsent = prepared<{ personId: number }, Array<typeof consents.$inferSelect>>("person-consent", (db) =>
  db
    .select()
    .from(consents)
    .where(and(eq(consents.personId, sql.placeholder("personId")), eq(consents.accepted, true), eq(consents.purpose, "records"))),
);

export async function personProfile(db: DbOrTx, personId: number) {
  const [[row], [consent]] = await Promise.all([selectProfile(db, { personId }), selectConsent(db, { personId })]);
  if (!row) throw new UserError("person-unknown", { id: personId });
  return { ...row.person, unitName: row.unitName, consent: consent ?? null };
}

/** Everything stored about the person, for the right of access (Luật 91/2025). */
export async function exportPersonalData(db: DbOrTx, personId: number) {
  const profile = await personProfile(db, personId);
  return {
    person: {
      id: profile.id,
      fullName: profile.fullName,
      position: profile.position,
      phone: profile.phone,
      unit: profile.unitName,
      locale: profile.locale,
    },
    roles: await db
      .select({ role: roles.role, unitId: roles.unitId, since: roles.createdAt })
      .from(roles)
      .where(eq(roles.personId, personId)),
    channels: await db
      .select({ channel: channelIdentities.channel, externalId: channelIdentities.externalId, since: channelIdentities.createdAt })
      .from(channelIdentities)
      .where(eq(channelIdentities.personId, personId)),
    consents: await db
      .select({ purpose: consents.purpose, version: consents.noticeVersion, accepted: consents.accepted, at: consents.decidedAt })
      .from(consents)
      .where(eq(consents.personId, personId)),
    years: await db
      .select({ schoolYear: personYears.schoolYear, rating: personYears.rating, titles: personYears.titles })
      .from(personYears)
      .where(eq(personYears.personId, personId)),
    registrations: await db
      .select({
        campaignId: registrations.campaignId,
        title: registrations.titleCode,
        award: registrations.awardCode,
        initiative: registrations.initiativeTitle,
        status: registrations.status,
      })
      .from(registrations)
      .where(eq(registrations.personId, personId)),
    dossierReports: await db
      .select({
        campaignId: dossierReports.campaignId,
        title: dossierReports.titleCode,
        answers: dossierReports.answers,
        status: dossierReports.status,
        returnReason: dossierReports.returnReason,
      })
      .from(dossierReports)
      .where(eq(dossierReports.personId, personId)),
    ...(await heldElsewhere(db, personId)),
  };
}

/**
 * What other tables hold about the person (issue #16): her sáng kiến, nominations about her and
 * their evidence, the audit entries she made or that concern her, messages queued for her, her
 * conversations and her requests.
 */
async function heldElsewhere(db: DbOrTx, personId: number) {
  const about = await db
    .select({
      id: nominations.id,
      campaignId: nominations.campaignId,
      nomineeName: nominations.nomineeName,
      field: nominations.field,
      summary: nominations.summary,
      status: nominations.status,
      at: nominations.createdAt,
    })
    .from(nominations)
    .where(eq(nominations.personId, personId));
  const ids = about.map((n) => n.id);
  return {
    initiatives: await db
      .select({
        title: initiatives.title,
        field: initiatives.field,
        coAuthors: initiatives.coAuthors,
        status: initiatives.status,
        decisionNumber: initiatives.decisionNumber,
        decidedOn: initiatives.decidedOn,
        scope: initiatives.scope,
      })
      .from(initiatives)
      .where(eq(initiatives.personId, personId)),
    nominations: about,
    evidence: ids.length
      ? await db
          .select({
            nominationId: nominationEvidence.nominationId,
            fileName: nominationEvidence.fileName,
            mime: nominationEvidence.mime,
            size: nominationEvidence.size,
            at: nominationEvidence.createdAt,
          })
          .from(nominationEvidence)
          .where(inArray(nominationEvidence.nominationId, ids))
      : [],
    audit: await db
      .select({ action: auditLog.action, entity: auditLog.entity, entityId: auditLog.entityId, at: auditLog.at })
      .from(auditLog)
      .where(or(eq(auditLog.actor, auditName({ personId })), and(eq(auditLog.entity, "person"), eq(auditLog.entityId, String(personId))))),
    messages: await db
      .select({ kind: outbox.kind, message: outbox.message, status: outbox.status, at: outbox.createdAt })
      .from(outbox)
      .where(eq(outbox.personId, personId)),
    conversations: await db
      .select({ channel: conversations.channel, flow: conversations.flow, step: conversations.step, at: conversations.updatedAt })
      .from(conversations)
      .where(eq(conversations.personId, personId)),
    requests: await db
      .select({ kind: dataRequests.kind, status: dataRequests.status, at: dataRequests.createdAt, doneAt: dataRequests.doneAt })
      .from(dataRequests)
      .where(eq(dataRequests.personId, personId)),
  };
}

export async function updateProfile(
  db: DbOrTx,
  personId: number,
  change: { fullName?: string; position?: string },
  now: Date,
): Promise<void> {
  const [before] = await db
    .select({ fullName: people.fullName, position: people.position, provinceId: people.provinceId })
    .from(people)
    .where(eq(people.id, personId));
  await db
    .update(people)
    .set({ ...change, updatedAt: now })
    .where(eq(people.id, personId));
  // Ids only in the audit: the names themselves stay in the people table, where erasure reaches them.
  await writeAudit(db, {
    provinceId: before!.provinceId,
    actor: { personId },
    action: "update-profile",
    entity: "person",
    entityId: personId,
    after: { fields: Object.keys(change) },
  });
}

export async function requestErasure(
  db: DbOrTx,
  personId: number,
  provinceId: number,
  now: Date,
  notify: (n: Notification) => void,
): Promise<boolean> {
  const [open] = await db
    .select()
    .from(dataRequests)
    .where(and(eq(dataRequests.personId, personId), eq(dataRequests.status, "open")));
  if (open) return false;
  const [row] = await db.insert(dataRequests).values({ provinceId, personId, kind: "erase", createdAt: now }).returning();
  await writeAudit(db, { provinceId, actor: { personId }, action: "request-erasure", entity: "data_request", entityId: row!.id });
  for (const office of await officePeople(db, provinceId)) {
    notify({
      personId: office,
      provinceId,
      dedupeKey: `erasure-request:${row!.id}:${office}`,
      message: { key: "notify-erasure-requested", vars: { request: row!.id } },
    });
  }
  return true;
}

export async function openDataRequests(db: DbOrTx, provinceId: number) {
  return db
    .select()
    .from(dataRequests)
    .where(and(eq(dataRequests.provinceId, provinceId), eq(dataRequests.status, "open")));
}

/**
 * Removes the personal data and keeps the row, so counts (registrations per title, per unit) still
 * add up. Chat identities go: the person can no longer be reached or recognised.
 */
/**
 * `erasedLabel` replaces the name (and the words of nominations and sáng kiến about the person):
 * official documents made afterwards show "(đã xóa theo yêu cầu)", never a bare id.
 */
export async function erasePerson(
  db: DbOrTx,
  requestId: number,
  provinceId: number,
  now: Date,
  actor: ActorRef,
  erasedLabel = `#erased`,
): Promise<{ fileKeys: string[]; tell: Array<{ channel: ChannelName; externalId: string; locale: string }> }> {
  const [req] = await db
    .select()
    .from(dataRequests)
    .where(and(eq(dataRequests.id, requestId), eq(dataRequests.provinceId, provinceId), eq(dataRequests.status, "open")));
  if (!req) throw new UserError("data-request-unknown", { id: requestId });
  // Captured before anonymising: the chats that will be told the erasure is done (issue 16).
  const [{ locale } = { locale: "vi" }] = await db.select({ locale: people.locale }).from(people).where(eq(people.id, req.personId));
  await db
    .update(people)
    .set({ fullName: erasedLabel, position: "", phone: null, anonymisedAt: now, updatedAt: now })
    .where(and(eq(people.id, req.personId), isNull(people.anonymisedAt)));
  // The chats that knew the person: their conversation (which links the chat id to the row) too.
  const identities = await db.delete(channelIdentities).where(eq(channelIdentities.personId, req.personId)).returning();
  await db.delete(conversations).where(eq(conversations.personId, req.personId));
  for (const i of identities)
    await db.delete(conversations).where(and(eq(conversations.channel, i.channel), eq(conversations.externalId, i.externalId)));
  await db
    .update(registrations)
    .set({ initiativeTitle: null, initiativeSubject: null, returnReason: null })
    .where(eq(registrations.personId, req.personId));
  // Her sáng kiến: the row stays for the counts, its words go.
  await db
    .update(initiatives)
    .set({ title: erasedLabel, coAuthors: null, decisionNumber: null, updatedAt: now })
    .where(eq(initiatives.personId, req.personId));
  // Nominations about her: name, summary, notes and evidence (rows and stored files).
  const about = await db.select({ id: nominations.id }).from(nominations).where(eq(nominations.personId, req.personId));
  const ids = about.map((n) => n.id);
  let fileKeys: string[] = [];
  if (ids.length > 0) {
    await db
      .update(nominations)
      .set({ nomineeName: erasedLabel, summary: erasedLabel, initiativeText: null, returnReason: null, criteria: [], updatedAt: now })
      .where(inArray(nominations.id, ids));
    const evidence = await db.delete(nominationEvidence).where(inArray(nominationEvidence.nominationId, ids)).returning();
    fileKeys = evidence.map((e) => e.storedKey).filter((k): k is string => !!k);
  }
  // Her báo cáo thành tích (issue 24): the row stays for the unit's dossier counts, her words go.
  await db.update(dossierReports).set({ answers: {}, returnReason: null, updatedAt: now }).where(eq(dossierReports.personId, req.personId));
  // Her one-use download links, and the copies of her data they would serve.
  const links = await db
    .delete(personalLinks)
    .where(eq(personalLinks.personId, req.personId))
    .returning({ fileKey: personalLinks.fileKey });
  fileKeys = [...fileKeys, ...links.map((l) => l.fileKey)];
  // Messages to her, queued or sent: their variables can name her.
  await db.delete(outbox).where(eq(outbox.personId, req.personId));
  // She is told it is done on each chat that knew her: queued here, addressed to the chat itself,
  // since after this step nothing on record leads to it. The text names nobody; the chat id is
  // cleared once the message has gone.
  const tell = identities.filter((i) => i.unreachableAt === null).map((i) => ({ channel: i.channel, externalId: i.externalId, locale }));
  if (tell.length > 0) {
    await db.insert(outbox).values(
      tell.map((to, i) => ({
        provinceId,
        personId: req.personId,
        dedupeKey: `erasure-done:${requestId}:${i}`,
        kind: "notification",
        message: { key: "consent-erasure-done" },
        toChannel: to.channel,
        toExternalId: to.externalId,
        notBefore: now,
      })),
    );
  }
  await db.update(people).set({ possibleDuplicateOf: null }).where(eq(people.possibleDuplicateOf, req.personId));
  await db.update(dataRequests).set({ status: "done", doneAt: now }).where(eq(dataRequests.id, requestId));
  await writeAudit(db, { provinceId, actor, action: "erase", entity: "person", entityId: req.personId, after: { files: fileKeys.length } });
  return { fileKeys, tell };
}
