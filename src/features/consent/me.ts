import { eq } from "drizzle-orm";
import { formatDateTime } from "../../domain/calendar.js";
import { normalizePhone } from "../../domain/people.js";
import { people } from "../../db/schema.js";
import type { FlowContext, Message } from "../../flows/engine/types.js";
import { writeAudit } from "../../services/audit.js";
import { CONSENT_NOTICE_VERSION } from "../onboarding/service.js";
import { requestErasure } from "../../services/personal-data.js";
import { decisions, recordDecision, type Decision } from "./service.js";

/** /toi: each purpose with its latest decision, time and notice version. */
export async function consentSummary(ctx: FlowContext<unknown>): Promise<Message> {
  const d = await decisions(ctx.tx, ctx.actor!.personId);
  const show = (x: Decision | null) =>
    x
      ? ctx.t(x.accepted ? "consent-state-yes" : "consent-state-no", {
          at: formatDateTime(x.decidedAt, ctx.timeZone),
          version: x.noticeVersion,
        })
      : ctx.t("consent-state-none");
  return { key: "consent-me-summary", vars: { records: show(d.records), messages: show(d.messages) } };
}

export async function messagesOff(ctx: FlowContext<unknown>): Promise<boolean> {
  return (await decisions(ctx.tx, ctx.actor!.personId)).messages?.accepted === false;
}

/** Turns "messages" off when it is on (or never asked), on when it is off; recorded with time and version. */
export async function setMessages(ctx: FlowContext<unknown>): Promise<Message> {
  const accepted = await messagesOff(ctx);
  const { personId, provinceId } = ctx.actor!;
  await recordDecision(ctx.tx, {
    provinceId,
    personId,
    purpose: "messages",
    accepted,
    noticeVersion: CONSENT_NOTICE_VERSION,
    now: ctx.now,
    withdrawal: !accepted,
  });
  const vars = { at: formatDateTime(ctx.now, ctx.timeZone), version: CONSENT_NOTICE_VERSION };
  return { key: accepted ? "consent-messages-on-done" : "consent-messages-off-done", vars };
}

/** Without "records" the bot cannot work: the withdrawal is recorded and becomes an erasure request. */
export async function withdrawRecords(ctx: FlowContext<unknown>): Promise<Message> {
  const { personId, provinceId } = ctx.actor!;
  await recordDecision(ctx.tx, {
    provinceId,
    personId,
    purpose: "records",
    accepted: false,
    noticeVersion: CONSENT_NOTICE_VERSION,
    now: ctx.now,
    withdrawal: true,
  });
  await requestErasure(ctx.tx, personId, provinceId, ctx.now, ctx.notify);
  return { key: "consent-withdraw-done", vars: { at: formatDateTime(ctx.now, ctx.timeZone), version: CONSENT_NOTICE_VERSION } };
}

/** The person's own number in the 0… form, or false (nothing changed) when it is not a VN mobile number. */
export async function correctPhone(ctx: FlowContext<unknown>, text: string): Promise<boolean> {
  const phone = normalizePhone(text);
  if (!phone) return false;
  const { personId, provinceId } = ctx.actor!;
  // Only the contact number: proofs already used (invites, channel links) stay as they are.
  await ctx.tx.update(people).set({ phone, updatedAt: ctx.now }).where(eq(people.id, personId));
  await writeAudit(ctx.tx, {
    provinceId,
    actor: { personId },
    action: "update-profile",
    entity: "person",
    entityId: personId,
    after: { fields: ["phone"] },
  });
  return true;
}
