import { defineFeature } from "../feature.js";
import { initiativeFlow } from "./flow.js";

export const initiativesFeature = defineFeature({
  name: "initiatives",
  commands: { initiative: { words: ["initiative", "sangkien"], flow: initiativeFlow } },
  flows: [initiativeFlow],
});
