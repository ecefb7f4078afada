import { defineFeature } from "../feature.js";
import { remindFlow } from "./flow.js";

export const remindFeature = defineFeature({
  name: "remind",
  commands: { remind: { words: ["remind", "nhacnho"], flow: remindFlow } },
  flows: [remindFlow],
  locales: ["reminders"],
});
