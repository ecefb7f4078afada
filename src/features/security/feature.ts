import { defineFeature } from "../feature.js";
import { membersFlow } from "./members.js";

export const securityFeature = defineFeature({
  name: "security",
  commands: { members: { words: ["members", "thanhvien"], flow: membersFlow } },
  flows: [membersFlow],
  locales: ["security"],
});
