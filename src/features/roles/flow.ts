import { rolesForUnit, type RoleAction, type UnitRole } from "../../domain/role-changes.js";
import { UserError } from "../../core/errors.js";
import { isOffice } from "../../flows/engine/actor.js";
import { pageOfOptions, turnedPage } from "../../flows/engine/input.js";
import { defineFlow, type FlowContext, type Message, type Option, type StepResult } from "../../flows/engine/types.js";
import { changeUnitRole, isSoUnit, provinceUnit, unitPeople, type UnitPerson } from "./service.js";

interface Data {
  /** Set by /tiendo's unit view, never by the person: the unit whose people are shown. */
  unitId?: number;
  page?: number;
  personId?: number;
  action?: RoleAction;
  role?: UnitRole;
}

type Ctx = FlowContext<Data>;

/** People per page: a page of buttons fits a phone screen and a Zalo message. */
const PAGE_SIZE = 15;

async function unitOf(ctx: Ctx) {
  const u = await provinceUnit(ctx.tx, ctx.actor!.provinceId, ctx.data.unitId!);
  if (!u) throw new UserError("flow-not-allowed");
  return u;
}

const listed = (ctx: Ctx) => ctx.memo(`unit-people:${ctx.data.unitId}`, () => unitPeople(ctx.tx, ctx.data.unitId!));
const soUnit = (ctx: Ctx) => ctx.memo(`so-unit:${ctx.data.unitId}`, () => isSoUnit(ctx.tx, ctx.actor!.provinceId, ctx.data.unitId!));

const roleWord = (ctx: Ctx, role: UnitRole) => ctx.t("roles-role", { role });
const rolesText = (ctx: Ctx, p: UnitPerson) => (p.roles.length ? p.roles.map((r) => roleWord(ctx, r)).join(", ") : ctx.t("roles-none"));

async function chosen(ctx: Ctx): Promise<UnitPerson | undefined> {
  return (await listed(ctx)).find((p) => p.personId === ctx.data.personId);
}

/** The person being changed and their unit; the step cannot be shown once they left the list. */
async function chosenInUnit(ctx: Ctx) {
  const p = await chosen(ctx);
  if (!p) throw new UserError("roles-person-gone");
  return { p, unit: await unitOf(ctx) };
}

/** The roles screen of one unit, reached from /tiendo's unit view (Văn phòng only). */
export const rolesFlow = defineFlow<Data>({
  name: "unit-roles",
  allowed: isOffice,
  // The role is checked before every step, and again under lock at the change itself.
  guard(ctx) {
    if (!isOffice(ctx.actor) || ctx.data.unitId === undefined) throw new UserError("flow-not-allowed");
  },
  async start(ctx) {
    ctx.data.page = 0;
    return { next: "people" };
  },
  steps: {
    people: {
      id: "people",
      input: "choice",
      async prompt(ctx): Promise<Message> {
        const unit = await unitOf(ctx);
        const all = await listed(ctx);
        if (all.length === 0) return { key: "roles-empty", vars: { unit: unit.name } };
        const page = all.slice((ctx.data.page ?? 0) * PAGE_SIZE, ((ctx.data.page ?? 0) + 1) * PAGE_SIZE);
        const lines = page.map((p) =>
          ctx.t("roles-people-line", { name: p.fullName, roles: rolesText(ctx, p), joined: p.joined ? "" : ctx.t("roles-not-joined") }),
        );
        return { key: "roles-people", vars: { unit: unit.name, lines: lines.join("\n") } };
      },
      async options(ctx): Promise<Option[]> {
        // The label carries the roles: a button shown before a change no longer matches after it.
        const people = pageOfOptions(ctx.t, await listed(ctx), ctx.data.page ?? 0, PAGE_SIZE, (p) => ({
          value: `person:${p.personId}`,
          label: `${p.fullName} — ${rolesText(ctx, p)}`,
        }));
        return [...people, { value: "back", label: ctx.t("roles-back-progress") }, { value: "close", label: ctx.t("common-close") }];
      },
      async onAnswer(ctx, value): Promise<StepResult> {
        const turned = turnedPage(value, ctx.data.page);
        if (turned !== null) {
          ctx.data.page = turned;
          return { next: "people" };
        }
        if (value === "back") return { start: "progress", data: { args: (await unitOf(ctx)).code } };
        if (value === "close") return { done: true };
        ctx.data.personId = Number(value.slice("person:".length));
        return { next: "person" };
      },
    },
    person: {
      id: "person",
      input: "choice",
      async prompt(ctx): Promise<Message> {
        const { p, unit } = await chosenInUnit(ctx);
        return {
          key: "roles-person",
          vars: {
            name: p.fullName,
            unit: unit.name,
            roles: rolesText(ctx, p),
            joined: p.joined ? ctx.t("roles-joined") : ctx.t("roles-not-joined-long"),
          },
        };
      },
      async options(ctx): Promise<Option[]> {
        const p = await chosen(ctx);
        if (!p) return [];
        const offered = rolesForUnit(await soUnit(ctx));
        return [
          ...offered
            .filter((r) => !p.roles.includes(r))
            .map((r) => ({ value: `grant:${p.personId}:${r}`, label: ctx.t("roles-grant", { role: roleWord(ctx, r) }) })),
          ...p.roles.map((r) => ({ value: `revoke:${p.personId}:${r}`, label: ctx.t("roles-revoke", { role: roleWord(ctx, r) }) })),
          { value: "back", label: ctx.t("common-back") },
        ];
      },
      async onAnswer(ctx, value): Promise<StepResult> {
        if (value === "back") return { next: "people" };
        const [action, , role] = value.split(":");
        ctx.data.action = action as RoleAction;
        ctx.data.role = role as UnitRole;
        return { next: "confirm" };
      },
    },
    confirm: {
      id: "confirm",
      input: "confirm",
      async prompt(ctx): Promise<Message> {
        const { p, unit } = await chosenInUnit(ctx);
        const d = ctx.data;
        const notes: string[] = [];
        if (!p.joined && d.action === "grant") notes.push(ctx.t("roles-note-not-joined", { name: p.fullName }));
        if (d.action === "revoke" && d.role === "focal" && (await listed(ctx)).filter((x) => x.roles.includes("focal")).length === 1)
          notes.push(ctx.t("roles-note-last-focal"));
        return {
          key: d.action === "grant" ? "roles-confirm-grant" : "roles-confirm-revoke",
          vars: { role: roleWord(ctx, d.role!), name: p.fullName, unit: unit.name, notes: notes.join("\n") },
        };
      },
      options: (ctx) => [
        { value: `yes:${ctx.data.action}:${ctx.data.personId}:${ctx.data.role}`, label: ctx.t("roles-yes") },
        { value: "no", label: ctx.t("office-confirm-no") },
      ],
      async onAnswer(ctx, value): Promise<StepResult> {
        if (value === "no") return { done: true, say: [{ key: "office-nothing-changed" }] };
        const d = ctx.data;
        const p = await chosen(ctx);
        if (!p) return { done: true, say: [{ key: "roles-person-gone" }] };
        const unit = await unitOf(ctx);
        const role = roleWord(ctx, d.role!);
        const outcome = await changeUnitRole(ctx.tx, {
          provinceId: ctx.actor!.provinceId,
          actorPersonId: ctx.actor!.personId,
          unitId: unit.id,
          personId: p.personId,
          role: d.role!,
          action: d.action!,
        });
        if (outcome === "unchanged")
          return {
            done: true,
            say: [{ key: d.action === "grant" ? "roles-already-held" : "roles-not-held", vars: { name: p.fullName, role } }],
          };
        if (p.joined) {
          ctx.notify({
            personId: p.personId,
            provinceId: ctx.actor!.provinceId,
            dedupeKey: `roles:${d.action}:${d.role}:${unit.id}:${p.personId}:${ctx.now.getTime()}`,
            message: {
              key: d.action === "grant" ? "roles-notify-granted" : "roles-notify-revoked",
              vars: { role: d.role!, unit: unit.name },
            },
          });
        }
        return {
          done: true,
          say: [
            {
              key: d.action === "grant" ? "roles-granted" : "roles-revoked",
              vars: { name: p.fullName, role, told: ctx.t(p.joined ? "roles-told" : "roles-not-told") },
            },
          ],
        };
      },
    },
  },
});
