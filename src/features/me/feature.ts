import { defineFeature } from "../feature.js";
import { meFlow } from "./flow.js";
import { languageFlow } from "./language-flow.js";

export const meFeature = defineFeature({
  name: "me",
  commands: {
    me: { words: ["me", "toi"], flow: meFlow },
    language: { words: ["language", "ngonngu"], flow: languageFlow },
  },
  flows: [languageFlow, meFlow],
  locales: ["me"],
});
