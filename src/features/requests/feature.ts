import { defineFeature } from "../feature.js";
import { requestsFlow } from "./flow.js";

export const requestsFeature = defineFeature({
  name: "requests",
  commands: { requests: { words: ["requests", "yeucau"], flow: requestsFlow } },
  flows: [requestsFlow],
  locales: ["office"],
});
