import { defineFeature } from "../feature.js";
import { announceFlow, announcementSideAction, seenFlow } from "./flow.js";
import { announcementKinds } from "./kinds.js";

export const announcementsFeature = defineFeature({
  name: "announcements",
  commands: { broadcast: { words: ["broadcast", "thongbao"], flow: announceFlow } },
  flows: [announceFlow, seenFlow],
  locales: ["announcements"],
  messageKinds: ({ db }) => announcementKinds(db),
  sideAction: announcementSideAction,
});
