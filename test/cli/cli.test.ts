import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/cli/run.js";
import { auditLog, campaigns, people, roles } from "../../src/db/schema.js";
import { cli } from "../support/cli.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
// 22/11/2026 10:00 in Hà Nội.
const now = new Date("2026-11-22T03:00:00Z");
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

const run = (argv: string[], locale: "vi" | "en" = "en") => cli(t, argv, { locale, now });

describe("admin CLI", () => {
  it("every command has --help with its usage", async () => {
    for (const c of commands) {
      const r = await cli(t, [...c.name.split(" "), "--help"], { locale: "vi" });
      expect(r.code, c.name).toBe(0);
      expect(r.output, c.name).toContain("npm run cli --");
      expect(r.output, c.name).not.toMatch(/cli-[a-z-]+/);
    }
  });

  it("an unknown command exits non-zero and lists the commands", async () => {
    const r = await cli(t, ["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.output).toContain('There is no command "frobnicate"');
    expect(r.output).toContain("units import");
  });

  it("before any province exists, commands say how to create one", async () => {
    const r = await cli(t, ["units", "list"], { locale: "vi" });
    expect(r.code).toBe(1);
    expect(r.output).toContain("Chưa có tỉnh nào");
  });

  it("demo load builds a province that units list shows, and is idempotent", async () => {
    const first = await cli(t, ["demo", "load"], { now });
    expect(first.code).toBe(0);
    expect(first.output).toMatch(/Demo province DEMO: \d+ units, \d+ people and 2 campaigns added/);
    const again = await cli(t, ["demo", "load"], { now });
    expect(again.output).toContain("Demo province DEMO: 0 units, 0 people and 0 campaigns added");

    const list = await cli(t, ["units", "list"], { locale: "vi" });
    expect(list.code).toBe(0);
    const lines = list.output.split("\n");
    expect(lines[0]).toMatch(/^Tỉnh Demo: (\d+) đơn vị$/);
    expect(Number(/(\d+) đơn vị/.exec(lines[0]!)![1])).toBeGreaterThanOrEqual(40);
    expect(list.output).toMatch(/^SGDDT {2}Sở Giáo dục và Đào tạo {2}\[SO\]/m);
    // Schools under a commune are indented two levels.
    expect(list.output).toMatch(/^ {4}MN-XA\d\d-\d\d {2}Trường Mầm non/m);
    expect(await t.db.$count(people)).toBeGreaterThanOrEqual(300);

    const camps = await t.db.select().from(campaigns);
    expect(camps.map((c) => c.kind).sort()).toEqual(["nomination", "registration"]);
    // 30 days after loading, by the end of that day in Vietnam: 22/12/2026 23:59:59.999 +07.
    expect(camps[0]!.deadlineAt.toISOString()).toBe("2026-12-22T16:59:59.999Z");
  });

  it("creates, lists and closes campaigns with dates as dd/mm/yyyy", async () => {
    const bad = await run(["campaign", "create", "--kind", "review", "--title", "Sơ kết", "--deadline", "31/02/2027"]);
    expect(bad.code).toBe(2);
    expect(bad.output).toContain("Argument --deadline is not valid: expected a date as dd/mm/yyyy");

    const badKind = await run(["campaign", "create", "--kind", "party", "--title", "x", "--deadline", "20/01/2027"]);
    expect(badKind.code).toBe(2);
    expect(badKind.output).toContain("--kind");

    const made = await run(["campaign", "create", "--kind", "review", "--title", "Sơ kết học kỳ I", "--deadline", "20/01/2027"], "vi");
    expect(made.code).toBe(0);
    const id = Number(/#(\d+)/.exec(made.output)![1]);
    expect(made.output).toContain(`Đã tạo đợt #${id} "Sơ kết học kỳ I" năm học 2026-2027, hạn nộp 20/01/2027.`);

    const list = await run(["campaign", "list"], "vi");
    expect(list.output).toContain(`#${id}\tSơ kết, tổng kết\t2026-2027\t22/11/2026 → 20/01/2027\tđang mở\tSơ kết học kỳ I`);

    expect((await run(["campaign", "close", "--id", String(id)])).code).toBe(0);
    const again = await run(["campaign", "close", "--id", String(id)]);
    expect(again.code).toBe(1);
    expect(again.output).toContain(`Campaign #${id} is already closed.`);
    const log = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(id)));
    expect(log.filter((l) => l.entity === "campaign").map((l) => l.action)).toEqual(["create", "close"]);
  });

  it("creates an invite with its Telegram deep link, and revokes it", async () => {
    const r = await cli(t, ["invite", "create", "--unit", "THPT01", "--role", "staff", "--expires", "31/12/2026", "--max-uses", "40"], {
      env: { BOT_USERNAME: "thidua_demo_bot" },
    });
    expect(r.code).toBe(0);
    const code = /Invite code: ([A-Z0-9]{10})/.exec(r.output)![1]!;
    expect(r.output).toContain(`Telegram link: https://t.me/thidua_demo_bot?start=${code}`);
    expect(r.output).toContain("Expires after 31/12/2026.");
    expect(r.output).toContain("Can be used 40 times at most.");
    expect((await run(["invite", "revoke", code])).output).toContain(`Revoked code ${code}.`);
    expect((await run(["invite", "create", "--unit", "THPT01", "--role", "boss"])).code).toBe(2);
    expect((await run(["invite", "create", "--unit", "NOPE", "--role", "staff"])).output).toContain("There is no unit with code NOPE.");
  });

  it("grants and revokes roles, with the audit trail", async () => {
    const [p] = await t.db.select().from(people).limit(1);
    const grant = await run(["role", "grant", "--person", String(p!.id), "--role", "focal", "--unit", "THPT02"]);
    expect(grant.code).toBe(0);
    expect(grant.output).toContain(`Granted Focal person to person #${p!.id}.`);
    expect((await run(["role", "grant", "--person", String(p!.id), "--role", "focal", "--unit", "THPT02"])).output).toContain(
      "already has",
    );
    expect((await run(["role", "grant", "--person", String(p!.id), "--role", "focal"])).output).toContain("This role needs a unit");
    expect((await run(["role", "revoke", "--person", String(p!.id), "--role", "focal", "--unit", "THPT02"])).code).toBe(0);
    const left = await t.db.select().from(roles).where(eq(roles.personId, p!.id));
    expect(left.some((r) => r.role === "focal" && r.unitId !== null && r.unitId !== p!.unitId)).toBe(false);
    const log = await t.db.select().from(auditLog).where(eq(auditLog.entity, "role"));
    expect(log.map((l) => l.action)).toEqual(["grant", "revoke"]);
  });

  it("bad numbers and unknown options exit non-zero with a clear message", async () => {
    const r = await run(["role", "grant", "--person", "abc", "--role", "staff", "--unit", "THPT01"]);
    expect(r.code).toBe(2);
    expect(r.output).toContain("Argument --person is not valid: expected a positive whole number");
    const u = await run(["units", "list", "--colour"]);
    expect(u.code).toBe(2);
    expect(u.output).toContain("Invalid option");
  });
});
