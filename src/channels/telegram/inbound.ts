import type { Update } from "grammy/types";
import { textToPayload } from "../../flows/engine/input.js";
import type { InboundEvent, InboundPayload } from "../../core/index.js";

/**
 * Turns a Telegram update into the engine's inbound event, or null for updates the bot does not
 * answer (group chats, edits, channel posts). Only private chats are served: a registration is a
 * personal conversation, and in a group the replies would reach everybody.
 */
export function toInboundEvent(update: Update): InboundEvent | null {
  const updateId = String(update.update_id);
  const query = update.callback_query;
  if (query) {
    if (query.message && query.message.chat.type !== "private") return null;
    return {
      user: { channel: "telegram", externalId: String(query.from.id) },
      updateId,
      languageCode: query.from.language_code,
      // Callback data is only a hint: the engine re-checks it against the conversation.
      payload: { kind: "choice", token: query.data ?? "" },
    };
  }
  const message = update.message;
  if (!message || !message.from || message.chat.type !== "private") return null;
  return {
    user: { channel: "telegram", externalId: String(message.from.id) },
    updateId,
    languageCode: message.from.language_code,
    payload: messagePayload(message),
  };
}

function messagePayload(message: NonNullable<Update["message"]>): InboundPayload {
  if (typeof message.text === "string") return textToPayload(message.text);
  if (message.contact) {
    // Telegram's "share my phone number" button sends the sender's own contact with their user id;
    // a contact card forwarded from the address book carries someone else's id, or none.
    const verified = message.contact.user_id !== undefined && message.contact.user_id === message.from?.id;
    return { kind: "contact", phone: message.contact.phone_number, verified };
  }
  if (message.photo && message.photo.length > 0) {
    // Telegram sends several sizes; the last is the largest.
    const photo = message.photo[message.photo.length - 1]!;
    return { kind: "file", file: { kind: "photo", fileId: photo.file_id, mime: "image/jpeg", size: photo.file_size } };
  }
  if (message.document) {
    const d = message.document;
    return { kind: "file", file: { kind: "document", fileId: d.file_id, name: d.file_name, mime: d.mime_type, size: d.file_size } };
  }
  return { kind: "unsupported" };
}

/** The chat a callback or message came from, where replies go (a private chat's id is the user's). */
export function chatIdOf(update: Update): number | null {
  return update.callback_query?.message?.chat.id ?? update.callback_query?.from.id ?? update.message?.chat.id ?? null;
}
