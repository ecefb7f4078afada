import { and, eq } from "drizzle-orm";
import { campaigns, roles } from "../../src/db/schema.js";
import { endOfLocalDay } from "../../src/domain/calendar.js";
import { demoWorld, link, TZ, type DemoWorld } from "../support/chat.js";
import type { TestDatabase } from "../support/db.js";

/** The demo province with its registration campaign due 20/10/2026 (seed 002), people on Telegram. */
export async function reminderWorld(t: TestDatabase) {
  const world: DemoWorld = await demoWorld(t, new Date("2026-09-01T03:00:00Z"));
  const deadline = endOfLocalDay({ year: 2026, month: 10, day: 20 }, TZ);
  await t.db.update(campaigns).set({ deadlineAt: deadline }).where(eq(campaigns.kind, "registration"));
  await t.db
    .update(campaigns)
    .set({ closedAt: new Date("2026-09-01T00:00:00Z") })
    .where(eq(campaigns.kind, "nomination"));
  const [campaign] = await t.db.select().from(campaigns).where(eq(campaigns.kind, "registration"));
  const [leader] = await t.db
    .select({ id: roles.personId })
    .from(roles)
    .where(and(eq(roles.unitId, world.unitId), eq(roles.role, "unit_leader")));
  await link(t, world.focal.personId, "31001");
  await link(t, leader!.id, "31002");
  await link(t, world.office.personId, "31003");
  return { world, campaign: campaign!, deadline, leaderId: leader!.id };
}

/** 08:00 Vietnam time on a day of October 2026. */
export const octoberAt8 = (day: number) => new Date(Date.UTC(2026, 9, day, 1, 0));
