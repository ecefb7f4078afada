import { EventEmitter } from "node:events";
import { sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.js";
import { rowsOf } from "../../db/rows.js";
import type { JobRecipient } from "../../db/schema.js";

/** Any fixed number: claims are taken one at a time under it, so "one per kind and province" holds. */
const CLAIM_LOCK_KEY = 7_140_2012;

/** A time as a parameter both drivers take (postgres.js wants no Date in a raw statement). */
const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

export interface JobRow {
  id: number;
  kind: string;
  provinceId: number;
  requestKey: string;
  payload: Record<string, unknown>;
  recipients: JobRecipient[];
  status: "queued" | "running" | "done" | "failed";
  attempts: number;
  progressDone: number;
  progressTotal: number;
  result: Record<string, unknown> | null;
}

const columns =
  sql.raw(`jobs.id::int as "id", jobs.kind, jobs.province_id as "provinceId", jobs.request_key as "requestKey", jobs.payload, jobs.recipients,
  jobs.status, jobs.attempts, jobs.progress_done as "progressDone", jobs.progress_total as "progressTotal", jobs.result`);

/** Tells this process's runner that a job was queued, so it need not wait for its next poll. */
export const jobEvents = new EventEmitter();

export interface Enqueued {
  id: number;
  /** True when the same request was already queued or running: this one joined it. */
  joined: boolean;
}

/**
 * Queues a job, in the caller's transaction (a chat step's: the job exists exactly when the reply
 * does). The same request while one is queued or running is not queued again: the recipient joins
 * it and gets the same file.
 */
export async function enqueueJob(
  tx: DbOrTx,
  job: { kind: string; provinceId: number; requestKey: string; payload: Record<string, unknown>; recipient: JobRecipient; total?: number },
): Promise<Enqueued> {
  const recipient = JSON.stringify([job.recipient]);
  const [row] = rowsOf<{ id: number; joined: boolean }>(
    await tx.execute(sql`
      insert into jobs (kind, province_id, request_key, payload, recipients, progress_total)
      values (${job.kind}, ${job.provinceId}, ${job.requestKey}, ${JSON.stringify(job.payload)}::jsonb, ${recipient}::jsonb, ${job.total ?? 0})
      on conflict (kind, request_key) where status in ('queued', 'running') do update
        set recipients = case when jobs.recipients @> excluded.recipients then jobs.recipients else jobs.recipients || excluded.recipients end
      returning id::int as id, (xmax <> 0) as joined`),
  );
  jobEvents.emit("queued");
  return row!;
}

/**
 * Takes the oldest job this instance can run: queued, or running under a lease that ran out (its
 * instance died), and no other job of its kind and province running under a live lease. Rows are
 * locked SKIP LOCKED and claims are serialised by a transaction lock, so two instances never take
 * the same job, nor two jobs of one kind and province.
 */
export async function claimJob(db: Db, opts: { kinds: string[]; owner: string; now: Date; leaseMs: number }): Promise<JobRow | null> {
  if (opts.kinds.length === 0) return null;
  const leaseUntil = new Date(opts.now.getTime() + opts.leaseMs);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CLAIM_LOCK_KEY})`);
    const kinds = sql.join(
      opts.kinds.map((k) => sql`${k}`),
      sql`, `,
    );
    const [row] = rowsOf<JobRow>(
      await tx.execute(sql`
        with next as (
          select j.id from jobs j
          where j.kind in (${kinds})
            and (j.status = 'queued' or (j.status = 'running' and j.lease_until < ${at(opts.now)}))
            and not exists (
              select 1 from jobs r
              where r.kind = j.kind and r.province_id = j.province_id and r.id <> j.id
                and r.status = 'running' and r.lease_until >= ${at(opts.now)})
          order by j.id
          limit 1
          for update skip locked)
        update jobs set status = 'running', attempts = jobs.attempts + 1, lease_owner = ${opts.owner}, lease_until = ${at(leaseUntil)},
          started_at = coalesce(jobs.started_at, ${at(opts.now)})
        from next where jobs.id = next.id
        returning ${columns}`),
    );
    return row ?? null;
  });
}

/** Renews the lease and records progress; false when the lease is no longer ours (stop working). */
export async function heartbeat(
  db: Db,
  job: { id: number; owner: string; now: Date; leaseMs: number; done?: number; total?: number },
): Promise<boolean> {
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`
      update jobs set lease_until = ${at(new Date(job.now.getTime() + job.leaseMs))},
        progress_done = coalesce(${job.done ?? null}::int, progress_done), progress_total = coalesce(${job.total ?? null}::int, progress_total)
      where id = ${job.id} and lease_owner = ${job.owner} and status = 'running'
      returning id`),
  );
  return rows.length > 0;
}

/** Keeps what the job made (while the lease is ours); the file is then delivered from it. */
export async function saveResult(
  db: Db,
  job: { id: number; owner: string; done: number; total: number },
  result: Record<string, unknown>,
): Promise<boolean> {
  const rows = rowsOf<{ id: number }>(
    await db.execute(
      sql`update jobs set result = ${JSON.stringify(result)}::jsonb, progress_done = ${job.done}, progress_total = ${job.total} where id = ${job.id} and lease_owner = ${job.owner} and status = 'running' returning id`,
    ),
  );
  return rows.length > 0;
}

/** Notes one recipient as served, so an instance that takes over does not send them the file again. */
export async function markDelivered(db: Db, job: { id: number; owner: string }, key: string): Promise<boolean> {
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`
      update jobs set result = jsonb_set(coalesce(result, '{}'::jsonb), '{delivered}', coalesce(result->'delivered', '[]'::jsonb) || to_jsonb(${key}::text))
      where id = ${job.id} and lease_owner = ${job.owner} and status = 'running' returning id`),
  );
  return rows.length > 0;
}

/**
 * Ends the job, unless somebody joined it since its recipients were read (they are served first):
 * true when the job is finished.
 */
export async function finishJob(
  db: Db,
  job: { id: number; owner: string; now: Date; recipients: number; status: "done" | "failed"; error?: string },
): Promise<boolean> {
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`
      update jobs set status = ${job.status}, finished_at = ${at(job.now)}, lease_owner = null, lease_until = null, last_error = ${job.error ?? null}
      where id = ${job.id} and lease_owner = ${job.owner} and status = 'running' and jsonb_array_length(recipients) = ${job.recipients}
      returning id`),
  );
  return rows.length > 0;
}

/** Puts a job whose run failed back in the queue, for another try. */
export async function releaseJob(db: Db, job: { id: number; owner: string; error: string }): Promise<void> {
  await db.execute(sql`
    update jobs set status = 'queued', lease_owner = null, lease_until = null, last_error = ${job.error}
    where id = ${job.id} and lease_owner = ${job.owner} and status = 'running'`);
}

export async function loadJob(db: DbOrTx, id: number): Promise<JobRow | null> {
  const [row] = rowsOf<JobRow>(await db.execute(sql`select ${columns} from jobs where id = ${id}`));
  return row ?? null;
}
