import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, inviteCodes, unitKinds, units } from "../../src/db/schema.js";
import { createInvite, redeemInvite, revokeInvite } from "../../src/services/invites.js";
import { ensureProvince } from "../../src/services/provinces.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
let provinceId: number;
let unitId: number;
const now = new Date("2025-10-01T03:00:00Z");

beforeEach(async () => {
  t = await createTestDatabase();
  provinceId = (await ensureProvince(t.db, "ND", "Nam Định", "test")).id;
  const [kind] = await t.db.insert(unitKinds).values({ provinceId, code: "THPT", name: "THPT" }).returning();
  const [unit] = await t.db.insert(units).values({ provinceId, code: "A", name: "Trường A", kindId: kind!.id }).returning();
  unitId = unit!.id;
});
afterEach(() => t.destroy());

const invite = (extra: { expiresAt?: Date | null; maxUses?: number | null } = {}) =>
  createInvite(t.db, { provinceId, unitId, role: "staff", expiresAt: extra.expiresAt ?? null, maxUses: extra.maxUses ?? null }, "test");

describe("invite codes", () => {
  it("codes are 10 unambiguous characters and can be typed in lower case with spaces", async () => {
    const inv = await invite();
    expect(inv.code).toMatch(/^[A-HJKMNP-Z2-9]{10}$/);
    const typed = `${inv.code.slice(0, 5).toLowerCase()} ${inv.code.slice(5)}`;
    expect(await redeemInvite(t.db, typed, now)).toMatchObject({ invite: { id: inv.id, uses: 1 } });
  });

  it("expires at its expiry time", async () => {
    const inv = await invite({ expiresAt: new Date(now.getTime() + 1000) });
    expect(await redeemInvite(t.db, inv.code, now)).toHaveProperty("invite");
    expect(await redeemInvite(t.db, inv.code, new Date(now.getTime() + 1000))).toEqual({ problem: "invite-expired" });
  });

  it("stops at max uses, even when redeemed concurrently", async () => {
    const inv = await invite({ maxUses: 3 });
    const results = await Promise.all(Array.from({ length: 8 }, () => redeemInvite(t.db, inv.code, now)));
    expect(results.filter((r) => "invite" in r)).toHaveLength(3);
    expect(results.filter((r) => "problem" in r && r.problem === "invite-used-up")).toHaveLength(5);
    const [row] = await t.db.select().from(inviteCodes).where(eq(inviteCodes.id, inv.id));
    expect(row!.uses).toBe(3);
  });

  it("a revoked code cannot be used, and the revocation is audited", async () => {
    const inv = await invite();
    await revokeInvite(t.db, provinceId, inv.code, now, "cli");
    expect(await redeemInvite(t.db, inv.code, now)).toEqual({ problem: "invite-revoked" });
    const log = await t.db.select().from(auditLog).where(eq(auditLog.entity, "invite"));
    expect(log.map((l) => l.action)).toEqual(["create", "revoke"]);
  });

  it("an unknown code says so", async () => {
    expect(await redeemInvite(t.db, "NOSUCHCODE", now)).toEqual({ problem: "invite-unknown" });
  });

  it("office invites take no unit, unit roles need one", async () => {
    // Issue #16: a unit-wide invite is for staff only; higher roles need a personal invite.
    await expect(createInvite(t.db, { provinceId, unitId, role: "office", expiresAt: null, maxUses: null }, "test")).rejects.toMatchObject({
      key: "security-invite-role-needs-person",
    });
    await expect(
      createInvite(t.db, { provinceId, unitId: null, role: "focal", expiresAt: null, maxUses: null }, "test"),
    ).rejects.toMatchObject({ key: "security-invite-role-needs-person" });
    await expect(
      createInvite(t.db, { provinceId, unitId: null, role: "staff", expiresAt: null, maxUses: null }, "test"),
    ).rejects.toMatchObject({ key: "invite-needs-unit" });
  });
});
