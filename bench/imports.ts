/**
 * bench:imports — `people import` of a large file (100,000 rows by default, over 3,000 units), as
 * CSV and as xlsx, next to reading the same file alone with a bare parser (csv-parse's stream,
 * exceljs' streaming WorkbookReader), each in its own child process so its peak RSS is its own.
 *
 * Needs DATABASE_URL (each import gets a fresh copy of a template database holding the units).
 *
 *   npm run bench:imports -- [rows=100000] [units=3000]
 */
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";

const script = fileURLToPath(import.meta.url);
const argv = process.argv.slice(2);
// Children are started with a mode word first; the command line of a person starts with numbers.
const [mode, ...rest] = /^[a-z]/.test(argv[0] ?? "") ? argv : ["main", ...argv];

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
const MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thu", "Ngọc", "Hữu", "Thanh"];
const GIVEN = ["An", "Ánh", "Bình", "Cường", "Dũng", "Hà", "Hương", "Lan", "Minh", "Nam", "Phương", "Sơn", "Thảo", "Trang", "Tuấn", "Yến"];
const HEADERS = ["Họ và tên", "Chức vụ", "Mã đơn vị", "Vai trò", "Số điện thoại"];
const unitCode = (i: number) => `U${String(i).padStart(5, "0")}`;
function personRow(i: number, unitCount: number): string[] {
  const name = `${FAMILY[i % 10]} ${MIDDLE[Math.floor(i / 10) % 8]} ${GIVEN[Math.floor(i / 80) % 16]}`;
  return [
    name,
    i % 9 === 0 ? "Tổ trưởng chuyên môn" : "Giáo viên",
    unitCode((i % unitCount) + 1),
    i % 30 === 0 ? "đầu mối" : "giáo viên",
    `09${String(10_000_000 + i).slice(-8)}`,
  ];
}

async function writeFiles(dir: string, rows: number, unitCount: number) {
  const csv = createWriteStream(path.join(dir, "people.csv"));
  csv.write(`\ufeff${HEADERS.join(",")}\n`);
  for (let i = 0; i < rows; i++)
    if (!csv.write(`${personRow(i, unitCount).join(",")}\n`)) await new Promise<void>((r) => csv.once("drain", () => r()));
  await new Promise<void>((r) => csv.end(() => r()));
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.join(dir, "people.xlsx"), useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet("Cán bộ");
  ws.addRow(HEADERS).commit();
  for (let i = 0; i < rows; i++) ws.addRow(personRow(i, unitCount)).commit();
  ws.commit();
  await wb.commit();
  const units = createWriteStream(path.join(dir, "units.csv"));
  units.write("Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Cụm/khối\n");
  for (let i = 1; i <= unitCount; i++) units.write(`${unitCode(i)},Trường THCS số ${i},Trường THCS,,Cụm ${1 + (i % 10)}\n`);
  await new Promise<void>((r) => units.end(() => r()));
}

function child(args: string[]): Record<string, number> {
  const r = spawnSync(
    process.execPath,
    [...(process.env.BENCH_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROF}`] : []), "--import", "tsx", script, ...args],
    { encoding: "utf8", env: process.env, maxBuffer: 1 << 24 },
  );
  if (r.status !== 0 && r.status !== 1) throw new Error(`child ${args[0]} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!);
}

async function runChild(): Promise<void> {
  const [file, databaseUrl] = rest as [string, string];
  const started = performance.now();
  let rows = 0;
  if (mode === "read-csv") {
    const { parse } = await import("csv-parse");
    for await (const _ of createReadStream(file).pipe(parse({ bom: true, relax_column_count: true }))) rows++;
  } else if (mode === "read-xlsx") {
    const ExcelJS = (await import("exceljs")).default;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      worksheets: "emit",
      sharedStrings: "cache",
      styles: "ignore",
      hyperlinks: "ignore",
      entries: "ignore",
    });
    for await (const ws of reader) for await (const _ of ws) rows++;
  } else {
    // The CLI command end to end, in process: read, check, write, report.
    const { runCli } = await import("../src/cli/run.js");
    const { loadConfig } = await import("../src/config.js");
    const { createLogger } = await import("../src/logger.js");
    const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" });
    const lines: string[] = [];
    await runCli(["people", "import", file], { config, logger: createLogger("silent"), out: (l) => lines.push(l) });
    rows = lines.length;
    if (process.env.BENCH_VERBOSE) process.stderr.write(`${lines.slice(0, 3).join("\n")}\n`);
  }
  const ms = performance.now() - started;
  const usage = process.resourceUsage();
  console.log(JSON.stringify({ ms, rows, maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
}

async function main(): Promise<void> {
  const [rowCount = 100_000, unitCount = 3_000] = rest.map(Number);
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("bench:imports needs DATABASE_URL");
  const work = mkdtempSync(path.join(tmpdir(), "thidua-bench-imports-"));
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  const names = {
    template: `thidua_bench_imports_${process.pid}`,
    csv: `thidua_bench_imports_${process.pid}_csv`,
    xlsx: `thidua_bench_imports_${process.pid}_xlsx`,
  };
  const urlOf = (name: string) => Object.assign(new URL(base), { pathname: `/${name}` }).toString();
  try {
    await writeFiles(work, rowCount, unitCount);
    await admin.unsafe(`create database ${names.template}`);
    const { runCli } = await import("../src/cli/run.js");
    const { loadConfig } = await import("../src/config.js");
    const { createLogger } = await import("../src/logger.js");
    const config = loadConfig({ ...process.env, DATABASE_URL: urlOf(names.template), LOG_LEVEL: "silent" });
    const cli = (args: string[]) => runCli(args, { config, logger: createLogger("silent"), out: () => {} });
    await cli(["migrate"]);
    await cli(["province", "create", "--code", "BENCH", "--name", "Tỉnh Bench"]);
    if ((await cli(["units", "import", path.join(work, "units.csv")])) !== 0) throw new Error("units import failed");
    for (const kind of ["csv", "xlsx"] as const) await admin.unsafe(`create database ${names[kind]} template ${names.template}`);
    // CPU time (user + sys) of the process: the wall clock of a busy machine says less.
    const fmt = (r: Record<string, number>) =>
      `${(r.ms! / 1000).toFixed(1)} s (CPU ${(r.cpuMs! / 1000).toFixed(1)} s), peak RSS ${(r.maxRssKb! / 1024).toFixed(0)} MB`;
    for (const kind of ["csv", "xlsx"] as const) {
      const file = path.join(work, `people.${kind}`);
      const read = child([`read-${kind}`, file]);
      const imp = child(["import", file, urlOf(names[kind])]);
      console.log(
        `import ${kind}: ${rowCount} rows in ${fmt(imp)}; reading the file alone ${fmt(read)}; ratio ${(imp.ms! / read.ms!).toFixed(2)}×`,
      );
    }
  } finally {
    for (const name of Object.values(names).reverse()) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    rmSync(work, { recursive: true, force: true });
  }
}

if (mode === "main") await main();
else await runChild();
