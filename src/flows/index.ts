import type { Vars } from "../i18n.js";
import type { CommandName } from "./commands.js";
import type { EngineDeps } from "./engine/engine.js";
import type { Actor } from "../core/actor.js";
import { features } from "../features/index.js";
import { commandsOf } from "../features/feature.js";

export const flows = features.flatMap((f) => f.flows ?? []);

export const commandFlows: Partial<Record<CommandName, string>> = Object.fromEntries(
  features.flatMap((f) => commandsOf(f).flatMap(([name, spec]) => (spec.flow ? [[name, spec.flow.name] as const] : []))),
);

/** Commands that do something now: the engine's own (help, cancel) and those that start a flow. */
export const availableCommands = (): CommandName[] => ["help", "cancel", ...(Object.keys(commandFlows) as CommandName[])];

/** /help lists what this person can do: more for focal persons and the Văn phòng. */
export function help(actor: Actor | null, t: (key: string, vars?: Vars) => string): string {
  if (!actor) return t("help-unknown");
  return features
    .flatMap((f) => f.help?.(actor) ?? [])
    .map((key) => t(key))
    .join("\n\n");
}

/** Text outside any flow that starts one (a stranger typing an invite code is joining). */
export function idleText(text: string, actor: Actor | null): { flow: string; data: Record<string, unknown> } | null {
  for (const f of features) {
    const hit = f.idleText?.(text, actor);
    if (hit) return hit;
  }
  return null;
}

/** A button or word that works whatever the person is doing (an announcement's "Đã xem"). */
export function sideAction(
  payload: Parameters<NonNullable<EngineDeps["sideAction"]>>[0],
  actor: Actor | null,
): { flow: string; data: Record<string, unknown> } | null {
  for (const f of features) {
    const hit = f.sideAction?.(payload, actor);
    if (hit) return hit;
  }
  return null;
}

/** The flow part of the engine's dependencies. */
export const flowDeps: Pick<EngineDeps, "flows" | "commandFlows" | "help" | "idleText" | "sideAction"> = {
  flows,
  commandFlows,
  help,
  idleText,
  sideAction,
};
