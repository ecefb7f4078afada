/**
 * bench:announce — queues one announcement to N people (default 100,000) and prints how long the
 * queueing takes: the announcement row, the reach counts and one INSERT … SELECT per chunk of
 * 5,000 outbox rows, in one transaction, as /thongbao does on "Gửi ngay". Runs against
 * DATABASE_URL, or an embedded database in a temporary folder.
 *
 *   npm run bench:announce -- [N]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { openDatabase } from "../src/db/client.js";
import { runMigrations } from "../src/db/migrate.js";
import { outbox, people, provinces, unitKinds, units } from "../src/db/schema.js";
import { createAnnouncement } from "../src/features/announcements/service.js";

const N = Number(process.argv[2] ?? 100_000);
const databaseUrl = process.env.DATABASE_URL;
const dataDir = databaseUrl ? "unused" : mkdtempSync(path.join(tmpdir(), "thidua-bench-announce-"));
const database = await openDatabase({ databaseUrl, dataDir, maxConnections: 2 });
await runMigrations(database, databaseUrl);
const { db } = database;

const [province] = await db
  .insert(provinces)
  .values({ code: `ANN${Date.now()}`, name: "Bench" })
  .returning();
const provinceId = province!.id;
const [kind] = await db.insert(unitKinds).values({ provinceId, code: "THPT", name: "Trường THPT" }).returning();
const [unit] = await db.insert(units).values({ provinceId, code: "B01", name: "Trường THPT Bench", kindId: kind!.id }).returning();
const [sender] = await db.insert(people).values({ provinceId, fullName: "Văn phòng Sở" }).returning();
// N people with a Telegram chat each, one in twenty without any messenger.
await db.execute(
  sql`insert into people (province_id, unit_id, full_name) select ${provinceId}, ${unit!.id}, 'Người ' || g from generate_series(1, ${N}) g`,
);
await db.execute(sql`insert into channel_identities (province_id, person_id, channel, external_id)
  select ${provinceId}, p.id, 'telegram', 'b' || ${provinceId} || '-' || p.id from people p where p.province_id = ${provinceId} and p.id <> ${sender!.id} and p.id % 20 <> 0`);
await db.execute(sql`analyze`);

const started = performance.now();
const a = await db.transaction((tx) =>
  createAnnouncement(tx, {
    scope: { provinceId, senderId: sender!.id, unitId: null },
    audience: { who: "everyone", where: { kind: "province" } },
    body: "Thông báo thử tải.",
    sendAt: new Date(),
    urgent: true,
    now: new Date(),
  }),
);
const ms = performance.now() - started;
const queued = await db.$count(outbox, eq(outbox.announcementId, a.id));
console.log(
  `engine: ${database.kind}; audience ${N}; queued ${queued} (${a.unreachable} unreachable) in ${(ms / 1000).toFixed(2)} s (${Math.round(queued / (ms / 1000))} rows/s)`,
);
await database.close();
if (!databaseUrl) rmSync(dataDir, { recursive: true, force: true });
