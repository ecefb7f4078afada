import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { loadConfig } from "../../src/config.js";
import { campaigns, registrations } from "../../src/db/schema.js";
import { createLogger } from "../../src/logger.js";
import { openRegistrationCampaign } from "../../src/features/registration/campaigns.js";
import { buildEngine, ChatUser, demoWorld, link, translator, type DemoWorld } from "../support/chat.js";
import { cli } from "../support/cli.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");
const vi = (key: string, vars?: Record<string, string | number>) => translator.t("vi", key, vars);
const run = (argv: string[]) => cli(t, argv, { locale: "vi", now });

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
  await link(t, world.focal.personId, "63001");
  await link(t, world.staff[0]!.personId, "63004");
});
afterAll(() => t.destroy());

const user = (id: string) =>
  new ChatUser(
    buildEngine(t, () => now),
    id,
  );

describe("open campaigns of two school years (issue 17, item 7)", () => {
  it("refuses a second open campaign of the same kind and year, a past deadline and a past invite", async () => {
    const same = await run([
      "campaign",
      "create",
      "--kind",
      "registration",
      "--title",
      "Đăng ký lần hai",
      "--deadline",
      "30/12/2026",
      "--year",
      "2026-2027",
    ]);
    expect(same.code).toBe(1);
    expect(same.output).toContain("Năm học 2026-2027 đã có đợt cùng loại đang mở");
    const past = await run(["campaign", "create", "--kind", "review", "--title", "Sơ kết", "--deadline", "01/11/2026"]);
    expect(past.code).toBe(1);
    expect(past.output).toBe(vi("truth-cli-deadline-past", { date: "01/11/2026" }));
    const invite = await run(["invite", "create", "--unit", "THPT01", "--role", "staff", "--expires", "21/11/2026"]);
    expect(invite.code).toBe(1);
    expect(invite.output).toBe(vi("truth-cli-invite-expired", { date: "21/11/2026" }));
    const open = await t.db.select().from(campaigns).where(eq(campaigns.kind, "registration"));
    expect(open).toHaveLength(1);
  });

  it("with 2026-2027 and 2027-2028 both open, the teacher and the focal person choose, and last year's answers stay in view", async () => {
    const first = (await openRegistrationCampaign(t.db, world.provinceId, now))!;
    await t.db.insert(registrations).values({
      provinceId: world.provinceId,
      campaignId: first.id,
      unitId: world.unitId,
      personId: world.staff[0]!.personId,
      titleCode: "LDTT",
      status: "approved",
    });
    const made = await run([
      "campaign",
      "create",
      "--kind",
      "registration",
      "--title",
      "Đăng ký thi đua năm học 2027-2028",
      "--deadline",
      "20/10/2027",
      "--year",
      "2027-2028",
    ]);
    expect(made.code).toBe(0);

    const teacher = user("63004");
    await teacher.say("/dangky");
    expect(teacher.text()).toContain(vi("truth-pick-campaign"));
    expect(teacher.labels()).toContain(`${first.title} (bạn đã đăng ký: Lao động tiên tiến)`);
    expect(teacher.labels()).toContain("Đăng ký thi đua năm học 2027-2028");
    await teacher.press(first.title);
    expect(teacher.text()).toContain("ĐĂNG KÝ CỦA BẠN");
    expect(teacher.text()).toContain("Lao động tiên tiến");

    const focal = user("63001");
    await focal.say("/dangky");
    expect(focal.labels()).toContain(`${first.title} (1 cán bộ đã đăng ký)`);
    await focal.press(first.title);
    expect(focal.text()).toMatch(/1\/\d+/);
    // /tiendo asks too, and last year's answer is there.
    await focal.say("/huy");
    await focal.say("/tiendo");
    expect(focal.labels()).toContain("Đăng ký thi đua năm học 2027-2028");
    await focal.press(first.title);
    expect(focal.text()).toContain("Cán bộ đã trả lời: 1/");
  });
});

describe("the admin CLI tells the truth (issue 17, item 11)", () => {
  it("`migrate` on an empty database says it applied the updates", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-migrate-"));
    try {
      const lines: string[] = [];
      const code = await runCli(["migrate"], {
        config: loadConfig({ DEFAULT_LOCALE: "vi", DATA_DIR: dir }),
        logger: createLogger("silent"),
        out: (l) => lines.push(l),
      });
      expect(code).toBe(0);
      expect(lines.join("\n")).not.toMatch(/^Cơ sở dữ liệu \(embedded\) đã ở phiên bản mới nhất/);
      expect(lines.join("\n")).toMatch(/^Đã áp dụng \d+ bản cập nhật cấu trúc; cơ sở dữ liệu \(embedded\) nay đã ở phiên bản mới nhất\.$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
