import { defineFeature } from "../feature.js";
import { staffRegistrationFlow } from "./staff-flow.js";
import { registerEntryFlow, unitRegistrationFlow } from "./unit-flow.js";

export const registrationFeature = defineFeature({
  name: "registration",
  commands: { register: { words: ["register", "dangky"], flow: registerEntryFlow } },
  flows: [registerEntryFlow, staffRegistrationFlow, unitRegistrationFlow],
  locales: ["registration"],
});
