import type { z } from "zod";
import type { Tx } from "../../db/client.js";
import type { Locale, Vars } from "../../i18n.js";
import { CAN_SHARE_CONTACT } from "../../core/messages.js";
import type { Actor, PersonRole } from "../../core/actor.js";
import type {
  ChannelName,
  ChoiceOption,
  InboundEvent,
  InboundFile,
  InboundPayload,
  Message,
  Notification,
  Outbound,
  UserRef,
} from "../../core/messages.js";

export type {
  ChannelName,
  UserRef,
  InboundFile,
  InboundPayload,
  InboundEvent,
  ChoiceOption,
  Outbound,
  PersonRole,
  Actor,
  Message,
  Notification,
};
export { CAN_SHARE_CONTACT };

export interface FlowContext<D> {
  tx: Tx;
  now: Date;
  locale: Locale;
  timeZone: string;
  actor: Actor | null;
  user: UserRef;
  /** This chat's channel can share the person's own phone number (a contact step works). */
  canShareContact: boolean;
  /** The flow's answers so far; persisted with the conversation after every step. */
  data: D;
  t(key: string, vars?: Vars): string;
  notify(n: Notification): void;
  /** Outbox rows were written directly (an announcement's recipients): have a sender look after commit. */
  wake(): void;
  /** Sets the conversation's locale (and the person's, when known). */
  setLocale(locale: Locale): void;
  /** Set by onboarding once the user becomes a person. */
  bindPerson(personId: number, provinceId: number): void;
  /**
   * Loads once per update: a step's prompt, options and answer often need the same rows (the
   * campaign, the titles a person may choose), and one update is one transaction, so they agree.
   */
  memo<T>(key: string, load: () => Promise<T>): Promise<T>;
}

export interface Option<V extends string = string> {
  value: V;
  /** Text to show; already translated. */
  label: string;
}

export type StepResult =
  /** Go to another step of the same flow; `send` goes out before its question (a chart above the page). */
  | { next: string; say?: Message[]; send?: Outbound[] }
  /** Leave the flow; say these (and optionally send files). */
  | { done: true; say?: Message[]; send?: Outbound[] }
  /** Start another flow (e.g. a menu entry). */
  | { start: string; data?: Record<string, unknown>; say?: Message[] };

export type InputKind = "text" | "choice" | "number" | "date" | "file" | "confirm" | "contact";

export interface StepBase<D> {
  id: string;
  /** The locale key of the question, with variables from the data. */
  prompt(ctx: FlowContext<D>): Promise<Message> | Message;
}

export interface TextStep<D> extends StepBase<D> {
  input: "text";
  schema: z.ZodType<string, string>;
  /** Offered as buttons next to free text (e.g. "Bỏ qua"). */
  options?(ctx: FlowContext<D>): Promise<Option[]> | Option[];
  onOption?(ctx: FlowContext<D>, value: string): Promise<StepResult>;
  onAnswer(ctx: FlowContext<D>, value: string): Promise<StepResult>;
}

export interface ChoiceStep<D> extends StepBase<D> {
  input: "choice" | "confirm";
  options(ctx: FlowContext<D>): Promise<Option[]> | Option[];
  onAnswer(ctx: FlowContext<D>, value: string): Promise<StepResult>;
}

export interface NumberStep<D> extends StepBase<D> {
  input: "number";
  schema: z.ZodType<number, number>;
  onAnswer(ctx: FlowContext<D>, value: number): Promise<StepResult>;
}

export interface DateStep<D> extends StepBase<D> {
  input: "date";
  schema: z.ZodType<string, string>;
  onAnswer(ctx: FlowContext<D>, value: string): Promise<StepResult>;
}

export interface FileStep<D> extends StepBase<D> {
  input: "file";
  schema: z.ZodType<InboundFile, InboundFile>;
  options?(ctx: FlowContext<D>): Promise<Option[]> | Option[];
  onOption?(ctx: FlowContext<D>, value: string): Promise<StepResult>;
  onAnswer(ctx: FlowContext<D>, value: InboundFile): Promise<StepResult>;
}

export interface SharedContact {
  phone: string;
  verified: boolean;
}

/** Asks for the person's own phone number with the channel's share button (only where it exists). */
export interface ContactStep<D> extends StepBase<D> {
  input: "contact";
  /** Label of the share button. */
  contactLabel(ctx: FlowContext<D>): string;
  options?(ctx: FlowContext<D>): Promise<Option[]> | Option[];
  onOption?(ctx: FlowContext<D>, value: string): Promise<StepResult>;
  onAnswer(ctx: FlowContext<D>, value: SharedContact): Promise<StepResult>;
}

export type Step<D> = TextStep<D> | ChoiceStep<D> | NumberStep<D> | DateStep<D> | FileStep<D> | ContactStep<D>;

export interface Flow<D = Record<string, unknown>> {
  name: string;
  /** Whether this actor may run the flow at all; checked on every event, not only at start. */
  allowed(actor: Actor | null): boolean;
  /**
   * Re-checks, before every step, what `allowed` cannot see (e.g. that the actor still manages the
   * unit the flow works on). Throws a UserError to end the flow with that message.
   */
  guard?(ctx: FlowContext<D>): void;
  /** Runs when the flow starts; may finish at once (e.g. nothing to do) or pick the first step. */
  start(ctx: FlowContext<D>): Promise<StepResult>;
  steps: Record<string, Step<D>>;
  /**
   * Its steps may take long (a province's documents): they lock the conversation before they run
   * and never start from a remembered copy, which could make one run twice.
   */
  longSteps?: boolean;
  /**
   * True when, at `step`, the flow holds answers not yet stored (they are saved at its last step).
   * A command typed then asks before dropping them instead of switching at once.
   */
  unsaved?(data: D, step: string): boolean;
}

export const defineFlow = <D>(flow: Flow<D>): Flow<D> => flow;
