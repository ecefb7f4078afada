import { sql } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import { driverError } from "../../db/errors.js";
import { lastStatement } from "../../db/pipeline.js";
import { preparedSql } from "../../db/prepared.js";
import { rowsOf } from "../../db/rows.js";
import { isLocale, localeFromClient, type Locale } from "../../i18n.js";
import { actorFingerprint, actorSelect, type ActorRow } from "./actor.js";
import type { Conversation } from "./store.js";
import type { InboundEvent } from "./types.js";

export type { Conversation };

/**
 * What a step starts from: the conversation and the person behind it, either read and locked by
 * claimStored or remembered by this instance (then confirmed when the step saves).
 */
export interface Claimed {
  conv: Conversation;
  actorRow: ActorRow | undefined;
  /** actorFingerprint of actorRow, null without one. */
  actorFp: string | null;
}

interface ClaimRow extends ActorRow {
  flow: string | null;
  step: string | null;
  data: Record<string, unknown> | string | null;
  version: number;
  revision: number;
  locale: string;
  conv_person_id: number | null;
  conv_province_id: number | null;
  actor_fp: string | null;
}

const claimStatement = preparedSql<{ channel: string; externalId: string; updateId: string; locale: Locale }>(
  "claim-update",
  sql`
    with fresh as (
      insert into processed_updates (channel, update_id) values (${sql.placeholder("channel")}, ${sql.placeholder("updateId")})
      on conflict do nothing returning 1
    ), conv as (
      insert into conversations (channel, external_id, locale)
      select ${sql.placeholder("channel")}, ${sql.placeholder("externalId")}, ${sql.placeholder("locale")} from fresh
      on conflict (channel, external_id) do update set channel = excluded.channel
      returning flow, step, data, version, revision, locale, person_id as conv_person_id, province_id as conv_province_id
    )
    select conv.*, a.*, ${actorFingerprint("a")} as actor_fp
    from conv left join lateral (${actorSelect(sql.placeholder("channel"), sql.placeholder("externalId"))}) a on true`,
);

/**
 * The first statement of a step, in one round trip: records the update id (a redelivery finds it
 * and gets null), creates the conversation on first contact and locks it (two updates of one user
 * on two instances wait for each other), and loads the person behind the identity.
 */
export async function claimStored(tx: Tx, event: InboundEvent, defaultLocale: Locale): Promise<Claimed | null> {
  const { channel, externalId } = event.user;
  const locale = localeFromClient(event.languageCode, defaultLocale);
  const [row] = rowsOf<ClaimRow>(await claimStatement(tx, { channel, externalId, updateId: event.updateId, locale }));
  if (!row) return null;
  const data = typeof row.data === "string" ? (JSON.parse(row.data) as Record<string, unknown>) : row.data;
  return {
    conv: {
      flow: row.flow,
      step: row.step,
      data: data ?? {},
      version: Number(row.version),
      revision: Number(row.revision),
      locale: isLocale(row.locale) ? row.locale : defaultLocale,
      personId: row.conv_person_id,
      provinceId: row.conv_province_id,
    },
    actorRow: row.identity_id === null ? undefined : row,
    actorFp: row.actor_fp,
  };
}

/** The update id was recorded already (saveRemembered inserts it without ON CONFLICT). */
export function isDuplicateUpdate(e: unknown): boolean {
  const error = driverError(e);
  return error?.code === "23505" && /processed_updates/.test(error.constraint ?? "");
}

type SaveValues = {
  flow: string | null;
  step: string | null;
  data: string;
  version: number;
  locale: Locale;
  personId: number | null;
  provinceId: number | null;
  at: string;
  channel: string;
  externalId: string;
  updateId: string;
  /** The step's replies (replies.ts encodeReplies); "[]" stores nothing. */
  replies: string;
  lease: number;
};

/** The conversation's new columns; its revision moves on with every save. */
const newState = sql`flow = ${sql.placeholder("flow")}, step = ${sql.placeholder("step")}, data = ${sql.placeholder("data")}::jsonb,
    version = ${sql.placeholder("version")}, revision = revision + 1, locale = ${sql.placeholder("locale")}, person_id = ${sql.placeholder("personId")},
    province_id = ${sql.placeholder("provinceId")}, updated_at = ${sql.placeholder("at")}::timestamptz`;
const thisConversation = sql`channel = ${sql.placeholder("channel")} and external_id = ${sql.placeholder("externalId")}`;
/**
 * The step's replies, kept until the channel has sent them (replies.ts); in the same statement.
 * The lease runs from now, not from the transaction's start (now()): a step that waited long on
 * a lock would otherwise commit replies already free for the recovery sweep to send twice.
 */
const keepReplies = sql`insert into step_replies (channel, update_id, external_id, locale, replies, lease_until)
    select ${sql.placeholder("channel")}, ${sql.placeholder("updateId")}, ${sql.placeholder("externalId")}, ${sql.placeholder("locale")},
      ${sql.placeholder("replies")}::jsonb, clock_timestamp() + ${sql.placeholder("lease")}::int * interval '1 second'
    where ${sql.placeholder("replies")}::text <> '[]'`;

/** After claimStored: the row is locked by this transaction. JSON and times go as text (raw parameters). */
const saveStatement = preparedSql<SaveValues>(
  "save-conversation",
  sql`with kept as (${keepReplies}) update conversations set ${newState} where ${thisConversation}`,
);

/**
 * After a step that started from a remembered copy (see RememberedConversations): records the
 * update id (a redelivery fails on the primary key), saves only over the revision the copy had,
 * and checks that the person is still the one the step saw. If either moved, the statement fails
 * with TD409 and takes the whole step with it.
 */
const saveRememberedStatement = preparedSql<SaveValues & { revision: number; actorFp: string | null }>(
  "save-remembered-conversation",
  sql`
    with fresh as (
      insert into processed_updates (channel, update_id) values (${sql.placeholder("channel")}, ${sql.placeholder("updateId")})
    ), kept as (${keepReplies}), saved as (
      update conversations set ${newState} where ${thisConversation} and revision = ${sql.placeholder("revision")}::int returning 1
    )
    select expect_conversation_unchanged(
      exists (select 1 from saved)
      and (select ${actorFingerprint("a")} from (${actorSelect(sql.placeholder("channel"), sql.placeholder("externalId"))}) a)
        is not distinct from ${sql.placeholder("actorFp")}::text)`,
);

/**
 * Writes the conversation as the step left it, as the step's last statement (on the real server
 * it goes out together with COMMIT, or alone when the step sent nothing else). `from` is the
 * remembered copy the step started from, if it did; the stored revision becomes its revision + 1.
 */
export function saveConversation(
  tx: Tx,
  event: InboundEvent,
  conv: Omit<Conversation, "revision">,
  json: { data: string; replies: string; leaseSeconds: number },
  at: Date,
  from: Claimed | null,
): Promise<unknown> {
  const values: SaveValues = {
    flow: conv.flow,
    step: conv.step,
    data: json.data,
    version: conv.version,
    locale: conv.locale,
    personId: conv.personId,
    provinceId: conv.provinceId,
    at: at.toISOString(),
    channel: event.user.channel,
    externalId: event.user.externalId,
    updateId: event.updateId,
    replies: json.replies,
    lease: json.leaseSeconds,
  };
  if (!from) return lastStatement(tx, () => saveStatement(tx, values));
  return lastStatement(tx, () => saveRememberedStatement(tx, { ...values, revision: from.conv.revision, actorFp: from.actorFp }));
}
