import { defineFeature } from "../feature.js";
import { aboutFlow } from "./flow.js";

export const aboutFeature = defineFeature({
  name: "about",
  commands: { about: { words: ["about", "gioithieu"], flow: aboutFlow } },
  flows: [aboutFlow],
  locales: ["about"],
});
