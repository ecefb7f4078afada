import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import JSZip from "jszip";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ChannelSender } from "../../../src/core/channel-port.js";
import { jobs, people, roles } from "../../../src/db/schema.js";
import { documentsZipJob } from "../../../src/features/jobs/documents-job.js";
import { claimJob, markDelivered } from "../../../src/features/jobs/queue.js";
import { createJobRunner, type JobKind } from "../../../src/features/jobs/runner.js";
import { createFileLinks } from "../../../src/files/links.js";
import { createDiskFileStore } from "../../../src/files/store.js";
import type { Outbound } from "../../../src/core/index.js";
import { createLogger } from "../../../src/logger.js";
import { buildEngine, ChatUser, link, translator } from "../../support/chat.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";
import { docxText, exportWorld, type ExportWorld } from "../../exports/fixture.js";

let t: TestDatabase;
let world: ExportWorld;
const clock = new Date("2026-11-22T03:00:00Z");
const now = () => clock;
let secondOffice: number;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await exportWorld(t, clock);
  await link(t, world.office.personId, "5009");
  const [p] = await t.db
    .insert(people)
    .values({ provinceId: world.provinceId, fullName: "Vũ Thị Hạnh", position: "Chuyên viên Văn phòng" })
    .returning();
  await t.db.insert(roles).values({ provinceId: world.provinceId, personId: p!.id, role: "office", unitId: null });
  secondOffice = p!.id;
  await link(t, secondOffice, "5010");
  await link(t, world.focal.personId, "5001", "zalo");
});
afterAll(() => t.destroy());
beforeEach(async () => {
  await t.db.delete(jobs);
});

type Event =
  | { op: "send"; to: string; messages: Outbound[] }
  | { op: "sendEditable"; to: string; text: string; id: string }
  | { op: "edit"; to: string; id: string; text: string };

/** A Telegram-like sender that records what each chat saw, in order. */
function recordingSender(channel: "telegram" | "zalo" = "telegram"): ChannelSender & { events: Event[] } {
  const events: Event[] = [];
  let ids = 100;
  const base = {
    channel,
    maxTextLength: 4096,
    events,
    async send(to: string, messages: Outbound[]) {
      events.push({ op: "send", to, messages });
    },
  };
  if (channel === "zalo") return base;
  return {
    ...base,
    maxDocumentBytes: 50 * 1024 * 1024,
    async sendEditable(to: string, text: string) {
      const id = String(ids++);
      events.push({ op: "sendEditable", to, text, id });
      return id;
    },
    async editText(to: string, id: string, text: string) {
      events.push({ op: "edit", to, id, text });
    },
  };
}

const filesDir = mkdtempSync(path.join(tmpdir(), "thidua-jobs-"));
function runner(
  senders: Partial<Record<"telegram" | "zalo", ChannelSender>>,
  opts: { kinds?: JobKind[]; now?: () => Date; owner?: string } = {},
) {
  return createJobRunner({
    db: t.db,
    kinds: opts.kinds ?? [documentsZipJob],
    senders: () => senders,
    store: createDiskFileStore(filesDir),
    links: () => createFileLinks("https://thidua.example.vn", "secret"),
    translator,
    logger: createLogger("silent"),
    owner: opts.owner ?? "instance-b",
    now: opts.now ?? (() => new Date()),
    progressEveryMs: 0,
  });
}

/** The documents job, counting how often it really builds. */
function countingKind(): JobKind & { builds: number } {
  const kind = { ...documentsZipJob, builds: 0 };
  kind.run = async (ctx) => {
    kind.builds++;
    return documentsZipJob.run(ctx);
  };
  return kind;
}

const documentsOf = (events: Event[], to: string) =>
  events.flatMap((e) =>
    e.op === "send" && e.to === to ? e.messages.filter((m): m is Extract<Outbound, { type: "document" }> => m.type === "document") : [],
  );

async function askForZip(externalId: string) {
  const office = new ChatUser(buildEngine(t, now), externalId);
  await office.say("/xuat");
  await office.press("Word");
  return office;
}

describe("the province's Word zip as a background job", () => {
  it("answers at once, then edits one progress message that ends with the file", async () => {
    const office = await askForZip("5009");
    expect(office.text()).toBe(
      "Đang tạo 2 văn bản… Tệp nén sẽ được gửi vào đây khi xong; trong lúc chờ, bạn vẫn dùng các lệnh khác bình thường.",
    );
    expect(office.last.some((m) => m.type === "document")).toBe(false);

    const telegram = recordingSender();
    expect(await runner({ telegram }).runOnce()).toBe(true);
    const seen = telegram.events.filter((e) => e.to === "5009");
    expect(seen[0]).toMatchObject({ op: "sendEditable", text: "Bắt đầu tạo 2 văn bản đăng ký thi đua của các đơn vị…" });
    const progressId = (seen[0] as { id: string }).id;
    // Every later text change is an edit of that one message; the last edit says it is done, then the file.
    expect(seen.slice(1, -1).every((e) => e.op === "edit" && e.id === progressId)).toBe(true);
    expect(seen.at(-2)).toMatchObject({
      op: "edit",
      text: "Đã tạo xong 2 văn bản đăng ký thi đua: Bản đăng ký các đơn vị-DKTD NH 2026-2027.zip",
    });
    const [zip] = documentsOf(telegram.events, "5009");
    expect(seen.at(-1)).toMatchObject({ op: "send" });
    expect(zip!.fileName).toBe("Bản đăng ký các đơn vị-DKTD NH 2026-2027.zip");
    const archive = await JSZip.loadAsync(zip!.content);
    expect(Object.keys(archive.files)).toHaveLength(2);
    const nguyenDu = archive.file("Trường THPT Nguyễn Du-DKTD NH 2026-2027.docx")!;
    expect(await docxText(await nguyenDu.async("uint8array"))).toContain("BẢN ĐĂNG KÝ THI ĐUA NĂM HỌC 2026-2027");

    const [row] = await t.db.select().from(jobs);
    expect(row).toMatchObject({ status: "done", progressDone: 2, progressTotal: 2, attempts: 1 });
    expect(await runner({ telegram }).runOnce()).toBe(false);
  });

  it("builds the zip once for two requests, and both people get it", async () => {
    const first = await askForZip("5009");
    const second = await askForZip("5010");
    expect(first.text()).toContain("Đang tạo 2 văn bản");
    expect(second.text()).toBe(
      "Văn bản của các đơn vị đang được tạo theo một yêu cầu trước đó. Tệp nén sẽ được gửi cho bạn ngay khi xong.",
    );
    // The same person asking again is not a second recipient either.
    await askForZip("5009");
    expect(await t.db.select().from(jobs)).toHaveLength(1);

    const kind = countingKind();
    const telegram = recordingSender();
    const r = runner({ telegram }, { kinds: [kind] });
    expect(await r.runOnce()).toBe(true);
    expect(await r.runOnce()).toBe(false);
    expect(kind.builds).toBe(1);
    expect(documentsOf(telegram.events, "5009")).toHaveLength(1);
    expect(documentsOf(telegram.events, "5010")).toHaveLength(1);
  });

  it("finishes a job whose instance died half-way on another instance, and sends the file once", async () => {
    await askForZip("5009");
    const lease = 60_000;
    // Instance A claims the job, reports half the work, and dies: no more heartbeats, no result.
    const claimed = await claimJob(t.db, { kinds: [documentsZipJob.kind], owner: "instance-a", now: new Date(), leaseMs: lease });
    expect(claimed).not.toBeNull();
    await t.db.update(jobs).set({ progressDone: 1 }).where(eq(jobs.id, claimed!.id));

    const telegram = recordingSender();
    // While A's lease lasts nobody else takes the job.
    expect(await runner({ telegram }).runOnce()).toBe(false);
    // Once it has run out, instance B does, builds it, and sends it.
    const later = () => new Date(Date.now() + lease + 1000);
    const kind = countingKind();
    expect(await runner({ telegram }, { kinds: [kind], now: later }).runOnce()).toBe(true);
    expect(kind.builds).toBe(1);
    expect(documentsOf(telegram.events, "5009")).toHaveLength(1);
    const [row] = await t.db.select().from(jobs);
    expect(row).toMatchObject({ status: "done", attempts: 2 });
    // A, coming back to life, can no longer deliver anything.
    expect(await markDelivered(t.db, { id: claimed!.id, owner: "instance-a" }, "telegram:5009")).toBe(false);
    expect(await runner({ telegram }, { now: later }).runOnce()).toBe(false);
    expect(documentsOf(telegram.events, "5009")).toHaveLength(1);
  });

  it("sends a short message at start and end on Zalo, with a signed link instead of the file", async () => {
    const zaloUser = new ChatUser(buildEngine(t, now), "5011", "zalo");
    await link(t, world.office.personId, "5011", "zalo");
    await zaloUser.say("/xuat");
    await zaloUser.press("Word");
    expect(zaloUser.text()).toContain("Đang tạo 2 văn bản");
    const zalo = recordingSender("zalo");
    await runner({ zalo }).runOnce();
    const texts = zalo.events.map((e) =>
      e.op === "send" ? e.messages.map((m) => (m.type === "link" ? `${m.text} ${m.url}` : "text" in m ? m.text : m.type)).join() : e.op,
    );
    expect(texts).toHaveLength(2);
    expect(texts[0]).toBe("Bắt đầu tạo 2 văn bản đăng ký thi đua của các đơn vị…");
    expect(texts[1]).toMatch(/^Đã tạo xong 2 văn bản .* https:\/\/thidua\.example\.vn\/files\//u);
  });

  it("runs one job at a time per kind and province", async () => {
    await askForZip("5009");
    const a = await claimJob(t.db, { kinds: [documentsZipJob.kind], owner: "a", now: new Date(), leaseMs: 60_000 });
    // Another campaign's zip of the same province waits while the first runs.
    await t.db.insert(jobs).values({ kind: documentsZipJob.kind, provinceId: world.provinceId, requestKey: "campaign:other", payload: {} });
    expect(a).not.toBeNull();
    expect(await claimJob(t.db, { kinds: [documentsZipJob.kind], owner: "b", now: new Date(), leaseMs: 60_000 })).toBeNull();
  });
});
