import { eq } from "drizzle-orm";
import { z } from "zod";
import { units, type Role } from "../../db/schema.js";
import { formatDate, formatDateTime } from "../../domain/calendar.js";
import { UserError } from "../../core/errors.js";
import { guardManagedUnit, isManager, isOffice, managedUnits } from "../../flows/engine/actor.js";
import { defineFlow, type FlowContext, type Option, type Outbound, type StepResult } from "../../flows/engine/types.js";
import { getUnitByCode } from "../../services/units.js";
import type { Invite } from "../../services/invites.js";
import { currentUnitInvite, joinLink, pendingMembers, personalInvite, qrPng, replaceUnitInvite, withHigherRoles } from "./service.js";

interface Data {
  /** "unit": a focal person or leader on their unit; "office": the Văn phòng. */
  mode?: "unit" | "office";
  unitId?: number;
  /** Office: whose invite is being made and for which unit's list. */
  target?: "manager" | "colleague";
  listUnitId?: number;
  personId?: number;
}

/** Telegram shows at most 100 buttons; a list this long is read, not scrolled. */
const MAX_PEOPLE = 90;

const actorRef = (ctx: FlowContext<Data>) => ctx.actor!;

async function unitName(ctx: FlowContext<Data>, unitId: number): Promise<string> {
  const [u] = await ctx.tx.select({ name: units.name }).from(units).where(eq(units.id, unitId));
  return u?.name ?? "";
}

/** How to join with this code, on both channels: the link (or the bare code) and the Zalo way. */
function howToJoin(ctx: FlowContext<Data>, invite: Invite): { text: string; qr: string } {
  const link = joinLink(invite.code);
  const telegram = link ? ctx.t("invites-telegram-link", { link }) : ctx.t("invites-telegram-code", { code: invite.code });
  return { text: `${telegram}\n${ctx.t("invites-zalo", { code: invite.code })}`, qr: link ?? invite.code };
}

async function unitInvitePhoto(ctx: FlowContext<Data>, invite: Invite, fresh: boolean): Promise<Outbound> {
  const how = howToJoin(ctx, invite);
  const caption = ctx.t(fresh ? "invites-unit-new" : "invites-unit", {
    unit: await unitName(ctx, invite.unitId!),
    how: how.text,
    expires: invite.expiresAt ? formatDate(invite.expiresAt, ctx.timeZone) : ctx.t("invites-no-expiry"),
    left: invite.maxUses === null ? ctx.t("invites-no-limit") : String(invite.maxUses - invite.uses),
  });
  return { type: "photo", fileName: "ma-moi.png", content: await qrPng(how.qr), caption };
}

async function personalPhoto(ctx: FlowContext<Data>, invite: Invite, name: string): Promise<Outbound> {
  const how = howToJoin(ctx, invite);
  const caption = ctx.t("invites-personal-made", {
    name,
    role: ctx.t(`role-${invite.role}`),
    how: how.text,
    expires: formatDateTime(invite.expiresAt!, ctx.timeZone),
  });
  return { type: "photo", fileName: "ma-moi-ca-nhan.png", content: await qrPng(how.qr), caption };
}

/** The people a personal invite may be for: on the list, no chat yet. */
async function invitable(ctx: FlowContext<Data>): Promise<Option[]> {
  const unitId = ctx.data.mode === "unit" ? ctx.data.unitId! : ctx.data.listUnitId!;
  const people = await ctx.memo(`invitable:${unitId}`, () => invitablePeople(ctx, unitId));
  return people.slice(0, MAX_PEOPLE).map((m) => ({ value: String(m.personId), label: `${m.fullName} (#${m.personId})` }));
}

/** Not joined yet; for a focal person's staff invite, nobody who holds a role above staff. */
async function invitablePeople(ctx: FlowContext<Data>, unitId: number) {
  const { notJoined } = await pendingMembers(ctx.tx, unitId);
  if (ctx.data.mode !== "unit") return notJoined;
  const higher = await withHigherRoles(
    ctx.tx,
    notJoined.map((m) => m.personId),
  );
  return notJoined.filter((m) => !higher.has(m.personId));
}

const close = (ctx: FlowContext<Data>): Option => ({ value: "close", label: ctx.t("common-close") });

/**
 * /moi (/invite): a focal person or leader gets the unit's staff join link and its QR picture, can
 * replace it, invite one imported person personally and see who has not joined; the Văn phòng
 * invites a unit's focal person or leader and its own colleagues, one person at a time.
 */
export const invitesFlow = defineFlow<Data>({
  name: "invites",
  allowed: (actor) => isOffice(actor) || isManager(actor),
  // The role is checked again before every step: it may have been taken away since /moi.
  guard(ctx) {
    if (ctx.data.mode === "unit") guardManagedUnit(ctx.actor, ctx.data.unitId);
    if (ctx.data.mode === "office" && !isOffice(ctx.actor)) throw new UserError("flow-not-allowed");
  },
  async start(ctx) {
    if (isOffice(ctx.actor)) {
      ctx.data.mode = "office";
      return { next: "office" };
    }
    ctx.data.mode = "unit";
    ctx.data.unitId = managedUnits(ctx.actor)[0]!;
    const invite = await currentUnitInvite(ctx.tx, ctx.actor!.provinceId, ctx.data.unitId, ctx.now, actorRef(ctx));
    return { next: "menu", send: [await unitInvitePhoto(ctx, invite, false)] };
  },
  steps: {
    menu: {
      id: "menu",
      input: "choice",
      prompt: () => ({ key: "invites-menu" }),
      options: (ctx) => [
        { value: "new", label: ctx.t("invites-new-link") },
        { value: "personal", label: ctx.t("invites-personal") },
        { value: "pending", label: ctx.t("invites-pending") },
        close(ctx),
      ],
      async onAnswer(ctx, value): Promise<StepResult> {
        if (value === "new") return { next: "confirmNew" };
        if (value === "personal")
          return (await invitable(ctx)).length ? { next: "person" } : { next: "menu", say: [{ key: "invites-nobody-left" }] };
        if (value === "pending") {
          const { notJoined, unmatched } = await pendingMembers(ctx.tx, ctx.data.unitId!);
          const names = (rows: typeof notJoined) => rows.map((m) => `• ${m.fullName} (#${m.personId})`).join("\n") || ctx.t("invites-none");
          const dupes = unmatched.map((m) =>
            m.possibleDuplicateOf
              ? `• ${ctx.t("invites-unmatched-duplicate", { name: m.fullName, id: m.personId, other: m.possibleDuplicateOf.fullName, otherId: m.possibleDuplicateOf.personId })}`
              : `• ${m.fullName} (#${m.personId})`,
          );
          return {
            next: "menu",
            say: [
              {
                key: "invites-pending-page",
                vars: {
                  unit: await unitName(ctx, ctx.data.unitId!),
                  count: notJoined.length,
                  notJoined: names(notJoined),
                  unmatched: dupes.join("\n") || ctx.t("invites-none"),
                },
              },
            ],
          };
        }
        return { done: true };
      },
    },
    confirmNew: {
      id: "confirmNew",
      input: "confirm",
      prompt: () => ({ key: "invites-new-confirm" }),
      options: (ctx) => [
        { value: "yes", label: ctx.t("invites-new-yes") },
        { value: "no", label: ctx.t("common-back") },
      ],
      async onAnswer(ctx, value): Promise<StepResult> {
        if (value !== "yes") return { next: "menu" };
        const invite = await replaceUnitInvite(ctx.tx, ctx.actor!.provinceId, ctx.data.unitId!, ctx.now, actorRef(ctx));
        return { done: true, send: [await unitInvitePhoto(ctx, invite, true)] };
      },
    },
    person: {
      id: "person",
      input: "choice",
      prompt: (ctx) => ({ key: ctx.data.target === "colleague" ? "invites-pick-colleague" : "invites-pick-person" }),
      options: async (ctx) => [...(await invitable(ctx)), close(ctx)],
      async onAnswer(ctx, value): Promise<StepResult> {
        if (value === "close") return { done: true };
        const personId = Number(value);
        if (ctx.data.mode === "unit") return makePersonal(ctx, personId, "staff");
        if (ctx.data.target === "colleague") return makePersonal(ctx, personId, "office");
        ctx.data.personId = personId;
        return { next: "role" };
      },
    },
    office: {
      id: "office",
      input: "choice",
      prompt: () => ({ key: "invites-office-menu" }),
      options: (ctx) => [
        { value: "manager", label: ctx.t("invites-office-manager") },
        { value: "colleague", label: ctx.t("invites-office-colleague") },
        close(ctx),
      ],
      async onAnswer(ctx, value): Promise<StepResult> {
        if (value === "manager") {
          ctx.data.target = "manager";
          return { next: "unit" };
        }
        if (value === "colleague") {
          ctx.data.target = "colleague";
          if (ctx.actor!.unitId === null) return { next: "office", say: [{ key: "invites-nobody-left" }] };
          ctx.data.listUnitId = ctx.actor!.unitId;
          return (await invitable(ctx)).length ? { next: "person" } : { next: "office", say: [{ key: "invites-nobody-left" }] };
        }
        return { done: true };
      },
    },
    unit: {
      id: "unit",
      input: "text",
      schema: z.string().trim().min(1).max(40),
      prompt: () => ({ key: "invites-ask-unit" }),
      async onAnswer(ctx, code): Promise<StepResult> {
        const unit = await getUnitByCode(ctx.tx, ctx.actor!.provinceId, code);
        ctx.data.listUnitId = unit.id;
        return (await invitable(ctx)).length ? { next: "person" } : { next: "office", say: [{ key: "invites-nobody-left" }] };
      },
    },
    role: {
      id: "role",
      input: "choice",
      prompt: () => ({ key: "invites-pick-role" }),
      options: (ctx) => [
        { value: "focal", label: ctx.t("role-focal") },
        { value: "unit_leader", label: ctx.t("role-unit_leader") },
        close(ctx),
      ],
      async onAnswer(ctx, value): Promise<StepResult> {
        if (value !== "focal" && value !== "unit_leader") return { done: true };
        return makePersonal(ctx, ctx.data.personId!, value);
      },
    },
  },
});

/** Makes the personal invite if the person is still on the list without a chat, and shows it. */
async function makePersonal(ctx: FlowContext<Data>, personId: number, role: Role): Promise<StepResult> {
  const unitId = ctx.data.mode === "unit" ? ctx.data.unitId! : ctx.data.listUnitId!;
  const person = (await invitablePeople(ctx, unitId)).find((m) => m.personId === personId);
  if (!person) return { done: true, say: [{ key: "invites-person-gone" }] };
  const invite = await personalInvite(ctx.tx, ctx.actor!.provinceId, personId, role, ctx.now, actorRef(ctx));
  return { done: true, send: [await personalPhoto(ctx, invite, person.fullName)] };
}
