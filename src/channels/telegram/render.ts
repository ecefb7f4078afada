import { InlineKeyboard, InputFile, type Api } from "grammy";
import type { ChoiceOption, Outbound } from "../../core/index.js";
import { splitText } from "../../core/channel-port.js";

export const TELEGRAM_MAX_TEXT = 4096;
/** The Bot API takes uploads up to 50 MB; a bigger file goes as a signed link. */
export const TELEGRAM_MAX_DOCUMENT = 50 * 1024 * 1024;
/** Captions are shorter than messages; a longer caption goes out as its own message. */
const TELEGRAM_MAX_CAPTION = 1024;
/** Labels this short sit two to a row; longer ones get a row each so nothing is cut on a phone. */
const SHORT_LABEL = 14;
/** Telegram refuses callback data over 64 bytes. */
const MAX_CALLBACK_BYTES = 64;

export function keyboardFor(options: ChoiceOption[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  let inRow = 0;
  for (const option of options) {
    if (Buffer.byteLength(option.token) > MAX_CALLBACK_BYTES) throw new Error("callback data too long");
    const short = [...option.label].length <= SHORT_LABEL;
    if (inRow > 0 && (!short || inRow === 2)) {
      keyboard.row();
      inRow = 0;
    }
    keyboard.text(option.label, option.token);
    inRow++;
    if (!short) {
      keyboard.row();
      inRow = 0;
    }
  }
  return keyboard;
}

/**
 * Asks for the person's own phone: Telegram offers it only from a reply keyboard button with
 * request_contact (an inline button cannot). The other options are plain reply buttons whose label
 * comes back as text, which the engine matches like a typed answer.
 */
export function contactKeyboard(label: string, options: ChoiceOption[]) {
  return {
    keyboard: [[{ text: label, request_contact: true }], ...options.map((o) => [{ text: o.label }])],
    one_time_keyboard: true,
    resize_keyboard: true,
  };
}

/**
 * Sends engine replies to one chat, in order: plain text (no parse mode, so stored text can never
 * be read as markup), long text split at Telegram's limit, choices as an inline keyboard under the
 * last part, documents as files, links as text with the address.
 */
export async function sendOutbound(api: Api, chatId: number | string, messages: Outbound[]): Promise<void> {
  for (const m of messages) {
    switch (m.type) {
      case "text": {
        const parts = splitText(m.text, TELEGRAM_MAX_TEXT);
        for (const [i, part] of parts.entries()) {
          if (m.closeKeyboard && i === 0) await api.sendMessage(chatId, part, { reply_markup: { remove_keyboard: true } });
          else await api.sendMessage(chatId, part);
        }
        break;
      }
      case "choices": {
        const parts = splitText(m.text, TELEGRAM_MAX_TEXT);
        for (const part of parts.slice(0, -1)) await api.sendMessage(chatId, part);
        await api.sendMessage(chatId, parts[parts.length - 1]!, {
          reply_markup: m.contact ? contactKeyboard(m.contact, m.options) : keyboardFor(m.options),
        });
        break;
      }
      case "document": {
        const caption = m.caption && m.caption.length <= TELEGRAM_MAX_CAPTION ? m.caption : undefined;
        if (m.caption && !caption) await sendOutbound(api, chatId, [{ type: "text", text: m.caption }]);
        await api.sendDocument(chatId, new InputFile(m.content, m.fileName), caption ? { caption } : {});
        break;
      }
      case "link":
        await sendOutbound(api, chatId, [{ type: "text", text: `${m.text}\n${m.url}` }]);
        break;
      case "photo": {
        const caption = m.caption && m.caption.length <= TELEGRAM_MAX_CAPTION ? m.caption : undefined;
        await api.sendPhoto(chatId, new InputFile(m.content, m.fileName), caption ? { caption } : {});
        break;
      }
    }
  }
}
