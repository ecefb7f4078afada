import { defineFeature } from "../feature.js";
import { looksLikeInviteCode, onboardingFlow } from "./flow.js";

export const onboardingFeature = defineFeature({
  name: "onboarding",
  commands: { start: { words: ["start", "batdau"], flow: onboardingFlow } },
  flows: [onboardingFlow],
  locales: ["onboarding"],
  /** Outside any flow, a stranger who types an invite code is joining (that is how Zalo users join). */
  idleText: (text, actor) => (!actor && looksLikeInviteCode(text) ? { flow: "start", data: { code: text } } : null),
});
