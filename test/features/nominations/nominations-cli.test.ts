import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nominations, outbox } from "../../../src/db/schema.js";
import { openNominationCampaign } from "../../../src/features/nominations/service.js";
import { demoWorld, type DemoWorld } from "../../support/chat.js";
import { cli } from "../../support/cli.js";
import { createTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let world: DemoWorld;
const now = new Date("2026-11-22T03:00:00Z");
const run = (argv: string[]) => cli(t, argv, { locale: "vi", now });

beforeAll(async () => {
  t = await createTestDatabase();
  world = await demoWorld(t, now);
});
afterAll(() => t.destroy());

describe("nominations CLI", () => {
  it("lists submitted nominations, returns one with a reason (the unit is told), and accepts it once resubmitted", async () => {
    const campaign = (await openNominationCampaign(t.db, world.provinceId, now))!;
    const [n] = await t.db
      .insert(nominations)
      .values({
        provinceId: world.provinceId,
        campaignId: campaign.id,
        unitId: world.unitId,
        kind: "collective",
        nomineeName: "Tổ Toán - Tin",
        field: "Giáo dục",
        summary: "Tổ chuyên môn dẫn đầu phong trào đổi mới.",
        status: "submitted",
        submittedAt: now,
      })
      .returning();

    const list = await run(["nominations", "list"]);
    expect(list.code).toBe(0);
    expect(list.output).toContain(`#${n!.id}`);
    expect(list.output).toContain("Tổ Toán - Tin");

    // A return needs a reason; without one nothing changes.
    expect((await run(["nominations", "return", "--id", String(n!.id)])).code).not.toBe(0);
    expect((await t.db.select().from(nominations).where(eq(nominations.id, n!.id)))[0]!.status).toBe("submitted");

    const back = await run(["nominations", "return", "--id", String(n!.id), "--reason", "Thiếu minh chứng"]);
    expect(back.code).toBe(0);
    expect((await t.db.select().from(nominations).where(eq(nominations.id, n!.id)))[0]).toMatchObject({
      status: "returned",
      returnReason: "Thiếu minh chứng",
    });
    const told = await t.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.personId, world.focal.personId), eq(outbox.kind, "notification")));
    expect(told.map((o) => o.message)).toContainEqual({
      key: "notify-nomination-returned",
      vars: { name: "Tổ Toán - Tin", reason: "Thiếu minh chứng" },
    });

    // A returned nomination cannot be accepted until the unit submits it again.
    expect((await run(["nominations", "accept", "--id", String(n!.id)])).code).not.toBe(0);
    await t.db.update(nominations).set({ status: "submitted", returnReason: null }).where(eq(nominations.id, n!.id));
    expect((await run(["nominations", "accept", "--id", String(n!.id)])).code).toBe(0);
    expect((await t.db.select().from(nominations).where(eq(nominations.id, n!.id)))[0]!.status).toBe("accepted");
  });
});
