import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { loadConfig } from "../../src/config.js";
import { initiatives, outbox, registrations } from "../../src/db/schema.js";
import { localesDir } from "../../src/i18n.js";
import { createLogger } from "../../src/logger.js";
import { withoutFullStop } from "../../src/features/nominations/service.js";
import { openRegistrationCampaign } from "../../src/features/registration/campaigns.js";
import { reviewRegistration } from "../../src/features/registration/registrations.js";
import { buildEngine, ChatUser, demoWorld, link, translator, type DemoWorld } from "../support/chat.js";
import { cli } from "../support/cli.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");
const vi = (key: string, vars?: Record<string, string | number>) => translator.t("vi", key, vars);

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  await link(t, world.focal.personId, "65001");
  await link(t, world.staff[0]!.personId, "65004", "zalo");
});
afterAll(() => t.destroy());

const user = (id: string, channel: "telegram" | "zalo" = "telegram") =>
  new ChatUser(
    buildEngine(t, () => now),
    id,
    channel,
  );

describe("smaller truths (issue 17, item 11)", () => {
  it('"1." is taken as the first choice, and an empty message gets an answer', async () => {
    const teacher = user("65004", "zalo");
    await teacher.say("/dangky");
    await teacher.say("1.");
    expect(teacher.text()).toContain("Bạn đăng ký danh hiệu thi đua nào");
    expect((await teacher.say("")).length).toBeGreaterThan(0);
    await teacher.say("/huy");
    expect((await teacher.say("  ")).map((m) => ("text" in m ? m.text : "")).join()).toContain("/trogiup");
  });

  it("the sáng kiến list does not number like its menu; a declared one can be changed and deleted", async () => {
    const teacher = user("65004", "zalo");
    for (const title of ["Dạy học STEM qua dự án", "Ứng dụng AI chấm bài luận"]) {
      await teacher.say("/sangkien");
      await teacher.say("Khai báo sáng kiến");
      await teacher.say(title);
      await teacher.say("Công nghệ");
      await teacher.say("Không có");
      await teacher.say("Dự kiến");
      await teacher.say("Lưu sáng kiến");
    }
    await teacher.say("/sangkien");
    expect(teacher.text()).toContain("• Dạy học STEM qua dự án");
    expect(teacher.text()).not.toMatch(/^2\. Ứng dụng/m);
    // "2" is the menu's second choice, "Sửa": it does not close the menu.
    await teacher.say("2");
    expect(teacher.text()).toContain(vi("truth-initiative-pick-edit"));
    await teacher.say("Ứng dụng AI chấm bài luận");
    await teacher.say("Ứng dụng AI chấm bài luận tiếng Anh");
    await teacher.say("Tiếng Anh");
    await teacher.say("Không có");
    await teacher.say("Đã áp dụng");
    await teacher.say("Lưu sáng kiến");
    await teacher.say("/sangkien");
    await teacher.say("Xóa");
    await teacher.say("Dạy học STEM qua dự án");
    expect(teacher.text()).toContain(vi("truth-initiative-removed", { title: "Dạy học STEM qua dự án" }));
    const rows = await t.db.select().from(initiatives).where(eq(initiatives.personId, world.staff[0]!.personId));
    expect(rows.map((r) => [r.title, r.field, r.status])).toEqual([["Ứng dụng AI chấm bài luận tiếng Anh", "Tiếng Anh", "applied"]]);
  });

  it("a focal person cannot approve her own registration, even through the service", async () => {
    const campaign = (await openRegistrationCampaign(t.db, world.provinceId, now))!;
    const [own] = await t.db
      .insert(registrations)
      .values({
        provinceId: world.provinceId,
        campaignId: campaign.id,
        unitId: world.unitId,
        personId: world.focal.personId,
        titleCode: "LDTT",
      })
      .returning();
    const actor = {
      personId: world.focal.personId,
      provinceId: world.provinceId,
      unitId: world.unitId,
      unitName: "",
      fullName: world.focal.name,
      position: "",
      roles: [{ role: "focal" as const, unitId: world.unitId }],
    };
    await expect(
      reviewRegistration(t.db, { campaign, actor, now, timeZone: "Asia/Ho_Chi_Minh", notify: () => {} }, own!.id, { approve: true }),
    ).rejects.toMatchObject({ key: "truth-review-own" });
    const [still] = await t.db.select().from(registrations).where(eq(registrations.id, own!.id));
    expect(still!.status).toBe("pending");
  });

  it("Vietnamese replies cite Vietnamese command words, with the wording fixes", () => {
    const files = [path.join(localesDir, "vi.ftl"), ...readdirSync(path.join(localesDir, "vi")).map((f) => path.join(localesDir, "vi", f))];
    const offending: string[] = [];
    for (const file of files)
      for (const line of readFileSync(file, "utf8").split("\n"))
        // An English word may only stand as the twin in brackets: "/dangky (/register)".
        if (
          !line.startsWith("#") &&
          /(?<!\()\/(register|cancel|help|me|progress|export|remind|nominate|initiative|language)\b(?! \(\/)/.test(line)
        )
          offending.push(line);
    expect(offending).toEqual([]);
    expect(vi("me-erase-requested")).toContain("Yêu cầu của bạn sẽ được xử lý");
    expect(vi("register-intro", { campaign: "X", deadline: "01/01/2027" })).not.toContain("Mỗi câu trả lời được lưu ngay");
    expect(vi("notify-nomination-returned", { name: "A", reason: withoutFullStop("Thiếu minh chứng.") })).not.toContain("..");
  });
});

describe("the Vietnamese CLI speaks Vietnamese (issue 17, item 11)", () => {
  const run = (argv: string[]) => cli(t, argv, { locale: "vi", now });

  it("prints roles and delivery reasons in words, and csv faults without English", async () => {
    const list = await run(["people", "list", "--unit", "THPT01"]);
    expect(list.output).toContain("Cán bộ đầu mối");
    expect(list.output).not.toMatch(/\b(unit_leader|focal|staff)\b/);

    await t.db.insert(outbox).values({
      provinceId: world.provinceId,
      personId: world.staff[3]!.personId,
      kind: "nudge",
      notBefore: now,
      createdAt: now,
      dedupeKey: "truth-1",
      message: { key: "x" },
      status: "skipped",
      lastError: "no reachable identity",
    });
    const status = await run(["reminders", "status"]);
    expect(status.output).toContain("nhắc cán bộ");
    expect(status.output).toContain(vi("truth-outbox-reason-no-messenger"));
    expect(status.output).not.toContain("no reachable identity");

    const dir = mkdtempSync(path.join(tmpdir(), "thidua-csv-"));
    try {
      const file = path.join(dir, "donvi.csv");
      writeFileSync(file, 'Mã đơn vị,Tên đơn vị,Loại\nA1,"Trường "B"",THPT\n');
      const bad = await run(["units", "import", file]);
      expect(bad.code).toBe(1);
      expect(bad.output).toContain("sai định dạng CSV ở dòng 2");
      expect(bad.output).not.toMatch(/Invalid|quote|Quote/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("resolves a relative --out against the folder the command was typed in (INIT_CWD under npm run)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-out-"));
    const before = process.env.INIT_CWD;
    process.env.INIT_CWD = dir;
    try {
      const campaign = (await openRegistrationCampaign(t.db, world.provinceId, now))!;
      const r = await run(["export", "--campaign", String(campaign.id), "--format", "xlsx", "--out", "tong-hop.xlsx"]);
      expect(r.code).toBe(0);
      expect(existsSync(path.join(dir, "tong-hop.xlsx"))).toBe(true);
      expect(existsSync(path.join(process.cwd(), "tong-hop.xlsx"))).toBe(false);
    } finally {
      if (before === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = before;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says in Vietnamese that the embedded database is in use", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-busy-"));
    try {
      writeFileSync(path.join(dir, "thidua.pid"), String(process.ppid));
      const lines: string[] = [];
      const code = await runCli(["units", "list"], {
        config: loadConfig({ DEFAULT_LOCALE: "vi", DATA_DIR: dir }),
        logger: createLogger("silent"),
        out: (l) => lines.push(l),
      });
      expect(code).toBe(1);
      expect(lines.join("\n")).toBe(vi("truth-cli-database-busy", { dir, pid: process.ppid }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
