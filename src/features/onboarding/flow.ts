import { UserError } from "../../core/errors.js";
import { normalizeInviteCode } from "../../services/invites.js";
import {
  checkInvite,
  CONSENT_NOTICE_VERSION,
  joinWithInvite,
  personByVerifiedPhone,
  recordRefusal,
  unitManagers,
  type JoinProof,
} from "./service.js";
import { personNameSchema } from "../../services/import/people-import.js";
import { textAnswer } from "../../flows/engine/input.js";
import { defineFlow, type FlowContext, type StepResult } from "../../flows/engine/types.js";

interface Data {
  args?: string;
  code?: string;
  /** The code names one person: joining needs no other proof. */
  personal?: boolean;
  fullName?: string;
  /** The answer on "messages" (reminders, announcements), given with the consent. */
  messages?: boolean;
}

const INVITE_RE = /^[A-Za-z0-9]{10}$/;

/** Text that looks like an invite code: how a Zalo user joins (Zalo has no deep links). */
export function looksLikeInviteCode(text: string): boolean {
  return INVITE_RE.test(normalizeInviteCode(text));
}

const nameAnswer = textAnswer({ max: 100 }).pipe(personNameSchema.refine((s) => s.includes(" "), { error: "input-full-name" }));

const positionOptions = (ctx: FlowContext<Data>) => [
  { value: "teacher", label: ctx.t("position-teacher") },
  { value: "staff", label: ctx.t("position-staff") },
  { value: "vice-principal", label: ctx.t("position-vice-principal") },
  { value: "principal", label: ctx.t("position-principal") },
];

const VIA_KEY = { personal_code: "security-joined-personal", phone: "security-joined-phone", new: "onboarding-joined" } as const;

async function finish(ctx: FlowContext<Data>, proof: JoinProof): Promise<StepResult> {
  const joined = await joinWithInvite(ctx.tx, {
    user: ctx.user,
    code: ctx.data.code!,
    proof,
    locale: ctx.locale,
    now: ctx.now,
    messages: ctx.data.messages,
  });
  ctx.bindPerson(joined.personId, joined.provinceId);
  if (joined.possibleDuplicateOf && joined.invite.unitId !== null) {
    // The unit's managers see it now, and in /thanhvien; merging needs the Văn phòng's personal code.
    for (const managerId of await unitManagers(ctx.tx, joined.invite.unitId)) {
      ctx.notify({
        personId: managerId,
        provinceId: joined.provinceId,
        dedupeKey: `join-duplicate:${joined.personId}:${managerId}`,
        message: {
          key: "security-notify-possible-duplicate",
          vars: { name: joined.fullName, id: joined.personId, other: joined.possibleDuplicateOf.personId },
        },
      });
    }
  }
  return {
    done: true,
    say: [{ key: VIA_KEY[joined.via], vars: { name: joined.fullName, role: ctx.t(`role-${joined.role}`) } }, { key: "onboarding-next" }],
  };
}

/**
 * `/start <code>`, or the code typed as text: consent first, then proof of who is joining. A
 * personal code is proof; with a unit-wide code the person may share their own phone (Telegram)
 * to be recognised in the unit's list, or joins as a new staff member under the name they type.
 */
export const onboardingFlow = defineFlow<Data>({
  name: "start",
  allowed: () => true,
  async start(ctx) {
    if (ctx.actor) return { done: true, say: [{ key: "onboarding-welcome-back", vars: { name: ctx.actor.fullName } }] };
    const code = ctx.data.code ?? ctx.data.args;
    if (!code) return { done: true, say: [{ key: "onboarding-no-code" }] };
    try {
      const invite = await checkInvite(ctx.tx, code, ctx.now);
      ctx.data.code = invite.code;
      ctx.data.personal = invite.personId !== null;
    } catch (e) {
      if (e instanceof UserError) return { done: true, say: [{ key: e.key }] };
      throw e;
    }
    return { next: "consent" };
  },
  steps: {
    consent: {
      id: "consent",
      input: "confirm",
      prompt: () => ({ key: "consent-notice", vars: { version: CONSENT_NOTICE_VERSION } }),
      options: (ctx) => [
        // Each purpose is answered on its own: records (needed) and messages (optional), none preselected.
        { value: "accept", label: ctx.t("consent-accept") },
        { value: "records-only", label: ctx.t("consent-accept-records-only") },
        { value: "decline", label: ctx.t("consent-decline") },
      ],
      async onAnswer(ctx, value) {
        if (value === "decline") {
          const invite = await checkInvite(ctx.tx, ctx.data.code!, ctx.now).catch(() => null);
          if (invite) await recordRefusal(ctx.tx, invite.provinceId);
          delete ctx.data.code;
          return { done: true, say: [{ key: "consent-declined" }] };
        }
        ctx.data.messages = value === "accept";
        if (ctx.data.personal) return finish(ctx, { via: "personal_code" });
        return { next: ctx.canShareContact ? "phone" : "name" };
      },
    },
    phone: {
      id: "phone",
      input: "contact",
      prompt: () => ({ key: "security-ask-phone" }),
      contactLabel: (ctx) => ctx.t("security-share-phone"),
      options: (ctx) => [{ value: "skip", label: ctx.t("security-skip-phone") }],
      onOption: async () => ({ next: "name" }),
      async onAnswer(ctx, contact) {
        // Somebody else's contact card proves nothing about the sender.
        if (!contact.verified) throw new UserError("security-contact-not-own");
        const invite = await checkInvite(ctx.tx, ctx.data.code!, ctx.now);
        if (!(await personByVerifiedPhone(ctx.tx, invite, contact.phone)))
          return { next: "name", say: [{ key: "security-phone-no-match" }] };
        return finish(ctx, { via: "phone", phone: contact.phone });
      },
    },
    name: {
      id: "name",
      input: "text",
      schema: nameAnswer,
      prompt: () => ({ key: "onboarding-ask-name" }),
      async onAnswer(ctx, value) {
        ctx.data.fullName = value;
        return { next: "position" };
      },
    },
    position: {
      id: "position",
      input: "text",
      schema: textAnswer({ max: 120 }),
      prompt: () => ({ key: "onboarding-ask-position" }),
      options: positionOptions,
      onOption: (ctx, value) =>
        finish(ctx, { via: "new", fullName: ctx.data.fullName!, position: positionOptions(ctx).find((o) => o.value === value)!.label }),
      onAnswer: (ctx, value) => finish(ctx, { via: "new", fullName: ctx.data.fullName!, position: value }),
    },
  },
});
