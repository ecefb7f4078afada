import type { z } from "zod";
import type { Tx } from "../../db/client.js";
import type { ChannelName, Role } from "../../db/schema.js";
import type { Locale, Vars } from "../../i18n.js";

export type { ChannelName };

export interface UserRef {
  channel: ChannelName;
  externalId: string;
}

export interface InboundFile {
  /** The channel's own file id (Telegram file_id); the bytes are fetched only when needed. */
  fileId: string;
  name?: string;
  mime?: string;
  size?: number;
  kind: "photo" | "document";
}

export type InboundPayload =
  | { kind: "text"; text: string }
  /** Opaque data from a button; a hint only, re-checked against the conversation. */
  | { kind: "choice"; token: string }
  | { kind: "file"; file: InboundFile }
  | { kind: "command"; name: string; args: string }
  /**
   * A phone number the person shared with the channel's own "share my phone number" button.
   * `verified`: the channel vouches that the number is the sender's own (on Telegram, the shared
   * contact's user id is the sender's id); the adapter computes it, flows trust nothing else.
   */
  | { kind: "contact"; phone: string; verified: boolean }
  /** Stickers, voice, content the channel withholds. */
  | { kind: "unsupported" };

export interface InboundEvent {
  user: UserRef;
  /** The channel's update or message id: the same id twice is handled once. */
  updateId: string;
  /** The client's language (Telegram language_code), used until the person picks one. */
  languageCode?: string;
  payload: InboundPayload;
}

export interface ChoiceOption {
  label: string;
  /**
   * What a button sends back: conversation version, option index and a digest of the option's
   * value and label, so the answer names the item it was shown for (see engine/choice.ts).
   */
  token: string;
}

/** Channels whose clients can share the person's own phone number on request. */
export const CAN_SHARE_CONTACT: Record<ChannelName, boolean> = { telegram: true, zalo: false, console: false };

export type Outbound =
  /** closeKeyboard: a "share my phone number" keyboard shown before has served; take it away. */
  | { type: "text"; text: string; closeKeyboard?: boolean }
  /** contact: the label of a "share my phone number" button (channels in CAN_SHARE_CONTACT). */
  | { type: "choices"; text: string; options: ChoiceOption[]; contact?: string }
  /**
   * owner: the file holds this person's own data (/me). Where the channel sends links instead of
   * files, its link works once, for 15 minutes, and only that person's chat gets it.
   */
  | { type: "document"; fileName: string; mime: string; content: Uint8Array; caption?: string; owner?: number }
  | { type: "link"; text: string; url: string }
  /** A picture (a PNG chart): a photo on Telegram and Zalo (from a signed link), a saved file on the console. */
  | { type: "photo"; fileName: string; content: Uint8Array; caption?: string };

export interface PersonRole {
  role: Role;
  unitId: number | null;
}

/** Who is talking, as far as the database knows. */
export interface Actor {
  personId: number;
  provinceId: number;
  unitId: number | null;
  /** The name of `unitId`'s unit, as stored when this update arrived. */
  unitName: string | null;
  fullName: string;
  position: string;
  roles: PersonRole[];
}

export interface Message {
  key: string;
  vars?: Vars;
}

/** What a step or command may do besides answering: tell other people (through the outbox). */
export interface Notification {
  personId: number;
  provinceId: number;
  dedupeKey: string;
  message: Message;
}

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
