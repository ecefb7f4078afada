import { defineFeature } from "../feature.js";
import { webFlow } from "./flow.js";

export const webFeature = defineFeature({
  name: "web",
  commands: { web: { words: ["web", "web"], flow: webFlow } },
  flows: [webFlow],
  locales: ["web"],
});
