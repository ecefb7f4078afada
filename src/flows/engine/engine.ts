import { eq, lt, sql } from "drizzle-orm";
import { ZodError } from "zod";
import type { Db, Tx } from "../../db/client.js";
import { people, processedUpdates } from "../../db/schema.js";
import { insertOutboxNotifications } from "../../services/notifications.js";
import { UserError } from "../../errors.js";
import { isLocale, type Locale, type Translator, type Vars } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import { resolveCommand, type CommandName } from "../commands.js";
import { actorFromRow, actorSelect, type ActorRow } from "./actor.js";
import { preparedSql } from "../../db/prepared.js";
import { rowsOf } from "../../db/rows.js";
import { unawaited } from "../../db/pipeline.js";
import { matchOption, parseDateAnswer, parseNumber } from "./input.js";
import type { Actor, Flow, FlowContext, InboundEvent, Message, Notification, Option, Outbound, Step, StepResult } from "./types.js";

export interface EngineDeps {
  db: Db;
  translator: Translator;
  logger: Logger;
  timeZone: string;
  defaultLocale: Locale;
  flows: Flow<any>[];
  /** Which flow a command starts; commands without one (help, cancel) are the engine's own. */
  commandFlows: Partial<Record<CommandName, string>>;
  /** The reply to /help, by actor. */
  help(actor: Actor | null, t: (key: string, vars?: Vars) => string): string;
  /** Text that, sent outside any flow, starts a flow (a Zalo user joins by typing the invite code). */
  idleText?(text: string, actor: Actor | null): { flow: string; data: Record<string, unknown> } | null;
  now?: () => Date;
}

export interface EngineResult {
  replies: Outbound[];
  /** The conversation's language after this step: text-only channels write their own words in it. */
  locale: Locale;
  /** True when outbox rows were written and a sender should look. */
  notified: boolean;
  duplicate: boolean;
}

interface ClaimRow extends ActorRow {
  flow: string | null;
  step: string | null;
  data: Record<string, unknown> | string | null;
  version: number;
  locale: string;
  conv_person_id: number | null;
  conv_province_id: number | null;
}

interface Conversation {
  flow: string | null;
  step: string | null;
  data: Record<string, unknown>;
  version: number;
  locale: Locale;
  personId: number | null;
  provinceId: number | null;
}

/** Telegram's language_code is "vi", "en", "en-GB", …: anything not Vietnamese gets English. */
function localeFromClient(code: string | undefined, fallback: Locale): Locale {
  if (!code) return fallback;
  return code.toLowerCase().startsWith("vi") ? "vi" : "en";
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
      returning flow, step, data, version, locale, person_id as conv_person_id, province_id as conv_province_id
    )
    select conv.*, a.* from conv left join lateral (${actorSelect(sql.placeholder("channel"), sql.placeholder("externalId"))}) a on true`,
);

/** The conversation after a step. JSON and times go as text: raw parameters skip Drizzle's encoders. */
const saveConversation = preparedSql<{ flow: string | null; step: string | null; data: string; version: number; locale: Locale; personId: number | null; provinceId: number | null; at: string; channel: string; externalId: string }>(
  "save-conversation",
  sql`update conversations set flow = ${sql.placeholder("flow")}, step = ${sql.placeholder("step")}, data = ${sql.placeholder("data")}::jsonb,
    version = ${sql.placeholder("version")}, locale = ${sql.placeholder("locale")}, person_id = ${sql.placeholder("personId")},
    province_id = ${sql.placeholder("provinceId")}, updated_at = ${sql.placeholder("at")}::timestamptz
    where channel = ${sql.placeholder("channel")} and external_id = ${sql.placeholder("externalId")}`,
);

export function createEngine(deps: EngineDeps) {
  const flows = new Map(deps.flows.map((f) => [f.name, f]));
  const now = deps.now ?? (() => new Date());

  /**
   * The first statement of every step, in one round trip: records the update id (a redelivery
   * finds it and stops), creates the conversation on first contact and locks it (two updates of
   * one user on two instances wait for each other), and loads the person behind the identity.
   */
  async function claim(tx: Tx, event: InboundEvent): Promise<{ conv: Conversation; actorRow: ActorRow | undefined } | null> {
    const { channel, externalId } = event.user;
    const locale = localeFromClient(event.languageCode, deps.defaultLocale);
    const result = await claimStatement(tx, { channel, externalId, updateId: event.updateId, locale });
    const [row] = rowsOf<ClaimRow>(result);
    if (!row) return null;
    const data = typeof row.data === "string" ? (JSON.parse(row.data) as Record<string, unknown>) : row.data;
    return {
      conv: {
        flow: row.flow,
        step: row.step,
        data: data ?? {},
        version: Number(row.version),
        locale: isLocale(row.locale) ? row.locale : deps.defaultLocale,
        personId: row.conv_person_id,
        provinceId: row.conv_province_id,
      },
      actorRow: row.identity_id === null ? undefined : row,
    };
  }

  async function run(tx: Tx, event: InboundEvent): Promise<EngineResult> {
    const at = now();
    const claimed = await claim(tx, event);
    if (!claimed) return { replies: [], locale: deps.defaultLocale, notified: false, duplicate: true };
    const conv = claimed.conv;
    const actor = await actorFromRow(tx, claimed.actorRow, at);
    let locale: Locale = actor && isLocale(actor.locale) ? actor.locale : conv.locale;
    const state = { ...conv, personId: actor?.personId ?? conv.personId, provinceId: actor?.provinceId ?? conv.provinceId };
    const replies: Outbound[] = [];
    const notifications: Notification[] = [];
    const t = (key: string, vars?: Vars) => deps.translator.t(locale, key, vars);
    const say = (messages: Message[] = []) => {
      for (const m of messages) replies.push({ type: "text", text: t(m.key, m.vars) });
    };

    const memos = new Map<string, Promise<unknown>>();
    const ctxFor = (flowData: Record<string, unknown>): FlowContext<Record<string, unknown>> => ({
      tx,
      now: at,
      timeZone: deps.timeZone,
      get locale() {
        return locale;
      },
      actor: actor ?? null,
      user: event.user,
      data: flowData,
      t,
      notify: (n) => notifications.push(n),
      setLocale(l) {
        locale = l;
        state.locale = l;
      },
      bindPerson(personId, provinceId) {
        state.personId = personId;
        state.provinceId = provinceId;
      },
      memo<T>(key: string, load: () => Promise<T>): Promise<T> {
        let p = memos.get(key) as Promise<T> | undefined;
        if (!p) memos.set(key, (p = load()));
        return p;
      },
    });

    const currentFlow = () => (state.flow ? flows.get(state.flow) : undefined);
    const currentStep = (): Step<Record<string, unknown>> | undefined => {
      const f = currentFlow();
      return f && state.step ? f.steps[state.step] : undefined;
    };

    const clearFlow = () => {
      state.flow = null;
      state.step = null;
      state.data = {};
      state.version++;
    };

    /** Shows the current step's question (with its options as buttons or a numbered list). */
    const prompt = async () => {
      const step = currentStep();
      if (!step) return;
      const ctx = ctxFor(state.data);
      let question: Message;
      let options: Option[];
      try {
        currentFlow()!.guard?.(ctx);
        question = await step.prompt(ctx);
        options = "options" in step && step.options ? await step.options(ctx) : [];
      } catch (e) {
        // The step can no longer be shown to this person (role removed, unit locked…): leave it.
        if (!(e instanceof UserError)) throw e;
        clearFlow();
        say([{ key: e.key, vars: e.vars }]);
        return;
      }
      const text = t(question.key, question.vars);
      if (options.length === 0) replies.push({ type: "text", text });
      else replies.push({ type: "choices", text, options: options.map((o, i) => ({ label: o.label, token: `${state.version}:${i}` })) });
    };

    const apply = async (result: StepResult, depth = 0): Promise<void> => {
      if (depth > 5) throw new Error("flow start loop");
      say(result.say);
      if ("next" in result) {
        state.step = result.next;
        state.version++;
        await prompt();
      } else if ("done" in result) {
        if (result.send) replies.push(...result.send);
        clearFlow();
      } else {
        await startFlow(result.start, result.data ?? {}, depth + 1);
      }
    };

    const startFlow = async (name: string, data: Record<string, unknown>, depth = 0) => {
      const flow = flows.get(name);
      if (!flow) throw new Error(`unknown flow ${name}`);
      if (!flow.allowed(actor ?? null)) {
        clearFlow();
        say([{ key: actor ? "flow-not-allowed" : "flow-needs-join" }]);
        return;
      }
      state.flow = name;
      state.step = null;
      state.data = data;
      state.version++;
      let result: StepResult;
      try {
        result = await flow.start(ctxFor(state.data));
      } catch (e) {
        // Nothing to do here now (no campaign, unit locked…): say why and stay out of the flow.
        if (!(e instanceof UserError)) throw e;
        clearFlow();
        say([{ key: e.key, vars: e.vars }]);
        return;
      }
      await apply(result, depth);
    };

    /** Validates the answer for the current step and moves on, or explains and asks again. */
    const answer = async (step: Step<Record<string, unknown>>, payload: InboundEvent["payload"]) => {
      const ctx = ctxFor(state.data);
      const flow = currentFlow()!;
      try {
        if (!flow.allowed(actor ?? null)) throw new UserError(actor ? "flow-not-allowed" : "flow-needs-join");
        flow.guard?.(ctx);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        clearFlow();
        say([{ key: e.key, vars: e.vars }]);
        return;
      }
      const retry = async (key: string, vars?: Vars) => {
        say([{ key, vars }]);
        await prompt();
      };
      try {
        if (payload.kind === "choice") {
          const [version, index] = payload.token.split(":").map(Number);
          const options = "options" in step && step.options ? await step.options(ctx) : [];
          const option = version === state.version && Number.isInteger(index) ? options[index!] : undefined;
          if (!option) return retry("button-stale");
          if (step.input === "text" || step.input === "file") {
            if (!step.onOption) return retry("button-stale");
            return apply(await step.onOption(ctx, option.value));
          }
          if (step.input !== "choice" && step.input !== "confirm") return retry("button-stale");
          return apply(await step.onAnswer(ctx, option.value));
        }
        if (payload.kind === "file") {
          if (step.input !== "file") return retry("input-expected-text");
          const parsed = step.schema.safeParse(payload.file);
          if (!parsed.success) return retry(parsed.error.issues[0]!.message);
          return apply(await step.onAnswer(ctx, parsed.data));
        }
        if (payload.kind !== "text") return retry("input-unsupported");
        const text = payload.text;
        switch (step.input) {
          case "choice":
          case "confirm": {
            const option = matchOption(await step.options(ctx), text);
            if (!option) return retry("input-choose-option");
            return apply(await step.onAnswer(ctx, option.value));
          }
          case "text": {
            // A typed option (its number or label) wins over free text: on Zalo that is how a
            // suggested answer such as "Toàn đơn vị" is picked.
            if (step.options && step.onOption) {
              const option = matchOption(await step.options(ctx), text);
              if (option) return apply(await step.onOption(ctx, option.value));
            }
            const parsed = step.schema.safeParse(text);
            if (!parsed.success) return retry(parsed.error.issues[0]!.message);
            return apply(await step.onAnswer(ctx, parsed.data));
          }
          case "number": {
            const n = parseNumber(text);
            if (n === null) return retry("input-expected-number");
            const parsed = step.schema.safeParse(n);
            if (!parsed.success) return retry(parsed.error.issues[0]!.message);
            return apply(await step.onAnswer(ctx, parsed.data));
          }
          case "date": {
            const d = parseDateAnswer(text);
            if (d === null) return retry("input-expected-date");
            const parsed = step.schema.safeParse(d);
            if (!parsed.success) return retry(parsed.error.issues[0]!.message);
            return apply(await step.onAnswer(ctx, parsed.data));
          }
          case "file": {
            if (step.options && step.onOption) {
              const option = matchOption(await step.options(ctx), text);
              if (option) return apply(await step.onOption(ctx, option.value));
            }
            return retry("input-expected-file");
          }
        }
      } catch (e) {
        // A rule refused the answer (locked unit, deadline passed…): explain, keep the step.
        if (e instanceof UserError) return retry(e.key, e.vars);
        if (e instanceof ZodError) return retry(e.issues[0]!.message);
        throw e;
      }
    };

    const command = async (name: string, args: string) => {
      const cmd = resolveCommand(name);
      if (cmd === "cancel") {
        if (state.flow) {
          clearFlow();
          say([{ key: "flow-cancelled" }]);
        } else say([{ key: "flow-nothing-to-cancel" }]);
        return;
      }
      if (cmd === "help") {
        replies.push({ type: "text", text: deps.help(actor ?? null, t) });
        await prompt();
        return;
      }
      const flowName = cmd ? deps.commandFlows[cmd] : undefined;
      if (!flowName) {
        say([{ key: cmd ? "command-not-yet" : "command-unknown", vars: { command: `/${name}` } }]);
        await prompt();
        return;
      }
      // Another command mid-flow starts that one; say so, since what was typed so far stays saved.
      if (state.flow && state.step) say([{ key: "flow-switched" }]);
      await startFlow(flowName, args ? { args } : {});
    };

    const p = event.payload;
    if (p.kind === "command") await command(p.name, p.args);
    else {
      const step = currentStep();
      if (step) await answer(step, p);
      else if (p.kind === "choice") say([{ key: "button-stale" }]);
      else {
        const start = p.kind === "text" ? deps.idleText?.(p.text, actor ?? null) : null;
        if (start) await startFlow(start.flow, start.data);
        else say([{ key: actor ? "idle-hint" : "idle-hint-unknown" }]);
      }
    }

    if (state.personId && actor && locale !== actor.locale) {
      await unawaited(tx, tx.update(people).set({ locale }).where(eq(people.id, state.personId)));
    }
    await insertOutboxNotifications(tx, notifications);
    // The step's last statement; on the real server it goes out together with COMMIT.
    await unawaited(
      tx,
      saveConversation(tx, {
        flow: state.flow,
        step: state.step,
        data: JSON.stringify(state.data),
        version: state.version,
        locale,
        personId: state.personId,
        provinceId: state.provinceId,
        at: at.toISOString(),
        channel: event.user.channel,
        externalId: event.user.externalId,
      }),
    );
    return { replies, locale, notified: notifications.length > 0, duplicate: false };
  }

  return {
    /**
     * Handles one inbound event in one transaction: the answer, the next state and any
     * notifications commit together, before any reply leaves. A crash before commit loses only
     * this update (the channel redelivers it); a crash after commit re-sends nothing because the
     * update id is recorded.
     */
    async handle(event: InboundEvent): Promise<EngineResult> {
      return deps.db.transaction((tx) => run(tx, event));
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;

/** Keeps the processed-update table small; ids older than any redelivery window are useless. */
export async function pruneProcessedUpdates(db: Db, olderThan: Date): Promise<void> {
  // Through the column, so the driver serialises the Date (a raw Date in sql`` breaks postgres.js).
  await db.delete(processedUpdates).where(lt(processedUpdates.processedAt, olderThan));
}
