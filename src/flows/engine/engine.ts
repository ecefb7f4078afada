import { eq, lt } from "drizzle-orm";
import { ZodError } from "zod";
import type { Db, Tx } from "../../db/client.js";
import { people, processedUpdates, stepReplies } from "../../db/schema.js";
import { insertOutboxNotifications } from "../../services/notifications.js";
import { UserError } from "../../core/errors.js";
import { isLocale, type Locale, type Translator, type Vars } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import { resolveCommand, type CommandName } from "../commands.js";
import { actorFromRow, actorRowAfter } from "./actor.js";
import { unawaited } from "../../db/pipeline.js";
import { claimStored, isDuplicateUpdate, saveConversation, type Claimed, type Conversation } from "./claim.js";
import { RememberedConversations, type Remembered } from "./remembered.js";
import { matchOption, parseDateAnswer, parseNumber } from "./input.js";
import { stripUnsafe } from "../../domain/safe-text.js";
import { choiceToken, optionDigest, optionForText, optionForToken, SHOWN_KEY } from "./choice.js";
import { createDeliveredLog, encodeReplies, REPLY_LEASE_SECONDS, takeReplies } from "./replies.js";
import { transientDbError } from "../../db/errors.js";
import { CAN_SHARE_CONTACT, type Actor, type Flow, type FlowContext, type InboundEvent, type Message, type Notification, type Option, type Outbound, type Step, type StepResult, type UserRef } from "./types.js";

/** Runs of one step at most, when the database fails it in a way another run may not meet. */
const RETRY_ATTEMPTS = 5;

export interface EngineDeps {
  db: Db;
  translator: Translator;
  logger: Logger;
  timeZone: string;
  defaultLocale: Locale;
  // Each flow has its own data type; the engine treats them alike.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
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
  /** How long a step's stored replies wait for this instance to send them before anyone else may. */
  replyLeaseSeconds?: number;
  /** Told when a step lost its database connection (readiness reports it). */
  onConnectionLost?: () => void;
  /** Pauses between runs of a step after a transient database failure (tests make it instant). */
  sleep?: (ms: number) => Promise<void>;
  /** How many conversations an instance keeps in memory to start their next step sooner; 0: none. */
  rememberConversations?: number;
}

/** A command typed while a flow held unstored answers, waiting for the person to choose. */
interface PendingSwitch {
  /** The command word as typed (shown back: /tiendo). */
  name: string;
  args: string;
  flowName: string;
  /** The step to go back to when the person keeps going. */
  step: string;
}
const SWITCH_STEP = "__switch";
const SWITCH_KEY = "__switch";

export interface EngineResult {
  /** What to send now: this step's replies, or a redelivered update's replies not yet delivered. */
  replies: Outbound[];
  /** The conversation's language after this step: text-only channels write their own words in it. */
  locale: Locale;
  /** True when outbox rows were written and a sender should look. */
  notified: boolean;
  /** Handled before, and nothing of it is left to send. */
  duplicate: boolean;
  /**
   * The channel calls this once the replies reached the person: until then they are kept, and a
   * crash before it leads to them being sent again (by a redelivery or the recovery sweep).
   */
  delivered?(): void;
}

const noop = () => {};

export function createEngine(deps: EngineDeps) {
  const flows = new Map(deps.flows.map((f) => [f.name, f]));
  const leaseSeconds = deps.replyLeaseSeconds ?? REPLY_LEASE_SECONDS;
  const now = deps.now ?? (() => new Date());

  /** One step on `tx`; `next` is the conversation as it will stand once this commits. */
  async function run(tx: Tx, event: InboundEvent, remembered: Claimed | null): Promise<{ result: EngineResult; next: Remembered | null }> {
    const at = now();
    const claimed = remembered ?? (await claimStored(tx, event, deps.defaultLocale));
    if (!claimed) return { result: { replies: [], locale: deps.defaultLocale, notified: false, duplicate: true, delivered: noop }, next: null };
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
      canShareContact: CAN_SHARE_CONTACT[event.user.channel],
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
      // What was shown, so that a number typed later means this list even if the items moved.
      state.data[SHOWN_KEY] = options.map(optionDigest);
      const shown = options.map((o, i) => ({ label: o.label, token: choiceToken(state.version, i, o) }));
      if (step.input === "contact") replies.push({ type: "choices", text, options: shown, contact: step.contactLabel(ctx) });
      else if (options.length === 0) replies.push({ type: "text", text });
      else replies.push({ type: "choices", text, options: shown });
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
          const options = "options" in step && step.options ? await step.options(ctx) : [];
          const option = optionForToken(options, payload.token, state.version);
          if (option === "old") return retry("button-stale");
          if (option === "stale") return retry("security-choice-stale");
          if (step.input === "text" || step.input === "file" || step.input === "contact") {
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
        if (payload.kind === "contact") {
          if (step.input !== "contact") return retry("input-unsupported");
          return apply(await step.onAnswer(ctx, { phone: payload.phone, verified: payload.verified }));
        }
        if (payload.kind !== "text") return retry("input-unsupported");
        const text = payload.text;
        const shown = state.data[SHOWN_KEY];
        switch (step.input) {
          case "choice":
          case "confirm": {
            const option = optionForText(await step.options(ctx), shown, text);
            if (option === "stale") return retry("security-choice-stale");
            if (!option) return retry("input-choose-option");
            return apply(await step.onAnswer(ctx, option.value));
          }
          case "contact": {
            const option = step.options && step.onOption ? optionForText(await step.options(ctx), shown, text) : null;
            if (option === "stale") return retry("security-choice-stale");
            if (option) return apply(await step.onOption!(ctx, option.value));
            return retry("security-contact-expected");
          }
          case "text": {
            // A typed option (its number or label) wins over free text: on Zalo that is how a
            // suggested answer such as "Toàn đơn vị" is picked.
            if (step.options && step.onOption) {
              const option = optionForText(await step.options(ctx), shown, text);
              if (option === "stale") return retry("security-choice-stale");
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
              const option = optionForText(await step.options(ctx), shown, text);
              if (option === "stale") return retry("security-choice-stale");
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

    /** The question asked while a command waits for a flow with unstored answers to be left. */
    const pendingSwitch = () => (state.step === SWITCH_STEP ? (state.data[SWITCH_KEY] as PendingSwitch | undefined) : undefined);
    const switchOptions = (sw: PendingSwitch) => [
      { value: "resume", label: t("truth-switch-resume") },
      { value: "switch", label: t("truth-switch-leave", { command: `/${sw.name}` }) },
    ];
    const promptSwitch = (sw: PendingSwitch) => {
      replies.push({
        type: "choices",
        text: t("truth-switch-ask", { command: `/${sw.name}` }),
        options: switchOptions(sw).map((o, i) => ({ label: o.label, token: choiceToken(state.version, i, o) })),
      });
    };
    const resumeFlow = async (sw: PendingSwitch) => {
      delete state.data[SWITCH_KEY];
      state.step = sw.step;
      state.version++;
      await prompt();
    };
    const answerSwitch = async (sw: PendingSwitch, payload: InboundEvent["payload"]) => {
      let value: string | undefined;
      if (payload.kind === "choice") {
        const option = optionForToken(switchOptions(sw), payload.token, state.version);
        value = typeof option === "object" ? option.value : undefined;
        if (!value) say([{ key: "button-stale" }]);
      } else if (payload.kind === "text") {
        value = matchOption(switchOptions(sw), payload.text)?.value;
        if (!value) say([{ key: "input-choose-option" }]);
      } else say([{ key: "input-choose-option" }]);
      if (value === "resume") return resumeFlow(sw);
      if (value === "switch") {
        say([{ key: "truth-switch-dropped" }]);
        return startFlow(sw.flowName, sw.args ? { args: sw.args } : {});
      }
      promptSwitch(sw);
    };

    const command = async (name: string, args: string) => {
      const cmd = resolveCommand(name);
      const waiting = pendingSwitch();
      if (cmd === "cancel") {
        if (state.flow) {
          clearFlow();
          say([{ key: "flow-cancelled" }]);
        } else say([{ key: "flow-nothing-to-cancel" }]);
        return;
      }
      if (cmd === "help") {
        replies.push({ type: "text", text: deps.help(actor ?? null, t) });
        if (waiting) promptSwitch(waiting);
        else await prompt();
        return;
      }
      const flowName = cmd ? deps.commandFlows[cmd] : undefined;
      if (!flowName) {
        say([{ key: cmd ? "command-not-yet" : "command-unknown", vars: { command: `/${name}` } }]);
        if (waiting) promptSwitch(waiting);
        else await prompt();
        return;
      }
      // Answers not stored yet would be lost by switching: ask first, and keep them until answered.
      const from = waiting?.step ?? state.step;
      if (state.flow && from && (waiting || currentFlow()?.unsaved?.(state.data, from))) {
        const sw: PendingSwitch = { name, args, flowName, step: from };
        state.data = { ...state.data, [SWITCH_KEY]: sw };
        state.step = SWITCH_STEP;
        state.version++;
        promptSwitch(sw);
        return;
      }
      // Another command mid-flow starts that one; what this flow stored step by step stays.
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
    const askedContact = currentStep()?.input === "contact";
    const sideAction = p.kind === "command" ? null : deps.sideAction?.(p, actor ?? null);
    if (sideAction) await side(sideAction);
    else if (p.kind === "command") await command(p.name, p.args);
    else {
      const step = currentStep();
      const waiting = pendingSwitch();
      if (waiting) await answerSwitch(waiting, p);
      else if (step) await answer(step, p);
      else if (p.kind === "choice") say([{ key: "button-stale" }]);
      else {
        const start = p.kind === "text" ? deps.idleText?.(p.text, actor ?? null) : null;
        if (start) await startFlow(start.flow, start.data);
        else say([{ key: actor ? "idle-hint" : "idle-hint-unknown" }]);
      }
    }

    // The "share my phone number" keyboard has served once the chat left that step.
    if (askedContact && currentStep()?.input !== "contact" && replies[0]?.type === "text") replies[0] = { ...replies[0], closeKeyboard: true };

    if (state.personId && actor && locale !== actor.locale) {
      await unawaited(tx, tx.update(people).set({ locale }).where(eq(people.id, state.personId)));
    }
    await insertOutboxNotifications(tx, notifications);
    const dataJson = JSON.stringify(state.data);
    await saveConversation(tx, event, { ...state, locale }, { data: dataJson, replies: encodeReplies(replies), leaseSeconds }, at, remembered);
    const result = { replies, locale, notified: notifications.length > 0 || woke, duplicate: false, delivered: replies.length > 0 ? () => deliveredLog.delivered(event.user.channel, event.updateId) : noop };
    // A step that changed who the person is (joined, switched language) is read afresh next time.
    const actorKept = (actor?.personId ?? null) === state.personId && (!actor || actor.locale === locale);
    if (!actorKept) return { result, next: null };
    const conversation: Conversation = { ...state, locale, revision: conv.revision + 1 };
    const actorRow = claimed.actorRow && actorRowAfter(claimed.actorRow, at);
    return { result, next: { claimed: { conv: conversation, actorRow, actorFp: claimed.actorFp }, dataJson } };
  }

  const memory = new RememberedConversations(deps.rememberConversations ?? 10_000);
  const deliveredLog = createDeliveredLog(deps.db, deps.logger);
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  /**
   * A redelivered update: what its step stored and nobody delivered yet is sent now. `force` after
   * a lost connection, when the stored replies may be this instance's own from a commit it never
   * heard back about.
   */
  async function unsent(event: InboundEvent, result: EngineResult, force: boolean): Promise<EngineResult> {
    const pending = await takeReplies(deps.db, event.user, event.updateId, force, leaseSeconds);
    if (!pending) return result;
    deps.logger.info({ updateId: event.updateId, attempts: pending.attempts }, "stored replies sent again");
    return {
      replies: pending.replies,
      locale: isLocale(pending.locale) ? pending.locale : deps.defaultLocale,
      notified: false,
      duplicate: false,
      delivered: () => deliveredLog.delivered(event.user.channel, event.updateId),
    };
  }

  /**
   * Runs a step from the stored conversation; a deadlock, a serialization failure or a lost
   * connection runs it again, a few times with growing jittered pauses, before anything reaches
   * the person. Safe because the update id is claimed in the same transaction: a step that did
   * commit is found, and its stored replies are what gets sent.
   */
  async function fromStored(event: InboundEvent): Promise<EngineResult> {
    let lostConnection = false;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await commit(event.user, (tx) => run(tx, event, null));
        return result.duplicate ? await unsent(event, result, lostConnection) : result;
      } catch (e) {
        memory.forget(event.user);
        const kind = transientDbError(e);
        if (!kind || attempt >= RETRY_ATTEMPTS) throw e;
        if (kind === "connection") {
          lostConnection = true;
          deps.onConnectionLost?.();
        }
        const base = (kind === "conflict" ? 10 : 150) * 2 ** (attempt - 1);
        deps.logger.warn({ updateId: event.updateId, attempt, kind }, "chat step ran into a transient database failure; running it again");
        await sleep(base + Math.random() * 2 * base);
      }
    }
  }

  /** Commits `step`, then keeps the conversation as it now stands for the chat's next update. */
  async function commit(user: UserRef, step: (tx: Tx) => Promise<{ result: EngineResult; next: Remembered | null }>): Promise<EngineResult> {
    const { result, next } = await deps.db.transaction(step);
    if (next) memory.remember(user, next);
    return result;
  }

  return {
    /**
     * Handles one inbound event in one transaction: the answer, the next state, any notifications
     * and the replies commit together, before any reply leaves. A crash before commit loses only
     * this update (the channel redelivers it); a crash after commit leaves the replies stored, and
     * the redelivered update sends them (the update id is recorded, so the step never runs twice).
     */
    async handle(inbound: InboundEvent): Promise<EngineResult> {
      const event = safeEvent(inbound);
      const remembered = memory.recall(event.user);
      if (remembered && !(remembered.conv.flow && flows.get(remembered.conv.flow)?.longSteps)) {
        try {
          const result = await commit(event.user, (tx) => run(tx, event, remembered));
          memory.outcome(false);
          return result;
        } catch (e) {
          memory.forget(event.user);
          if (isDuplicateUpdate(e)) return unsent(event, { replies: [], locale: remembered.conv.locale, notified: false, duplicate: true, delivered: noop }, false);
          memory.outcome(true);
          // Mostly the copy was out of date (another instance, or another update of this chat, moved
          // on; the person changed): nothing of it was kept, so once more from the stored conversation.
          deps.logger.debug({ err: e, updateId: event.updateId }, "remembered conversation refused; step run again");
        }
      }
      return fromStored(event);
    },
    /** Forgets delivered replies now (before the database closes). */
    flush(): Promise<void> {
      return deliveredLog.flush();
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;

/** What people send, without control, bidi, zero-width characters or lone surrogates (see safe-text). */
function safeEvent(event: InboundEvent): InboundEvent {
  const p = event.payload;
  switch (p.kind) {
    case "text":
      return { ...event, payload: { kind: "text", text: stripUnsafe(p.text) } };
    case "command":
      return { ...event, payload: { ...p, args: stripUnsafe(p.args) } };
    case "file":
      return p.file.name === undefined ? event : { ...event, payload: { kind: "file", file: { ...p.file, name: stripUnsafe(p.file.name) } } };
    case "contact":
      return { ...event, payload: { ...p, phone: stripUnsafe(p.phone) } };
    default:
      return event;
  }
}

/** Keeps the processed-update table small; ids older than any redelivery window are useless. */
export async function pruneProcessedUpdates(db: Db, olderThan: Date): Promise<void> {
  // Through the column, so the driver serialises the Date (a raw Date in sql`` breaks postgres.js).
  await db.delete(processedUpdates).where(lt(processedUpdates.processedAt, olderThan));
  // Replies no instance could deliver by then (their channel is gone) are of no use either.
  await db.delete(stepReplies).where(lt(stepReplies.createdAt, olderThan));
}
