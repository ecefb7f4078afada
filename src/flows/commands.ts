import { features } from "../features/index.js";
import { commandsOf, type CommandSpec } from "../features/feature.js";

type Commands<F> = F extends { commands?: infer C } ? (C extends Record<string, CommandSpec> ? C : never) : never;
type AllCommands = Commands<(typeof features)[number]>;

/** Every command name of every feature (help, register, …). */
export type CommandName = AllCommands extends infer C ? (C extends Record<string, CommandSpec> ? keyof C & string : never) : never;

/**
 * The commands of PRODUCT.md §7 with their Vietnamese twins, gathered from the features' declarations.
 * Telegram shows them in its menu; Zalo and the console accept the same words typed as text.
 */
export const COMMANDS = Object.fromEntries(features.flatMap((f) => commandsOf(f).map(([name, spec]) => [name, spec.words]))) as Record<
  CommandName,
  readonly [en: string, vi: string]
>;

const byAlias = new Map<string, CommandName>(
  (Object.entries(COMMANDS) as Array<[CommandName, readonly string[]]>).flatMap(([name, aliases]) =>
    aliases.map((a) => [a, name] as const),
  ),
);

export function resolveCommand(word: string): CommandName | null {
  return byAlias.get(word.toLowerCase()) ?? null;
}
