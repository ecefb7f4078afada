import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "../../src/db/schema.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

describe("schema round-trips", () => {
  it("stores and reads back the whole organisation model", async () => {
    const db = t.db;
    const [province] = await db
      .insert(s.provinces)
      .values({ code: "PY", name: "Phú Yên", settings: { cstdcsQuotaPercent: 15 } })
      .returning();
    const provinceId = province!.id;
    const [kind] = await db.insert(s.unitKinds).values({ provinceId, code: "THCS", name: "Trường THCS" }).returning();
    const [cluster] = await db.insert(s.clusters).values({ provinceId, name: "Cụm thi đua số 1" }).returning();
    const [parent] = await db.insert(s.units).values({ provinceId, code: "XA01", name: "UBND xã An Phú", kindId: kind!.id }).returning();
    const [unit] = await db
      .insert(s.units)
      .values({ provinceId, code: "THCS01", name: "Trường THCS Lê Lợi", kindId: kind!.id, parentId: parent!.id, clusterId: cluster!.id })
      .returning();
    const [person] = await db
      .insert(s.people)
      .values({ provinceId, unitId: unit!.id, fullName: "Huỳnh Thị Ngọc Ánh", position: "Giáo viên", phone: "0935123456" })
      .returning();
    await db
      .insert(s.personYears)
      .values({ provinceId, personId: person!.id, schoolYear: "2024-2025", rating: "HTXSNV", titles: ["LDTT", "CSTDCS"] });
    await db.insert(s.channelIdentities).values({ provinceId, personId: person!.id, channel: "zalo", externalId: "6ede9afa1b2c" });
    await db.insert(s.roles).values({ provinceId, personId: person!.id, role: "focal", unitId: unit!.id });
    const [year] = await db
      .insert(s.schoolYears)
      .values({ provinceId, label: "2025-2026", startsOn: "2025-08-01", endsOn: "2026-07-31" })
      .returning();
    const deadline = new Date("2025-10-20T16:59:59.999Z");
    const [campaign] = await db
      .insert(s.campaigns)
      .values({
        provinceId,
        schoolYearId: year!.id,
        kind: "registration",
        title: "Đăng ký thi đua",
        opensAt: new Date("2025-09-05T01:00:00Z"),
        deadlineAt: deadline,
        settings: { reminders: { offsets: [-7, -3, -1, 0] } },
      })
      .returning();

    const [back] = await db
      .select({
        name: s.people.fullName,
        unit: s.units.name,
        kind: s.unitKinds.code,
        cluster: s.clusters.name,
        rating: s.personYears.rating,
        titles: s.personYears.titles,
      })
      .from(s.people)
      .innerJoin(s.units, eq(s.units.id, s.people.unitId))
      .innerJoin(s.unitKinds, eq(s.unitKinds.id, s.units.kindId))
      .leftJoin(s.clusters, eq(s.clusters.id, s.units.clusterId))
      .leftJoin(s.personYears, eq(s.personYears.personId, s.people.id));
    expect(back).toEqual({
      name: "Huỳnh Thị Ngọc Ánh",
      unit: "Trường THCS Lê Lợi",
      kind: "THCS",
      cluster: "Cụm thi đua số 1",
      rating: "HTXSNV",
      titles: ["LDTT", "CSTDCS"],
    });
    const [c] = await db.select().from(s.campaigns).where(eq(s.campaigns.id, campaign!.id));
    expect(c!.deadlineAt.toISOString()).toBe(deadline.toISOString());
    expect(c!.settings).toEqual({ reminders: { offsets: [-7, -3, -1, 0] } });
    const [p] = await db.select().from(s.provinces).where(eq(s.provinces.id, provinceId));
    expect(p!.settings).toEqual({ cstdcsQuotaPercent: 15 });
  });

  it("refuses a second unit with the same code in a province, a duplicate role, or a duplicate identity", async () => {
    const db = t.db;
    const [province] = await db.insert(s.provinces).values({ code: "BP", name: "Bình Phước" }).returning();
    const provinceId = province!.id;
    const [kind] = await db.insert(s.unitKinds).values({ provinceId, code: "TH", name: "TH" }).returning();
    await db.insert(s.units).values({ provinceId, code: "U1", name: "A", kindId: kind!.id });
    await expect(db.insert(s.units).values({ provinceId, code: "U1", name: "B", kindId: kind!.id })).rejects.toThrow();
    const [person] = await db.insert(s.people).values({ provinceId, fullName: "Vũ Văn Nam" }).returning();
    await db.insert(s.roles).values({ provinceId, personId: person!.id, role: "office", unitId: null });
    // NULLS NOT DISTINCT: two province-wide office roles for one person are one too many.
    await expect(db.insert(s.roles).values({ provinceId, personId: person!.id, role: "office", unitId: null })).rejects.toThrow();
    await db.insert(s.channelIdentities).values({ provinceId, personId: person!.id, channel: "telegram", externalId: "42" });
    await expect(
      db.insert(s.channelIdentities).values({ provinceId, personId: person!.id, channel: "telegram", externalId: "42" }),
    ).rejects.toThrow();
  });

  it("the audit log is append-only", async () => {
    const db = t.db;
    const [row] = await db
      .insert(s.auditLog)
      .values({ actor: "cli", action: "create", entity: "unit", entityId: "1", after: { a: 1 } })
      .returning();
    await expect(db.update(s.auditLog).set({ actor: "someone-else" }).where(eq(s.auditLog.id, row!.id))).rejects.toThrow();
    await expect(db.delete(s.auditLog).where(eq(s.auditLog.id, row!.id))).rejects.toThrow();
    const [still] = await db.select().from(s.auditLog).where(eq(s.auditLog.id, row!.id));
    expect(still!.actor).toBe("cli");
    expect(await db.$count(s.auditLog)).toBeGreaterThan(0);
  });
});
