import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import { COMMANDS, type CommandName } from "../../flows/commands.js";
import type { Locale, Translator } from "../../i18n.js";

/**
 * The command menu for one language. Vietnamese users see the Vietnamese words (/dangky), others
 * the English ones; both work everywhere. Only commands that do something are listed, so the menu
 * grows as features arrive; /start is Telegram's own button.
 */
export function menuCommands(available: CommandName[], locale: Locale, translator: Translator): BotCommand[] {
  return available
    .filter((name) => name !== "start")
    .map((name) => ({
      command: locale === "vi" ? COMMANDS[name][1] : COMMANDS[name][0],
      description: translator.t(locale, `telegram-cmd-${name}`),
    }));
}

/** Registers the menu: Vietnamese as the default (the users are Vietnamese), English for "en" clients. */
export async function registerCommands(api: Api, available: CommandName[], translator: Translator): Promise<void> {
  await api.setMyCommands(menuCommands(available, "vi", translator));
  await api.setMyCommands(menuCommands(available, "vi", translator), { language_code: "vi" });
  await api.setMyCommands(menuCommands(available, "en", translator), { language_code: "en" });
}
