import type { Vars } from "../i18n.js";
import type { CommandName } from "./commands.js";
import { isManager, isOffice } from "./engine/actor.js";
import type { EngineDeps } from "./engine/engine.js";
import type { Actor } from "./engine/types.js";
import { languageFlow } from "../features/me/language-flow.js";
import { meFlow } from "../features/me/flow.js";
import { looksLikeInviteCode, onboardingFlow } from "../features/onboarding/flow.js";
import { staffRegistrationFlow } from "../features/registration/staff-flow.js";
import { registerEntryFlow, unitRegistrationFlow } from "../features/registration/unit-flow.js";
import { exportFlow } from "../features/export/flow.js";
import { progressFlow } from "../features/progress/flow.js";
import { remindFlow } from "../features/remind/flow.js";
import { initiativeFlow } from "../features/initiatives/flow.js";
import { nominateFlow } from "../features/nominations/nominate-flow.js";
import { membersFlow } from "../features/security/members.js";
import { webFlow } from "../features/web/flow.js";
import { resultsFlow } from "../features/results/flow.js";
import { decisionFlow } from "../features/results/decision-flow.js";
import { invitesFlow } from "../features/invites/flow.js";
import { campaignsFlow } from "../features/campaigns/flow.js";
import { requestsFlow } from "../features/requests/flow.js";
import { importFlow } from "../features/import/flow.js";
import { announceFlow, announcementSideAction as sideAction, seenFlow } from "../features/announcements/index.js";

export const flows = [onboardingFlow, languageFlow, meFlow, registerEntryFlow, staffRegistrationFlow, unitRegistrationFlow, progressFlow, exportFlow, remindFlow, initiativeFlow, nominateFlow, membersFlow, announceFlow, seenFlow, webFlow, resultsFlow, decisionFlow, invitesFlow, campaignsFlow, requestsFlow, importFlow];

export const commandFlows: Partial<Record<CommandName, string>> = {
  start: "start",
  register: "register",
  me: "me",
  language: "language",
  progress: "progress",
  export: "export",
  remind: "remind",
  initiative: "initiative",
  nominate: "nominate",
  members: "members",
  broadcast: "announce",
  web: "web",
  results: "results",
  decision: "decision",
  invite: "invites",
  campaign: "campaigns",
  requests: "requests",
  import: "import",
};

/** Commands that do something now: the engine's own (help, cancel) and those that start a flow. */
export const availableCommands = (): CommandName[] => ["help", "cancel", ...(Object.keys(commandFlows) as CommandName[])];

/** /help lists what this person can do: more for focal persons and the Văn phòng. */
export function help(actor: Actor | null, t: (key: string, vars?: Vars) => string): string {
  if (!actor) return t("help-unknown");
  const parts = [t("help-everyone")];
  if (isManager(actor)) parts.push(t("help-focal"));
  if (isOffice(actor)) parts.push(t("help-office"));
  if (isOffice(actor) || isManager(actor)) parts.push(t(isOffice(actor) ? "help-progress-office" : "help-progress-focal"));
  parts.push(t(isOffice(actor) ? "help-results-office" : isManager(actor) ? "help-results-focal" : "help-results"));
  return parts.join("\n\n");
}

/** Outside any flow, a stranger who types an invite code is joining (that is how Zalo users join). */
export function idleText(text: string, actor: Actor | null): { flow: string; data: Record<string, unknown> } | null {
  return !actor && looksLikeInviteCode(text) ? { flow: "start", data: { code: text } } : null;
}

/** The flow part of the engine's dependencies. */
export const flowDeps: Pick<EngineDeps, "flows" | "commandFlows" | "help" | "idleText" | "sideAction"> = { flows, commandFlows, help, idleText, sideAction };
