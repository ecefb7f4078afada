import { z } from "zod";
import { eq } from "drizzle-orm";
import { people, units } from "../../db/schema.js";
import { endOfLocalDay, formatDate, formatDateTime } from "../../domain/calendar.js";
import { createInvite, revokeInvite } from "../../services/invites.js";
import { resolveProvince } from "../../services/provinces.js";
import { getUnitByCode } from "../../services/units.js";
import { positiveInt, provinceOpt, role, vnDate } from "../args.js";
import { defineCommand } from "../command.js";
import { UserError } from "../../core/errors.js";
import { CLI_ACTOR } from "../../core/actor.js";

export function telegramDeepLink(botUsername: string | undefined, code: string): string | null {
  return botUsername ? `https://t.me/${botUsername.replace(/^@/, "")}?start=${code}` : null;
}

export const inviteCommands = [
  defineCommand({
    name: "invite create",
    summary: "cli-invite-create",
    options: {
      unit: { type: "string" },
      role: { type: "string" },
      expires: { type: "string" },
      "max-uses": { type: "string" },
      province: { type: "string" },
      person: { type: "string" },
    },
    schema: z.object({
      unit: z.string().optional(),
      role: role.default("staff"),
      /** A personal invite for this imported person (one use, 72 hours unless --expires). */
      person: positiveInt.optional(),
      expires: vnDate.optional(),
      "max-uses": positiveInt.optional(),
      province: provinceOpt,
    }),
    async run(ctx, args) {
      const tz = ctx.config.TIMEZONE;
      const expiresAt = args.expires ? endOfLocalDay(args.expires, tz) : null;
      // An invite that has already expired would only be refused to everyone who uses it.
      if (expiresAt && expiresAt < ctx.now()) throw new UserError("truth-cli-invite-expired", { date: formatDate(expiresAt, tz) });
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const unit = args.unit ? await getUnitByCode(db, province.id, args.unit) : null;
      const invite = await createInvite(
        db,
        {
          provinceId: province.id,
          unitId: unit?.id ?? null,
          role: args.role,
          expiresAt,
          maxUses: args["max-uses"] ?? null,
          personId: args.person ?? null,
          now: ctx.now(),
        },
        CLI_ACTOR,
      );
      const unitName =
        invite.unitId === null
          ? province.name
          : (unit?.name ?? (await db.select({ name: units.name }).from(units).where(eq(units.id, invite.unitId)))[0]?.name ?? "");
      ctx.out(ctx.t("cli-invite-created", { code: invite.code, role: ctx.t(`role-${invite.role}`), unit: unitName }));
      if (invite.personId !== null) {
        const [p] = await db.select({ name: people.fullName }).from(people).where(eq(people.id, invite.personId));
        ctx.out(
          ctx.t("security-cli-invite-personal", { name: p?.name ?? "", id: invite.personId, date: formatDateTime(invite.expiresAt!, tz) }),
        );
      } else {
        if (invite.expiresAt) ctx.out(ctx.t("cli-invite-expires", { date: formatDate(invite.expiresAt, tz) }));
        if (invite.maxUses) ctx.out(ctx.t("cli-invite-max-uses", { count: invite.maxUses }));
      }
      const link = telegramDeepLink(ctx.config.BOT_USERNAME, invite.code);
      ctx.out(link ? ctx.t("cli-invite-link", { link }) : ctx.t("cli-invite-no-username", { code: invite.code }));
      ctx.out(ctx.t("cli-invite-zalo", { code: invite.code }));
    },
  }),
  defineCommand({
    name: "invite revoke",
    summary: "cli-invite-revoke",
    options: { province: { type: "string" } },
    schema: z.object({
      positionals: z.tuple([z.string({ error: "cli-expect-code" })], { error: "cli-expect-code" }),
      province: provinceOpt,
    }),
    async run(ctx, args) {
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const invite = await revokeInvite(db, province.id, args.positionals[0], ctx.now(), CLI_ACTOR);
      ctx.out(ctx.t("cli-invite-revoked", { code: invite.code }));
    },
  }),
];
