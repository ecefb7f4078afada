import { ZodError } from "zod";
import type { Db } from "../../db/types.js";
import { UserError } from "../../core/errors.js";
import { isLocale, type Locale, type Translator, type Vars } from "../../i18n.js";
import { updateLogger, type Logger } from "../../logger.js";
import { resolveCommand, type CommandName } from "../commands.js";
import { matchOption, parseDateAnswer, parseNumber } from "./input.js";
import { stripUnsafe } from "../../domain/safe-text.js";
import { choiceToken, optionDigest, optionForText, optionForToken, SHOWN_KEY } from "./choice.js";
import { createPostgresStore, type PostgresStoreOptions } from "./postgres-store.js";
import type { Claim, ConversationState, ConversationStore, StepActor, StepSave } from "./store.js";
import {
  CAN_SHARE_CONTACT,
  type Actor,
  type Flow,
  type FlowContext,
  type InboundEvent,
  type InboundFile,
  type Message,
  type Notification,
  type Option,
  type Outbound,
  type Step,
  type StepResult,
} from "./types.js";

export { pruneProcessedUpdates } from "./postgres-store.js";

interface EngineOptions {
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
}

/** Where conversations are kept: a store, or the database to keep them in (with its options). */
type StoreChoice =
  { store: ConversationStore } | (Omit<PostgresStoreOptions, "logger" | "defaultLocale" | "now"> & { db: Db; store?: undefined });

export type EngineDeps = EngineOptions & StoreChoice;

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

export interface HandleOptions {
  /** The update's logger, with its ids bound (the channel's error boundary makes one). */
  log?: Logger;
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

type Payload = InboundEvent["payload"];
type AnyStep = Step<Record<string, unknown>>;
type Ctx = FlowContext<Record<string, unknown>>;
type Start = { flow: string; data: Record<string, unknown> };

const noop = () => {};

/** What every update's turn reads: the engine's options and its flows by name. */
interface Machine extends EngineOptions {
  byName: Map<string, Flow<Record<string, unknown>>>;
}

/**
 * One update's turn through the state machine. The conversation (`state`) is where the chat
 * stands; `run` picks the transition the payload calls for (a side action, a command, the answer
 * to a pending switch or to the current step, or a word outside any flow); each transition moves
 * `state` on and collects what to say. `finish` hands the store what to save.
 */
class Turn {
  readonly state: ConversationState;
  readonly replies: Outbound[] = [];
  readonly notifications: Notification[] = [];
  private woke = false;
  private readonly memos = new Map<string, Promise<unknown>>();
  private readonly actor: StepActor | null;

  constructor(
    private readonly m: Machine,
    private readonly event: InboundEvent,
    private readonly claim: Claim,
  ) {
    const { conv, actor } = claim;
    this.actor = actor;
    const locale = actor && isLocale(actor.locale) ? actor.locale : conv.locale;
    this.state = { ...conv, locale, personId: actor?.personId ?? conv.personId, provinceId: actor?.provinceId ?? conv.provinceId };
  }

  // ── the transitions ────────────────────────────────────────────────────────────────────────

  async run(): Promise<void> {
    const p = this.event.payload;
    const side = p.kind === "command" ? null : this.m.sideAction?.(p, this.actor);
    if (side) return this.sideAction(side);
    if (p.kind === "command") return this.command(p.name, p.args);
    const step = this.currentStep();
    const waiting = this.pendingSwitch();
    if (waiting) return this.answerSwitch(waiting, p);
    if (step) return this.answer(step, p);
    return this.idle(p);
  }

  /** Outside any flow: a button has nothing to answer, some text starts a flow, the rest gets a hint. */
  private async idle(p: Payload): Promise<void> {
    if (p.kind === "choice") return this.say([{ key: "button-stale" }]);
    const start = p.kind === "text" ? this.m.idleText?.(p.text, this.actor) : null;
    if (start) return this.startFlow(start.flow, start.data);
    this.say([{ key: this.actor ? "idle-hint" : "idle-hint-unknown" }]);
  }

  private async command(name: string, args: string): Promise<void> {
    const cmd = resolveCommand(name);
    if (cmd === "cancel") return this.cancel();
    if (cmd === "help") {
      this.replies.push({ type: "text", text: this.m.help(this.actor, this.t) });
      return this.showAgain();
    }
    const flowName = cmd ? this.m.commandFlows[cmd] : undefined;
    if (!flowName) {
      this.say([{ key: cmd ? "command-not-yet" : "command-unknown", vars: { command: `/${name}` } }]);
      return this.showAgain();
    }
    // Answers not stored yet would be lost by switching: ask first, and keep them until answered.
    const waiting = this.pendingSwitch();
    const from = waiting?.step ?? this.state.step;
    if (this.state.flow && from && (waiting || this.currentFlow()?.unsaved?.(this.state.data, from))) {
      return this.holdSwitch({ name, args, flowName, step: from });
    }
    // Another command mid-flow starts that one; what this flow stored step by step stays.
    if (this.state.flow && this.state.step) this.say([{ key: "flow-switched" }]);
    await this.startFlow(flowName, args ? { args } : {});
  }

  private cancel(): void {
    if (!this.state.flow) return this.say([{ key: "flow-nothing-to-cancel" }]);
    this.leaveFlow();
    this.say([{ key: "flow-cancelled" }]);
  }

  /** After a word that changes nothing: the question the person was at, asked again. */
  private async showAgain(): Promise<void> {
    const waiting = this.pendingSwitch();
    if (waiting) this.askSwitch(waiting);
    else await this.prompt();
  }

  /** Runs a side action's flow start without leaving the current step, then shows that step again. */
  private async sideAction(action: Start): Promise<void> {
    const flow = this.flow(action.flow);
    if (!flow.allowed(this.actor)) this.say([{ key: this.actor ? "flow-not-allowed" : "flow-needs-join" }]);
    else {
      try {
        this.say((await flow.start(this.context({ ...action.data }))).say);
      } catch (e) {
        this.say([userErrorMessage(e)]);
      }
    }
    await this.prompt();
  }

  private async startFlow(name: string, data: Record<string, unknown>, depth = 0): Promise<void> {
    const flow = this.flow(name);
    if (!flow.allowed(this.actor)) return this.refuse(this.notAllowed());
    Object.assign(this.state, { flow: name, step: null, data });
    this.state.version++;
    let result: StepResult;
    try {
      result = await flow.start(this.context(this.state.data));
    } catch (e) {
      // Nothing to do here now (no campaign, unit locked…): say why and stay out of the flow.
      return this.refuse(userErrorMessage(e));
    }
    await this.apply(result, depth);
  }

  /** Where a flow's start or step leads: the next step (asked now), out of the flow, or another flow. */
  private async apply(result: StepResult, depth = 0): Promise<void> {
    if (depth > 5) throw new Error("flow start loop");
    this.say(result.say);
    if ("start" in result) return this.startFlow(result.start, result.data ?? {}, depth + 1);
    if (result.send) this.replies.push(...result.send);
    if ("done" in result) return this.leaveFlow();
    this.state.step = result.next;
    this.state.version++;
    await this.prompt();
  }

  /** Shows the current step's question (with its options as buttons or a numbered list). */
  private async prompt(): Promise<void> {
    const step = this.currentStep();
    if (!step) return;
    const ctx = this.context(this.state.data);
    let question: Message;
    let options: Option[];
    try {
      this.currentFlow()!.guard?.(ctx);
      question = await step.prompt(ctx);
      options = await optionsOf(step, ctx);
    } catch (e) {
      // The step can no longer be shown to this person (role removed, unit locked…): leave it.
      return this.refuse(userErrorMessage(e));
    }
    const text = this.t(question.key, question.vars);
    // What was shown, so that a number typed later means this list even if the items moved.
    this.state.data[SHOWN_KEY] = options.map(optionDigest);
    const shown = options.map((o, i) => ({ label: o.label, token: choiceToken(this.state.version, i, o) }));
    if (step.input === "contact") this.replies.push({ type: "choices", text, options: shown, contact: step.contactLabel(ctx) });
    else if (options.length === 0) this.replies.push({ type: "text", text });
    else this.replies.push({ type: "choices", text, options: shown });
  }

  // ── answering the current step ─────────────────────────────────────────────────────────────

  /** Validates the answer for the current step and moves on, or explains and asks again. */
  private async answer(step: AnyStep, payload: Payload): Promise<void> {
    const ctx = this.context(this.state.data);
    try {
      if (!this.currentFlow()!.allowed(this.actor)) throw new UserError(this.actor ? "flow-not-allowed" : "flow-needs-join");
      this.currentFlow()!.guard?.(ctx);
    } catch (e) {
      return this.refuse(userErrorMessage(e));
    }
    let next: StepResult | Message;
    try {
      next = await this.readAnswer(step, ctx, payload);
    } catch (e) {
      // A rule refused the answer (locked unit, deadline passed…): explain, keep the step.
      if (e instanceof ZodError) next = { key: e.issues[0]!.message };
      else next = userErrorMessage(e);
    }
    if ("key" in next) return this.askAgain(next);
    try {
      await this.apply(next);
    } catch (e) {
      if (e instanceof ZodError) return this.askAgain({ key: e.issues[0]!.message });
      return this.askAgain(userErrorMessage(e));
    }
  }

  /** The step's result for this payload, or the message that says why it does not fit. */
  private readAnswer(step: AnyStep, ctx: Ctx, p: Payload): Promise<StepResult | Message> {
    switch (p.kind) {
      case "choice":
        return this.answerButton(step, ctx, p.token);
      case "file":
        return answerFile(step, ctx, p.file);
      case "contact":
        return step.input === "contact"
          ? step.onAnswer(ctx, { phone: p.phone, verified: p.verified })
          : Promise.resolve({ key: "input-unsupported" });
      case "text":
        return this.answerText(step, ctx, p.text);
      default:
        return Promise.resolve({ key: "input-unsupported" });
    }
  }

  private async answerButton(step: AnyStep, ctx: Ctx, token: string): Promise<StepResult | Message> {
    const option = optionForToken(await optionsOf(step, ctx), token, this.state.version);
    if (option === "old") return { key: "button-stale" };
    if (option === "stale") return { key: "security-choice-stale" };
    if (step.input === "choice" || step.input === "confirm") return step.onAnswer(ctx, option.value);
    if ((step.input === "text" || step.input === "file" || step.input === "contact") && step.onOption)
      return step.onOption(ctx, option.value);
    return { key: "button-stale" };
  }

  private async answerText(step: AnyStep, ctx: Ctx, text: string): Promise<StepResult | Message> {
    const shown = this.state.data[SHOWN_KEY];
    switch (step.input) {
      case "choice":
      case "confirm": {
        const option = optionForText(await step.options(ctx), shown, text);
        if (option === "stale") return { key: "security-choice-stale" };
        if (!option) return { key: "input-choose-option" };
        return step.onAnswer(ctx, option.value);
      }
      case "contact":
      case "text":
      case "file": {
        // A typed option (its number or label) wins over free text: on Zalo that is how a
        // suggested answer such as "Toàn đơn vị" is picked.
        const option = step.options && step.onOption ? optionForText(await step.options(ctx), shown, text) : null;
        if (option === "stale") return { key: "security-choice-stale" };
        if (option) return step.onOption!(ctx, option.value);
        if (step.input === "contact") return { key: "security-contact-expected" };
        if (step.input === "file") return { key: "input-expected-file" };
        return parsedAnswer(step.schema.safeParse(text), (v) => step.onAnswer(ctx, v));
      }
      case "number": {
        const n = parseNumber(text);
        if (n === null) return { key: "input-expected-number" };
        return parsedAnswer(step.schema.safeParse(n), (v) => step.onAnswer(ctx, v));
      }
      case "date": {
        const d = parseDateAnswer(text);
        if (d === null) return { key: "input-expected-date" };
        return parsedAnswer(step.schema.safeParse(d), (v) => step.onAnswer(ctx, v));
      }
    }
  }

  /** Explains why the answer did not fit, and asks the question again. */
  private async askAgain(why: Message): Promise<void> {
    this.say([why]);
    await this.prompt();
  }

  // ── the question asked before a command drops unstored answers ─────────────────────────────

  private pendingSwitch(): PendingSwitch | undefined {
    return this.state.step === SWITCH_STEP ? (this.state.data[SWITCH_KEY] as PendingSwitch | undefined) : undefined;
  }

  private holdSwitch(sw: PendingSwitch): void {
    this.state.data = { ...this.state.data, [SWITCH_KEY]: sw };
    this.state.step = SWITCH_STEP;
    this.state.version++;
    this.askSwitch(sw);
  }

  private switchOptions(sw: PendingSwitch): Option[] {
    return [
      { value: "resume", label: this.t("truth-switch-resume") },
      { value: "switch", label: this.t("truth-switch-leave", { command: `/${sw.name}` }) },
    ];
  }

  private askSwitch(sw: PendingSwitch): void {
    this.replies.push({
      type: "choices",
      text: this.t("truth-switch-ask", { command: `/${sw.name}` }),
      options: this.switchOptions(sw).map((o, i) => ({ label: o.label, token: choiceToken(this.state.version, i, o) })),
    });
  }

  private async answerSwitch(sw: PendingSwitch, payload: Payload): Promise<void> {
    let value: string | undefined;
    if (payload.kind === "choice") {
      const option = optionForToken(this.switchOptions(sw), payload.token, this.state.version);
      value = typeof option === "object" ? option.value : undefined;
      if (!value) this.say([{ key: "button-stale" }]);
    } else if (payload.kind === "text") {
      value = matchOption(this.switchOptions(sw), payload.text)?.value;
      if (!value) this.say([{ key: "input-choose-option" }]);
    } else this.say([{ key: "input-choose-option" }]);
    if (value === "resume") {
      delete this.state.data[SWITCH_KEY];
      this.state.step = sw.step;
      this.state.version++;
      return this.prompt();
    }
    if (value === "switch") {
      this.say([{ key: "truth-switch-dropped" }]);
      return this.startFlow(sw.flowName, sw.args ? { args: sw.args } : {});
    }
    this.askSwitch(sw);
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────

  readonly t = (key: string, vars?: Vars): string => this.m.translator.t(this.state.locale, key, vars);

  private say(messages: Message[] = []): void {
    for (const m of messages) this.replies.push({ type: "text", text: this.t(m.key, m.vars) });
  }

  private flow(name: string): Flow<Record<string, unknown>> {
    const flow = this.m.byName.get(name);
    if (!flow) throw new Error(`unknown flow ${name}`);
    return flow;
  }

  private currentFlow() {
    return this.state.flow ? this.m.byName.get(this.state.flow) : undefined;
  }

  currentStep(): AnyStep | undefined {
    const f = this.currentFlow();
    return f && this.state.step ? f.steps[this.state.step] : undefined;
  }

  private notAllowed(): Message {
    return { key: this.actor ? "flow-not-allowed" : "flow-needs-join" };
  }

  /** Out of the flow, saying why. */
  private refuse(why: Message): void {
    this.leaveFlow();
    this.say([why]);
  }

  private leaveFlow(): void {
    Object.assign(this.state, { flow: null, step: null, data: {} });
    this.state.version++;
  }

  private context(data: Record<string, unknown>): Ctx {
    const { state } = this;
    return {
      tx: this.claim.tx,
      now: this.claim.at,
      timeZone: this.m.timeZone,
      get locale() {
        return state.locale;
      },
      actor: this.actor,
      user: this.event.user,
      canShareContact: CAN_SHARE_CONTACT[this.event.user.channel],
      data,
      t: this.t,
      notify: (n) => this.notifications.push(n),
      wake: () => {
        this.woke = true;
      },
      setLocale: (l) => {
        this.state.locale = l;
      },
      bindPerson: (personId, provinceId) => {
        this.state.personId = personId;
        this.state.provinceId = provinceId;
      },
      memo: <T>(key: string, load: () => Promise<T>): Promise<T> => {
        let p = this.memos.get(key) as Promise<T> | undefined;
        if (!p) this.memos.set(key, (p = load()));
        return p;
      },
    };
  }

  /** What the store saves, and what the channel gets. */
  finish(askedContact: boolean): { save: StepSave; value: { replies: Outbound[]; locale: Locale; notified: boolean } } {
    const { replies } = this;
    // The "share my phone number" keyboard has served once the chat left that step.
    if (askedContact && this.currentStep()?.input !== "contact" && replies[0]?.type === "text")
      replies[0] = { ...replies[0], closeKeyboard: true };
    return {
      save: { conv: this.state, replies, notifications: this.notifications },
      value: { replies, locale: this.state.locale, notified: this.notifications.length > 0 || this.woke },
    };
  }
}

/** The options a step shows (none for steps without). */
async function optionsOf(step: AnyStep, ctx: Ctx): Promise<Option[]> {
  return "options" in step && step.options ? await step.options(ctx) : [];
}

async function answerFile(step: AnyStep, ctx: Ctx, file: InboundFile): Promise<StepResult | Message> {
  if (step.input !== "file") return { key: "input-expected-text" };
  return parsedAnswer(step.schema.safeParse(file), (v) => step.onAnswer(ctx, v));
}

/** A schema's verdict: its first message, or the step's answer to the parsed value. */
function parsedAnswer<V>(
  parsed: { success: true; data: V } | { success: false; error: { issues: Array<{ message: string }> } },
  onAnswer: (v: V) => Promise<StepResult>,
): Promise<StepResult | Message> {
  return parsed.success ? onAnswer(parsed.data) : Promise.resolve({ key: parsed.error.issues[0]!.message });
}

/** A UserError as the message it carries; anything else is no refusal and goes on up. */
function userErrorMessage(e: unknown): Message {
  if (!(e instanceof UserError)) throw e;
  return { key: e.key, vars: e.vars };
}

/** The language of the conversation whose step failed with `e` (for the error boundary's reply). */
const failureLocales = new WeakMap<object, Locale>();
export const failureLocale = (e: unknown): Locale | undefined => (typeof e === "object" && e !== null ? failureLocales.get(e) : undefined);

export function createEngine(deps: EngineDeps) {
  const machine: Machine = { ...deps, byName: new Map(deps.flows.map((f) => [f.name, f])) };
  const store =
    deps.store ??
    createPostgresStore({ ...deps, logger: deps.logger, defaultLocale: deps.defaultLocale, ...(deps.now ? { now: deps.now } : {}) });
  const mayStartFromCopy = (conv: { flow: string | null }) => !(conv.flow && machine.byName.get(conv.flow)?.longSteps);
  const delivered = (event: InboundEvent) => () => store.delivered(event.user, event.updateId);

  return {
    /**
     * Handles one inbound event in one transaction: the answer, the next state, any notifications
     * and the replies commit together, before any reply leaves. A crash before commit loses only
     * this update (the channel redelivers it); a crash after commit leaves the replies stored, and
     * the redelivered update sends them (the update id is recorded, so the step never runs twice).
     */
    async handle(inbound: InboundEvent, options: HandleOptions = {}): Promise<EngineResult> {
      const event = safeEvent(inbound);
      const log = options.log ?? updateLogger(deps.logger, event);
      let turn: Turn | null = null;
      const step = async (claim: Claim) => {
        turn = new Turn(machine, event, claim);
        const askedContact = turn.currentStep()?.input === "contact";
        await turn.run();
        return turn.finish(askedContact);
      };
      let outcome;
      try {
        outcome = await store.claim(event, step, { log, mayStartFromCopy });
      } catch (e) {
        if (turn && typeof e === "object" && e !== null) failureLocales.set(e, (turn as Turn).state.locale);
        throw e;
      }
      if (outcome.kind === "step") {
        const { replies, locale, notified } = outcome.value;
        return { replies, locale, notified, duplicate: false, delivered: replies.length > 0 ? delivered(event) : noop };
      }
      const { unsent } = outcome;
      if (!unsent) return { replies: [], locale: outcome.locale, notified: false, duplicate: true, delivered: noop };
      const locale = isLocale(unsent.locale) ? unsent.locale : deps.defaultLocale;
      return { replies: unsent.replies, locale, notified: false, duplicate: false, delivered: delivered(event) };
    },
    /** Forgets delivered replies now (before the database closes). */
    flush(): Promise<void> {
      return store.flush();
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
      return p.file.name === undefined
        ? event
        : { ...event, payload: { kind: "file", file: { ...p.file, name: stripUnsafe(p.file.name) } } };
    case "contact":
      return { ...event, payload: { ...p, phone: stripUnsafe(p.phone) } };
    default:
      return event;
  }
}
