import { defineFeature } from "../feature.js";
import { campaignsFlow } from "./flow.js";

export const campaignsFeature = defineFeature({
  name: "campaigns",
  commands: { campaign: { words: ["campaign", "dotthidua"], flow: campaignsFlow } },
  flows: [campaignsFlow],
  locales: ["office"],
});
