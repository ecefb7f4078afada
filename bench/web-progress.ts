/**
 * bench:web — the web workspace's Tiến độ page for a province of 3,000 units: how long the server
 * takes to answer it (database reads and rendering) and how many bytes it sends, plain and gzipped.
 *
 * The province is generated into a fresh embedded database in a temporary folder (or, with
 * DATABASE_URL, into that database: give it an empty one).
 *
 *   npm run bench:web -- [units=3000] [staffPerUnit=15] [rounds=10]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase } from "../src/db/client.js";
import { runMigrations } from "../src/db/migrate.js";
import { clusters, people, roles, unitKinds } from "../src/db/schema.js";
import { createLoginLink } from "../src/features/web/links.js";
import { createFileLinks } from "../src/files/links.js";
import { createDiskFileStore } from "../src/files/store.js";
import { createLogger } from "../src/logger.js";
import { createHttpApp } from "../src/server/http.js";
import { createCampaign } from "../src/services/campaigns.js";
import { ensureProvince } from "../src/services/provinces.js";
import { openSession, SESSION_COOKIE } from "../src/features/web/session.js";

const [unitCount = 3000, staffPerUnit = 15, rounds = 10] = process.argv.slice(2).map(Number);
const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-web-"));
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dir });
try {
  await runMigrations(database, process.env.DATABASE_URL);
  const db = database.db;
  const province = await ensureProvince(db, "BENCH", "Tỉnh Bench", "bench");
  const p = province.id;
  const kinds = await db
    .insert(unitKinds)
    .values([
      { provinceId: p, code: "THCS", name: "Trường trung học cơ sở" },
      { provinceId: p, code: "TH", name: "Trường tiểu học" },
      { provinceId: p, code: "MN", name: "Trường mầm non" },
    ])
    .returning();
  const cl = await db
    .insert(clusters)
    .values(Array.from({ length: 10 }, (_, i) => ({ provinceId: p, name: `Cụm thi đua số ${i + 1}` })))
    .returning();
  const kindIds = sql.raw(`array[${kinds.map((k) => k.id).join(",")}]`);
  const clusterIds = sql.raw(`array[${cl.map((c) => c.id).join(",")}]`);
  await db.execute(sql`
    insert into units (province_id, code, name, kind_id, cluster_id)
    select ${p}, 'U' || lpad(g::text, 5, '0'), 'Trường Nguyễn Thị Minh Khai số ' || g, (${kindIds})[1 + g % 3], (${clusterIds})[1 + g % 10]
    from generate_series(1, ${unitCount}) g`);
  await db.execute(sql`
    insert into people (province_id, unit_id, full_name, position, phone)
    select ${p}, u.id, 'Nguyễn Thị Hồng Nhung ' || g, 'Giáo viên', case when g <= ${unitCount} then '09' || lpad(g::text, 8, '0') end
    from generate_series(1, ${unitCount * staffPerUnit}) g
    join units u on u.province_id = ${p} and u.code = 'U' || lpad(((g - 1) % ${unitCount} + 1)::text, 5, '0')`);
  await db.execute(
    sql`insert into roles (province_id, person_id, role, unit_id) select ${p}, min(id), 'focal', unit_id from people where province_id = ${p} group by unit_id`,
  );
  const [office] = await db.insert(people).values({ provinceId: p, fullName: "Văn phòng Sở", position: "Chuyên viên" }).returning();
  await db.insert(roles).values({ provinceId: p, personId: office!.id, role: "office" });
  const now = new Date();
  const campaign = await createCampaign(
    db,
    {
      provinceId: p,
      kind: "registration",
      title: "Đăng ký thi đua (bench)",
      schoolYear: "2025-2026",
      opensAt: new Date(now.getTime() - 86_400_000),
      deadlineAt: new Date(now.getTime() + 86_400_000),
    },
    "bench",
  );
  await db.execute(sql`
    insert into registrations (province_id, campaign_id, unit_id, person_id, title_code, status)
    select ${p}, ${campaign.id}, unit_id, id, 'LDTT', 'pending' from people where province_id = ${p} and unit_id is not null and id % 3 <> 0`);
  await db.execute(sql`
    insert into unit_submissions (province_id, campaign_id, unit_id, status, submitted_at)
    select ${p}, ${campaign.id}, id, 'submitted', now() from units where province_id = ${p} and id % 2 = 0`);
  await db.execute(sql`analyze`);

  const secret = (await openSession(db, await createLoginLink(db, { personId: office!.id, provinceId: p }, now), now))!;
  const store = createDiskFileStore(path.join(dir, "files"));
  const http = createHttpApp({
    logger: createLogger("silent"),
    ready: async () => true,
    web: {
      db,
      logger: createLogger("silent"),
      timeZone: "Asia/Ho_Chi_Minh",
      publicUrl: "http://localhost:8080",
      files: { store, links: createFileLinks("http://localhost:8080", "bench-secret-0123456789") },
    },
  });
  const get = async (gzip: boolean) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const res = await http.app.request("/web/tien-do", {
      headers: { cookie: `${SESSION_COOKIE}=${secret}`, ...(gzip ? { "accept-encoding": "gzip" } : {}) },
    });
    const body = new Uint8Array(await res.arrayBuffer());
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    return {
      ms,
      bytes: body.byteLength,
      rows: (new TextDecoder().decode(gzip ? new Uint8Array() : body).match(/<tr class=/g) ?? []).length,
    };
  };
  const cpuMs: number[] = [];
  // Only the page's own work: the database's part, read alone, is timed separately below.
  const { campaignUnits } = await import("../src/features/progress/service.js");
  const { staffTotals } = await import("../src/features/web/queries.js");
  const readMs: number[] = [];
  await get(false); // warm-up: prepared statements, JIT
  const plain: number[] = [];
  const packed: number[] = [];
  let size = 0;
  let gz = 0;
  let rows = 0;
  for (let i = 0; i < rounds; i++) {
    const a = await get(false);
    plain.push(a.ms);
    size = a.bytes;
    rows = a.rows;
    const b = await get(true);
    packed.push(b.ms);
    gz = b.bytes;
  }
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await Promise.all([
      campaignUnits(db, campaign.id, { provinceId: p, unitIds: null }),
      staffTotals(db, { provinceId: p, unitIds: null }),
    ]);
    readMs.push(performance.now() - started);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0);
  console.log(`engine ${database.kind}: ${rows} rows`);
  console.log(`  plain: median ${median(plain)} ms, max ${Math.max(...plain).toFixed(0)} ms, ${(size / 1024).toFixed(0)} KB`);
  console.log(
    `  this process's CPU per request (rendering${database.kind === "embedded" ? " and the embedded database" : ""}): median ${median(cpuMs)} ms`,
  );
  console.log(`  database reads alone: median ${median(readMs)} ms`);
  console.log(`  gzip:  median ${median(packed)} ms, max ${Math.max(...packed).toFixed(0)} ms, ${(gz / 1024).toFixed(0)} KB sent`);
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
