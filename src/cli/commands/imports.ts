import { z } from "zod";
import { userPath } from "./export.js";
import { importPeople } from "../../services/import/people-import.js";
import type { ImportReport } from "../../services/import/report.js";
import { openTable, readTable, type Table, type TableStream } from "../../services/import/table-file.js";
import { importUnits } from "../../services/import/units-import.js";
import { resolveProvince } from "../../services/provinces.js";
import type { Db } from "../../db/client.js";
import { provinceOpt } from "../args.js";
import { defineCommand, type CliContext } from "../command.js";
import { type ActorRef, CLI_ACTOR } from "../../core/actor.js";

const importArgs = z.object({
  positionals: z.tuple([z.string({ error: "cli-expect-file" })], { error: "cli-expect-file" }),
  province: provinceOpt,
});

export function printReport(ctx: CliContext, report: ImportReport): number {
  ctx.out(
    ctx.t("cli-import-summary", {
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged,
      rejected: report.rejected.length,
    }),
  );
  for (const r of report.rejected) ctx.out(`  ${ctx.t("cli-import-line", { line: r.line })}: ${ctx.t(r.reason, r.vars)}`);
  for (const n of report.notes ?? []) ctx.out(`  ${ctx.t("cli-import-line", { line: n.line })}: ${ctx.t(n.reason, n.vars)}`);
  // Partial success is still success for the rows that went in; a non-zero code tells scripts to look.
  return report.rejected.length > 0 ? 1 : 0;
}

function importCommand(
  name: string,
  summary: string,
  importer: (db: Db, provinceId: number, table: Table | TableStream, actor: ActorRef) => Promise<ImportReport>,
  /** People are read row by row while they are written; units are checked as a whole tree. */
  read: (file: string) => Promise<Table | TableStream>,
) {
  return defineCommand({
    name,
    summary,
    options: { province: { type: "string" } },
    schema: importArgs,
    async run(ctx, args) {
      const table = await read(userPath(args.positionals[0]));
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      return printReport(ctx, await importer(db, province.id, table, CLI_ACTOR));
    },
  });
}

export const importCommands = [
  importCommand(
    "units import",
    "cli-units-import",
    (db, provinceId, table, actor) => importUnits(db, provinceId, table as Table, actor),
    readTable,
  ),
  importCommand("people import", "cli-people-import", importPeople, openTable),
];
