import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createZaloFileFetcher } from "../../../src/channels/zalo/files.js";
import { campaigns, nominationEvidence, nominations } from "../../../src/db/schema.js";
import { createDiskFileStore } from "../../../src/files/store.js";
import { createLogger } from "../../../src/logger.js";
import { EVIDENCE_MAX_ATTEMPTS, storePendingEvidence } from "../../../src/features/nominations/evidence.js";
import { demoWorld } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let server: Server;
let base: string;
const photo = Buffer.from("\xff\xd8\xff\xe0 ảnh bằng khen", "latin1");
const logger = createLogger("silent");

beforeAll(async () => {
  t = await createTestDatabase();
  await demoWorld(t, new Date("2026-11-22T03:00:00Z"));
  // Zalo's file server: photos by URL; "gone" ones answer 404.
  server = createServer((req, res) => {
    if (req.url?.startsWith("/gone/")) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "image/jpeg" }).end(photo);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await t.destroy();
});

async function nomination() {
  const [c] = await t.db.select().from(campaigns).limit(1);
  const [n] = await t.db
    .insert(nominations)
    .values({
      provinceId: c!.provinceId,
      campaignId: c!.id,
      unitId: await firstUnit(c!.provinceId),
      kind: "individual",
      nomineeName: "Nguyễn Văn A",
      field: "Giáo dục",
      summary: "Tóm tắt",
    })
    .returning();
  return n!;
}
async function firstUnit(provinceId: number) {
  const rows = await t.db.execute<{ id: number }>(`select id from units where province_id = ${provinceId} order by id limit 1` as never);
  return Number((Array.isArray(rows) ? rows : (rows as unknown as { rows: Array<{ id: number }> }).rows)[0]!.id);
}

describe("evidence copies", () => {
  it("Zalo photos are copied too, and a channel full of failing files never holds up another", async () => {
    const n = await nomination();
    const row = (channel: "telegram" | "zalo", fileId: string) => ({
      provinceId: n.provinceId,
      nominationId: n.id,
      channel,
      fileId,
      fileName: `${fileId.slice(-6)}.jpg`,
      mime: "image/jpeg",
    });
    // 60 Telegram files that cannot be fetched (more than one pass takes), then a Zalo photo and a Telegram PDF.
    await t.db.insert(nominationEvidence).values(Array.from({ length: 60 }, (_, i) => row("telegram", `dead-${i}`)));
    await t.db.insert(nominationEvidence).values([row("zalo", `${base}/photo/abc123`), row("telegram", "good-telegram-1")]);
    const store = createDiskFileStore(mkdtempSync(path.join(tmpdir(), "thidua-evidence-")));
    const telegram = {
      fetch: async (id: string) =>
        id.startsWith("dead-") ? Promise.reject(new Error("file is gone")) : new Uint8Array(Buffer.from("%PDF-1.4")),
    };
    const fetchers = { telegram, zalo: createZaloFileFetcher() };

    // The first pass: the Zalo photo is copied although 60 Telegram rows fail ahead of it.
    expect(await storePendingEvidence(t.db, fetchers, store, logger)).toBe(1);
    const [zalo] = await t.db.select().from(nominationEvidence).where(eq(nominationEvidence.channel, "zalo"));
    expect(zalo!.sha256).toBe(createHash("sha256").update(photo).digest("hex"));
    // The next pass: the failed ones moved behind, so the good Telegram file is reached.
    expect(await storePendingEvidence(t.db, fetchers, store, logger)).toBe(1);
    const [good] = await t.db.select().from(nominationEvidence).where(eq(nominationEvidence.fileId, "good-telegram-1"));
    expect(good!.sha256).not.toBeNull();
    const [dead] = await t.db.select().from(nominationEvidence).where(eq(nominationEvidence.fileId, "dead-0"));
    expect(dead).toMatchObject({ sha256: null, copyAttempts: 2, copyError: "file is gone" });
  });

  it("a photo over the limit or gone from Zalo is refused without holding the whole body", async () => {
    const small = createZaloFileFetcher({ maxBytes: 4 });
    await expect(small.fetch(`${base}/photo/x`)).rejects.toThrow("over the evidence limit");
    await expect(createZaloFileFetcher().fetch(`${base}/gone/x`)).rejects.toThrow("HTTP 404");
    await expect(createZaloFileFetcher().fetch("file:///etc/passwd")).rejects.toThrow("not a URL");
    expect(EVIDENCE_MAX_ATTEMPTS).toBeGreaterThan(1);
  });
});
