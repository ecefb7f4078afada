/** CLI: `history import <file>` and `decisions import <file>`, with the row-level report. */
import { z } from "zod";
import type { Db } from "../../db/client.js";
import type { ImportReport } from "../../services/import/report.js";
import { readTable, type Table } from "../../services/import/table-file.js";
import { resolveProvince } from "../../services/provinces.js";
import { provinceOpt } from "../../cli/args.js";
import { defineCommand } from "../../cli/command.js";
import { printReport } from "../../cli/commands/imports.js";
import { importDecisions, importHistory } from "./imports.js";
import { type ActorRef, CLI_ACTOR } from "../../core/actor.js";

const importArgs = z.object({
  positionals: z.tuple([z.string({ error: "cli-expect-file" })], { error: "cli-expect-file" }),
  province: provinceOpt,
});

function importCommand(
  name: string,
  summary: string,
  importer: (db: Db, provinceId: number, table: Table, actor: ActorRef) => Promise<ImportReport>,
) {
  return defineCommand({
    name,
    summary,
    options: { province: { type: "string" } },
    schema: importArgs,
    async run(ctx, args) {
      const table = await readTable(args.positionals[0]);
      const { db } = await ctx.database();
      const province = await resolveProvince(db, args.province);
      return printReport(ctx, await importer(db, province.id, table, CLI_ACTOR));
    },
  });
}

export const resultsCommands = [
  importCommand("history import", "cli-history-import", importHistory),
  importCommand("decisions import", "cli-decisions-import", importDecisions),
];
