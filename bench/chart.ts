/**
 * bench:chart — renders the Văn phòng's /tiendo chart of the demo province (some units submitted
 * over a fortnight) 20 times and prints the time per chart: the database reads, the SVG and the
 * PNG. With an argument, writes the PNG there (docs/progress-chart.png is made so).
 *
 *   npm run bench:chart -- [out.png]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { openDatabase } from "../src/db/client.js";
import { runMigrations } from "../src/db/migrate.js";
import { campaigns, unitSubmissions, units } from "../src/db/schema.js";
import { endOfLocalDay } from "../src/domain/calendar.js";
import { provinceChart, staffChart } from "../src/features/charts/index.js";
import { svgToPng } from "../src/features/charts/png.js";
import { createTranslator } from "../src/i18n.js";
import { loadDemo } from "../src/services/demo.js";
import { loadCampaign } from "../src/features/progress/service.js";

const out = process.argv[2];
const TZ = "Asia/Ho_Chi_Minh";
const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-chart-"));
const database = await openDatabase({ dataDir: dir });
await runMigrations(database);
const { db } = database;
const translator = createTranslator("vi");
const t = (key: string, vars?: Record<string, string | number>) => translator.t("vi", key, vars);
const opened = new Date("2026-10-01T01:00:00Z");
const demo = await loadDemo(db, opened, TZ, t);
const [c] = await db.select().from(campaigns).where(eq(campaigns.kind, "registration"));
await db
  .update(campaigns)
  .set({ opensAt: opened, deadlineAt: endOfLocalDay({ year: 2026, month: 10, day: 20 }, TZ) })
  .where(eq(campaigns.id, c!.id));
const all = await db.select({ id: units.id }).from(units).where(eq(units.provinceId, demo.provinceId));
// About half the units submitted, more of them as the deadline nears.
for (const [i, u] of all.entries()) {
  if (i % 2 === 0) continue;
  const day = 20 - Math.floor(Math.sqrt((i * 37) % 100) * 1.4);
  await db.insert(unitSubmissions).values({
    provinceId: demo.provinceId,
    campaignId: c!.id,
    unitId: u.id,
    status: "submitted",
    submittedAt: new Date(Date.UTC(2026, 9, day, 3)),
  });
}
const now = new Date("2026-10-16T03:00:00Z");
const campaign = await loadCampaign(db, demo.provinceId, c!.id);
await provinceChart(db, campaign, demo.provinceId, t, now, TZ);

const total: number[] = [];
const png: number[] = [];
let last;
// CPU time too: on a shared machine the wall clock mostly measures the other processes.
const cpu0 = process.cpuUsage();
for (let i = 0; i < 20; i++) {
  const a = performance.now();
  last = await provinceChart(db, campaign, demo.provinceId, t, now, TZ);
  total.push(performance.now() - a);
  const b = performance.now();
  svgToPng(last.svg);
  png.push(performance.now() - b);
}
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000 / 20;
const staff = await staffChart(db, campaign, all[0]!.id, "", t, now, TZ);
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
console.log(
  `province chart (${all.length} units): median ${median(total).toFixed(0)} ms per chart wall clock (SVG to PNG alone ${median(png).toFixed(0)} ms); ${cpuMs.toFixed(0)} ms of CPU per chart and PNG pair; ${last!.png.byteLength} bytes; staff chart ${staff.png.byteLength} bytes`,
);
if (out) writeFileSync(out, last!.png);
await database.close();
rmSync(dir, { recursive: true, force: true });
