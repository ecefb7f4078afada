/**
 * A generated province for the benchmarks: units, people (one focal person a unit), a registration
 * campaign with registrations, targets and collectives, half the units submitted. Generated in SQL:
 * fast on both engines, and deterministic.
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../src/db/client.js";
import { campaigns, clusters, unitKinds } from "../src/db/schema.js";
import { createCampaign } from "../src/services/campaigns.js";
import { ensureProvince } from "../src/services/provinces.js";

/** Generates the province in SQL: fast on both engines, and deterministic. */
export async function seedProvince(
  db: Db,
  registrationCount: number,
  unitCount: number,
): Promise<{ provinceId: number; campaignId: number }> {
  const province = await ensureProvince(db, "BENCH", "Tỉnh Bench", "bench");
  const p = province.id;
  const [kind] = await db.insert(unitKinds).values({ provinceId: p, code: "THCS", name: "Trường trung học cơ sở" }).returning();
  const [c1] = await db.insert(clusters).values({ provinceId: p, name: "Cụm thi đua số 1" }).returning();
  await db.execute(sql`
    insert into units (province_id, code, name, kind_id, cluster_id)
    select ${p}, 'U' || lpad(g::text, 5, '0'), 'Trường THCS số ' || g, ${kind!.id}, ${c1!.id}
    from generate_series(1, ${unitCount}) g`);
  const family = sql.raw(`array['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi','Đỗ','Hồ']`);
  const middle = sql.raw(`array['Văn','Thị','Minh','Đức','Thu','Ngọc','Hữu','Thanh']`);
  const given = sql.raw(
    `array['An','Ánh','Bình','Cường','Dũng','Hà','Hương','Lan','Minh','Nam','Phương','Sơn','Thảo','Trang','Tuấn','Yến']`,
  );
  await db.execute(sql`
    insert into people (province_id, unit_id, full_name, position)
    select ${p}, u.id, (${family})[1 + g % 10] || ' ' || (${middle})[1 + (g / 10) % 8] || ' ' || (${given})[1 + (g / 80) % 16],
           case when g % 9 = 0 then 'Tổ trưởng chuyên môn' else 'Giáo viên' end
    from generate_series(0, ${registrationCount - 1}) g
    join units u on u.province_id = ${p} and u.code = 'U' || lpad(((g % ${unitCount}) + 1)::text, 5, '0')`);
  await db.execute(sql`
    insert into roles (province_id, person_id, role, unit_id)
    select ${p}, min(id), 'focal', unit_id from people where province_id = ${p} group by unit_id`);
  const now = new Date();
  const campaign = await createCampaign(
    db,
    {
      provinceId: p,
      kind: "registration",
      title: "Đăng ký thi đua (bench)",
      schoolYear: "2025-2026",
      opensAt: new Date(now.getTime() - 86_400_000),
      deadlineAt: new Date(now.getTime() + 86_400_000),
    },
    "bench",
  );
  const cid = campaign.id;
  await db.execute(sql`
    insert into registrations (province_id, campaign_id, unit_id, person_id, title_code, award_code, initiative_title, initiative_subject, status)
    select ${p}, ${cid}, unit_id, id,
           case when id % 7 = 0 then 'CSTDCS' else 'LDTT' end,
           case when id % 5 = 0 then 'GIAY_KHEN_DON_VI' end,
           case when id % 4 = 0 then 'Ứng dụng công nghệ trong dạy học, số ' || id end,
           case when id % 4 = 0 then 'Toán' end,
           case when id % 3 = 0 then 'approved' else 'pending' end
    from people where province_id = ${p}`);
  await db.execute(sql`
    insert into unit_targets (province_id, campaign_id, unit_id, content, measure, planned)
    select ${p}, ${cid}, u.id, t.content, '%', t.planned
    from units u cross join (values ('Tỷ lệ học sinh lên lớp', '98'), ('Tỷ lệ học sinh khá giỏi', '60'), ('Giáo viên dạy giỏi cấp tỉnh', '5')) t(content, planned)
    where u.province_id = ${p}`);
  await db.execute(sql`
    insert into collective_registrations (province_id, campaign_id, unit_id, group_name, title_code)
    select ${p}, ${cid}, u.id, g.name, g.title
    from units u cross join (values (null, 'TTLDXS'), ('Tổ Toán – Tin', 'TTLDTT')) g(name, title)
    where u.province_id = ${p}`);
  await db.execute(sql`
    insert into unit_submissions (province_id, campaign_id, unit_id, status, submitted_at)
    select ${p}, ${cid}, id, 'submitted', now() from units where province_id = ${p} and id % 2 = 0`);
  // A database filled over a year has statistics; one filled a second ago needs them gathered.
  await db.execute(sql`analyze`);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(campaigns)
    .where(eq(campaigns.id, cid));
  if (!row) throw new Error("campaign missing");
  return { provinceId: p, campaignId: cid };
}
