import { z } from "zod";
import { textToPayload } from "../../flows/engine/input.js";
import type { InboundEvent, InboundPayload } from "../../core/index.js";

/** One Zalo event, as the webhook posts it (inside `result`) and getUpdates returns it. */
export const zaloEventSchema = z.object({
  event_name: z.string(),
  message: z
    .object({
      from: z.object({ id: z.string().min(1), display_name: z.string().optional(), is_bot: z.boolean().optional() }),
      chat: z.object({ id: z.string().min(1), chat_type: z.string().optional() }),
      message_id: z.string().min(1),
      date: z.number().optional(),
      text: z.string().optional(),
      photo: z.string().optional(),
      caption: z.string().optional(),
    })
    .passthrough(),
});

export type ZaloEvent = z.infer<typeof zaloEventSchema>;

/** The webhook body: `{ ok, result: event }`; some deliveries carry the event bare. */
export function parseZaloUpdate(body: unknown): ZaloEvent | null {
  const wrapped = z.object({ result: zaloEventSchema }).safeParse(body);
  if (wrapped.success) return wrapped.data.result;
  const bare = zaloEventSchema.safeParse(body);
  return bare.success ? bare.data : null;
}

/**
 * A Zalo event as an engine event. Zalo has no update id: the message id is what makes a
 * redelivery recognisable. Only private chats are served, as on Telegram.
 */
export function toInboundEvent(event: ZaloEvent): InboundEvent | null {
  const m = event.message;
  if (m.from.is_bot || (m.chat.chat_type && m.chat.chat_type !== "PRIVATE")) return null;
  return {
    user: { channel: "zalo", externalId: m.from.id },
    updateId: m.message_id,
    // Zalo does not say the client's language; the people it serves read Vietnamese.
    languageCode: "vi",
    payload: payloadOf(event),
  };
}

function payloadOf(event: ZaloEvent): InboundPayload {
  const m = event.message;
  switch (event.event_name) {
    case "message.text.received":
      return typeof m.text === "string" ? textToPayload(m.text) : { kind: "unsupported" };
    case "message.image.received":
      // The photo is a URL on Zalo's side; a step that wants text answers it politely.
      return m.photo ? { kind: "file", file: { kind: "photo", fileId: m.photo, mime: "image/jpeg" } } : { kind: "unsupported" };
    default:
      // Stickers, voice, and content Zalo withholds for protected users.
      return { kind: "unsupported" };
  }
}
