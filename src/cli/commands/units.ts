import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { people, roles } from "../../db/schema.js";
import { resolveProvince } from "../../services/provinces.js";
import { asTree, getUnitByCode, listUnits } from "../../services/units.js";
import { provinceOpt, unitCode } from "../args.js";
import { defineCommand } from "../command.js";

export const unitCommands = [
  defineCommand({
    name: "units list",
    summary: "cli-units-list",
    options: { province: { type: "string" } },
    schema: z.object({ province: provinceOpt }),
    async run(ctx, args) {
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const rows = await listUnits(db, province.id);
      ctx.out(ctx.t("cli-units-header", { province: province.name, count: rows.length }));
      for (const u of asTree(rows)) {
        const cluster = u.cluster ? ` · ${u.cluster}` : "";
        ctx.out(
          `${"  ".repeat(u.depth)}${u.code}  ${u.name}  [${u.kindCode}]${cluster} · ${ctx.t("cli-people-count", { count: u.people })}`,
        );
      }
    },
  }),
  defineCommand({
    name: "people list",
    summary: "cli-people-list",
    options: { province: { type: "string" }, unit: { type: "string" } },
    schema: z.object({ province: provinceOpt, unit: unitCode }),
    async run(ctx, args) {
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      const unit = await getUnitByCode(db, province.id, args.unit);
      const rows = await db
        .select({ id: people.id, fullName: people.fullName, position: people.position, role: roles.role })
        .from(people)
        .leftJoin(roles, eq(roles.personId, people.id))
        .where(and(eq(people.unitId, unit.id)))
        .orderBy(asc(people.id));
      for (const p of rows) ctx.out(`${p.id}\t${p.fullName}\t${p.position}\t${p.role ? ctx.t(`role-${p.role}`) : ""}`);
    },
  }),
];
