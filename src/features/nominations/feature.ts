import { defineFeature } from "../feature.js";
import { nominateFlow } from "./nominate-flow.js";

export const nominationsFeature = defineFeature({
  name: "nominations",
  commands: { nominate: { words: ["nominate", "dienhinh"], flow: nominateFlow } },
  flows: [nominateFlow],
  locales: ["nominations"],
});
