import { UserError } from "../errors.js";
import { normalizeInviteCode } from "../services/invites.js";
import { checkInvite, CONSENT_NOTICE_VERSION, joinWithInvite, recordRefusal } from "../services/onboarding.js";
import { personNameSchema } from "../services/import/people-import.js";
import { textAnswer } from "./engine/input.js";
import { defineFlow, type FlowContext, type StepResult } from "./engine/types.js";

interface Data {
  args?: string;
  code?: string;
  fullName?: string;
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

async function finish(ctx: FlowContext<Data>, position: string): Promise<StepResult> {
  const joined = await joinWithInvite(ctx.tx, {
    user: ctx.user,
    code: ctx.data.code!,
    fullName: ctx.data.fullName!,
    position,
    locale: ctx.locale,
    now: ctx.now,
  });
  ctx.bindPerson(joined.personId, joined.provinceId);
  return { done: true, say: [{ key: "onboarding-joined", vars: { name: ctx.data.fullName!, role: ctx.t(`role-${joined.invite.role}`) } }, { key: "onboarding-next" }] };
}

/** `/start <code>`, or the code typed as text: consent first, then name and position, then join. */
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
        { value: "accept", label: ctx.t("consent-accept") },
        { value: "decline", label: ctx.t("consent-decline") },
      ],
      async onAnswer(ctx, value) {
        if (value === "decline") {
          const invite = await checkInvite(ctx.tx, ctx.data.code!, ctx.now).catch(() => null);
          if (invite) await recordRefusal(ctx.tx, invite.provinceId);
          delete ctx.data.code;
          return { done: true, say: [{ key: "consent-declined" }] };
        }
        return { next: "name" };
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
      onOption: (ctx, value) => finish(ctx, positionOptions(ctx).find((o) => o.value === value)!.label),
      onAnswer: (ctx, value) => finish(ctx, value),
    },
  },
});
