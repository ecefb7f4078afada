import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import type { Db } from "../../db/client.js";
import { UserError } from "../../core/errors.js";
import { isOffice } from "../../core/roles.js";
import type { Cell } from "../../exports/cells.js";
import { safeFileName } from "../../exports/filenames.js";
import { xlsxBytes } from "../../exports/xlsx.js";
import { defineFlow, type FlowContext, type InboundFile, type Outbound, type StepResult } from "../../flows/engine/types.js";
import { MIME } from "../export/service.js";
import { importPeople } from "../../services/import/people-import.js";
import type { ImportReport } from "../../services/import/report.js";
import { readTable, type Table } from "../../services/import/table-file.js";
import { importUnits } from "../../services/import/units-import.js";
import { importFetcher } from "./fetchers.js";

export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;
/** Rejected lines listed in the message; the rest are counted. */
const SHOWN_REJECTIONS = 30;
/** Over this many rejected rows, they also come as a workbook: the line, the reason and the row's cells. */
export const REJECTED_FILE_AFTER = 20;

interface Data {
  kind?: "units" | "people";
  fileId?: string;
  fileName?: string;
}

const importers = { units: importUnits, people: importPeople };

class Rollback extends Error {}

/** The sent file's name without its extension, safe on any disk. */
const sentStem = (ctx: FlowContext<Data>) => safeFileName(path.basename(ctx.data.fileName!, path.extname(ctx.data.fileName!)), "tep");

/** Reads the sent file with the CLI's reader (it wants a file with its extension); refuses what is too big. */
async function readSent(ctx: FlowContext<Data>): Promise<Table> {
  const fetcher = importFetcher(ctx.user.channel);
  if (!fetcher) throw new UserError("office-import-no-files");
  const content = await fetcher.fetch(ctx.data.fileId!);
  if (content.byteLength > IMPORT_MAX_BYTES) throw new UserError("office-import-too-big");
  const dir = await mkdtemp(path.join(os.tmpdir(), "thidua-chat-"));
  try {
    // The sent name (made safe) so that a refusal names the file the clerk knows.
    const file = path.join(dir, `${sentStem(ctx)}${path.extname(ctx.data.fileName!).toLowerCase()}`);
    await writeFile(file, content);
    const table = await readTable(file);
    if (table.rows.length > IMPORT_MAX_ROWS)
      throw new UserError("office-import-too-many-rows", { rows: table.rows.length, max: IMPORT_MAX_ROWS });
    return table;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function reportText(ctx: FlowContext<Data>, report: ImportReport): string {
  const lines = report.rejected
    .slice(0, SHOWN_REJECTIONS)
    .map((r) => ctx.t("office-import-rejected-line", { line: r.line, reason: ctx.t(r.reason, r.vars) }));
  if (report.rejected.length > SHOWN_REJECTIONS)
    lines.push(ctx.t("office-import-more", { count: report.rejected.length - SHOWN_REJECTIONS }));
  return lines.join("\n");
}

/** The rejected rows as a workbook the clerk can filter, correct and send again. */
async function rejectedFile(ctx: FlowContext<Data>, table: Table, report: ImportReport): Promise<Outbound> {
  const byLine = new Map(table.rows.map((r) => [r.line, r.cells]));
  const width = Math.max(table.headers.length, ...report.rejected.map((r) => byLine.get(r.line)?.length ?? 0));
  const rows: Cell[][] = report.rejected.map((r) => {
    const cells = byLine.get(r.line) ?? [];
    return [r.line, ctx.t(r.reason, r.vars), ...Array.from({ length: width }, (_, i) => cells[i] || null)];
  });
  const columns = [
    { header: ctx.t("office-import-col-line"), width: 8, type: "number" as const },
    { header: ctx.t("office-import-col-reason"), width: 48 },
    ...Array.from({ length: width }, (_, i) => ({ header: table.headers[i] ?? "", width: 22 })),
  ];
  const content = await xlsxBytes(
    [
      {
        name: ctx.t("office-import-rejected-sheet"),
        columns,
        rows: async function* () {
          yield rows;
        },
      },
    ],
    { timeZone: ctx.timeZone },
  );
  return {
    type: "document",
    fileName: `${sentStem(ctx)}-dong-bi-loai.xlsx`,
    mime: MIME.xlsx,
    content,
    caption: ctx.t("office-import-rejected-caption", { count: report.rejected.length }),
  };
}

/** `/nhap` (`/import`): the Văn phòng sends the units or people table, sees a preview, then imports. */
export const importFlow = defineFlow<Data>({
  name: "import",
  allowed: isOffice,
  longSteps: true,
  async start(ctx) {
    // Zalo bots cannot receive files: the web workspace takes the upload instead.
    if (ctx.user.channel === "zalo") return { done: true, say: [{ key: "office-import-zalo" }] };
    return { next: "kind" };
  },
  steps: {
    kind: {
      id: "kind",
      input: "choice",
      prompt: () => ({ key: "office-import-ask-kind" }),
      options: (ctx) => [
        { value: "units", label: ctx.t("office-import-units") },
        { value: "people", label: ctx.t("office-import-people") },
      ],
      async onAnswer(ctx, value) {
        ctx.data.kind = value === "people" ? "people" : "units";
        return { next: "file" };
      },
    },
    file: {
      id: "file",
      input: "file",
      schema: z.custom<InboundFile>(),
      prompt: () => ({ key: "office-import-ask-file" }),
      async onAnswer(ctx, file): Promise<StepResult> {
        const ext = path.extname(file.name ?? "").toLowerCase();
        if (file.kind !== "document" || (ext !== ".csv" && ext !== ".xlsx"))
          return { next: "file", say: [{ key: "office-import-not-table" }] };
        if ((file.size ?? 0) > IMPORT_MAX_BYTES) return { next: "file", say: [{ key: "office-import-too-big" }] };
        ctx.data.fileId = file.fileId;
        ctx.data.fileName = file.name!;
        const table = await readSent(ctx);
        // The preview runs the real import and rolls it back (as the web workspace does): same checks, nothing written.
        let report: ImportReport | null = null;
        await ctx.tx
          .transaction(async (sp) => {
            report = await importers[ctx.data.kind!](sp as unknown as Db, ctx.actor!.provinceId, table, ctx.actor!);
            throw new Rollback();
          })
          .catch((e) => {
            if (!(e instanceof Rollback)) throw e;
          });
        const r = report! as ImportReport;
        const many = r.rejected.length > REJECTED_FILE_AFTER;
        return {
          next: "confirm",
          say: [
            {
              key: "office-import-preview",
              vars: {
                file: ctx.data.fileName,
                created: r.created,
                updated: r.updated,
                unchanged: r.unchanged,
                rejected: r.rejected.length,
                lines: reportText(ctx, r),
              },
            },
            ...(many ? [{ key: "office-import-rejected-file", vars: { count: r.rejected.length } }] : []),
          ],
          ...(many ? { send: [await rejectedFile(ctx, table, r)] } : {}),
        };
      },
    },
    confirm: {
      id: "confirm",
      input: "confirm",
      prompt: () => ({ key: "office-import-confirm" }),
      options: (ctx) => [
        { value: "yes", label: ctx.t("office-import-yes") },
        { value: "no", label: ctx.t("office-confirm-no") },
      ],
      async onAnswer(ctx, value) {
        if (value !== "yes") return { done: true, say: [{ key: "office-nothing-changed" }] };
        const table = await readSent(ctx);
        const r = await importers[ctx.data.kind!](ctx.tx as unknown as Db, ctx.actor!.provinceId, table, ctx.actor!);
        return {
          done: true,
          say: [
            {
              key: "office-import-done",
              vars: { created: r.created, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected.length },
            },
          ],
        };
      },
    },
  },
});
