/**
 * What comes in from a person and what goes out to them, whatever the channel. Channels turn their
 * updates into an InboundEvent and render Outbound; flows and use cases only see these shapes.
 */

/** Variables of a locale message. */
export type Vars = Record<string, string | number>;

export const CHANNELS = ["telegram", "zalo", "console"] as const;
export type ChannelName = (typeof CHANNELS)[number];

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
