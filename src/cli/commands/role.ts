import { z } from "zod";
import { resolveProvince } from "../../services/provinces.js";
import { grantRole, revokeRole } from "../../services/roles.js";
import { getUnitByCode } from "../../services/units.js";
import { positiveInt, provinceOpt, role } from "../args.js";
import { defineCommand } from "../command.js";
import { CLI_ACTOR } from "../../core/actor.js";

const roleArgs = z.object({ person: positiveInt, role, unit: z.string().optional(), province: provinceOpt });
const roleOptions = {
  person: { type: "string" },
  role: { type: "string" },
  unit: { type: "string" },
  province: { type: "string" },
} as const;

export const roleCommands = (["grant", "revoke"] as const).map((verb) =>
  defineCommand({
    name: `role ${verb}`,
    summary: `cli-role-${verb}`,
    options: roleOptions,
    schema: roleArgs,
    async run(ctx, args) {
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const unit = args.unit ? await getUnitByCode(db, province.id, args.unit) : null;
      const grant = { provinceId: province.id, personId: args.person, role: args.role, unitId: unit?.id ?? null };
      const changed = verb === "grant" ? await grantRole(db, grant, CLI_ACTOR) : await revokeRole(db, grant, CLI_ACTOR);
      ctx.out(
        ctx.t(changed ? `cli-role-${verb}-done` : `cli-role-${verb}-nothing`, { person: args.person, role: ctx.t(`role-${args.role}`) }),
      );
    },
  }),
);
