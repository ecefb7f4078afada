import { defineFeature } from "../feature.js";
import { invitesFlow } from "./flow.js";

export const invitesFeature = defineFeature({
  name: "invites",
  commands: { invite: { words: ["invite", "moi"], flow: invitesFlow } },
  flows: [invitesFlow],
  locales: ["invites"],
});
