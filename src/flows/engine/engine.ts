import { eq, lt } from "drizzle-orm";
import { ZodError } from "zod";
import type { Db, Tx } from "../../db/client.js";
import { people, processedUpdates } from "../../db/schema.js";
import { insertOutboxNotifications } from "../../services/notifications.js";
import { UserError } from "../../errors.js";
import { isLocale, type Locale, type Translator, type Vars } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import { resolveCommand, type CommandName } from "../commands.js";
import { actorFromRow, actorRowAfter } from "./actor.js";
import { unawaited } from "../../db/pipeline.js";
import { claimStored, isDuplicateUpdate, saveConversation, type Claimed, type Conversation } from "./claim.js";
import { RememberedConversations, type Remembered } from "./remembered.js";
import { matchOption, parseDateAnswer, parseNumber } from "./input.js";
import type { Actor, Flow, FlowContext, InboundEvent, Message, Notification, Option, Outbound, Step, StepResult, UserRef } from "./types.js";

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
  /**
   * A button or word that works whatever the person is doing (an announcement's "Đã xem"): its flow
   * runs its start only, the current step stays and is shown again.
   */
  sideAction?(payload: InboundEvent["payload"], actor: Actor | null): { flow: string; data: Record<string, unknown> } | null;
  now?: () => Date;
  /** How many conversations an instance keeps in memory to start their next step sooner; 0: none. */
  rememberConversations?: number;
}

export interface EngineResult {
  replies: Outbound[];
  /** The conversation's language after this step: text-only channels write their own words in it. */
  locale: Locale;
  /** True when outbox rows were written and a sender should look. */
  notified: boolean;
  duplicate: boolean;
}

export function createEngine(deps: EngineDeps) {
  const flows = new Map(deps.flows.map((f) => [f.name, f]));
  const now = deps.now ?? (() => new Date());

  /** One step on `tx`; `next` is the conversation as it will stand once this commits. */
  async function run(tx: Tx, event: InboundEvent, remembered: Claimed | null): Promise<{ result: EngineResult; next: Remembered | null }> {
    const at = now();
    const claimed = remembered ?? (await claimStored(tx, event, deps.defaultLocale));
    if (!claimed) return { result: { replies: [], locale: deps.defaultLocale, notified: false, duplicate: true }, next: null };
    const conv = claimed.conv;
    const actor = await actorFromRow(tx, claimed.actorRow, at);
    let locale: Locale = actor && isLocale(actor.locale) ? actor.locale : conv.locale;
    const state = { ...conv, personId: actor?.personId ?? conv.personId, provinceId: actor?.provinceId ?? conv.provinceId };
    const replies: Outbound[] = [];
    const notifications: Notification[] = [];
    let woke = false;
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
      wake: () => {
        woke = true;
      },
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
        if (result.send) replies.push(...result.send);
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

    /** Runs a side action's flow start without leaving the current step, then shows that step again. */
    const side = async (action: { flow: string; data: Record<string, unknown> }) => {
      const flow = flows.get(action.flow);
      if (!flow) throw new Error(`unknown flow ${action.flow}`);
      if (!flow.allowed(actor ?? null)) say([{ key: actor ? "flow-not-allowed" : "flow-needs-join" }]);
      else {
        try {
          const result = await flow.start(ctxFor({ ...action.data }));
          say(result.say);
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          say([{ key: e.key, vars: e.vars }]);
        }
      }
      await prompt();
    };

    const p = event.payload;
    const sideAction = p.kind === "command" ? null : deps.sideAction?.(p, actor ?? null);
    if (sideAction) await side(sideAction);
    else if (p.kind === "command") await command(p.name, p.args);
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
    const dataJson = JSON.stringify(state.data);
    await saveConversation(tx, event, { ...state, locale }, dataJson, at, remembered);
    const result = { replies, locale, notified: notifications.length > 0 || woke, duplicate: false };
    // A step that changed who the person is (joined, switched language) is read afresh next time.
    const actorKept = (actor?.personId ?? null) === state.personId && (!actor || actor.locale === locale);
    if (!actorKept) return { result, next: null };
    const conversation: Conversation = { ...state, locale, revision: conv.revision + 1 };
    const actorRow = claimed.actorRow && actorRowAfter(claimed.actorRow, at);
    return { result, next: { claimed: { conv: conversation, actorRow, actorFp: claimed.actorFp }, dataJson } };
  }

  const memory = new RememberedConversations(deps.rememberConversations ?? 10_000);

  /** Commits `step`, then keeps the conversation as it now stands for the chat's next update. */
  async function commit(user: UserRef, step: (tx: Tx) => Promise<{ result: EngineResult; next: Remembered | null }>): Promise<EngineResult> {
    const { result, next } = await deps.db.transaction(step);
    if (next) memory.remember(user, next);
    return result;
  }

  return {
    /**
     * Handles one inbound event in one transaction: the answer, the next state and any
     * notifications commit together, before any reply leaves. A crash before commit loses only
     * this update (the channel redelivers it); a crash after commit re-sends nothing because the
     * update id is recorded.
     */
    async handle(event: InboundEvent): Promise<EngineResult> {
      const remembered = memory.recall(event.user);
      if (remembered && !(remembered.conv.flow && flows.get(remembered.conv.flow)?.longSteps)) {
        try {
          const result = await commit(event.user, (tx) => run(tx, event, remembered));
          memory.outcome(false);
          return result;
        } catch (e) {
          memory.forget(event.user);
          if (isDuplicateUpdate(e)) return { replies: [], locale: remembered.conv.locale, notified: false, duplicate: true };
          memory.outcome(true);
          // Mostly the copy was out of date (another instance, or another update of this chat, moved
          // on; the person changed): nothing of it was kept, so once more from the stored conversation.
          deps.logger.debug({ err: e, updateId: event.updateId }, "remembered conversation refused; step run again");
        }
      }
      try {
        return await commit(event.user, (tx) => run(tx, event, null));
      } catch (e) {
        memory.forget(event.user);
        throw e;
      }
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;

/** Keeps the processed-update table small; ids older than any redelivery window are useless. */
export async function pruneProcessedUpdates(db: Db, olderThan: Date): Promise<void> {
  // Through the column, so the driver serialises the Date (a raw Date in sql`` breaks postgres.js).
  await db.delete(processedUpdates).where(lt(processedUpdates.processedAt, olderThan));
}
