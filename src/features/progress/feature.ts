import { isManager, isOffice } from "../../core/roles.js";
import { digestKinds } from "../charts/digest.js";
import { defineFeature } from "../feature.js";
import { progressFlow } from "./flow.js";

export const progressFeature = defineFeature({
  name: "progress",
  commands: { progress: { words: ["progress", "tiendo"], flow: progressFlow } },
  flows: [progressFlow],
  help: (actor) => (isOffice(actor) ? ["help-progress-office"] : isManager(actor) ? ["help-progress-focal"] : []),
  /** The daily progress digest with its chart (see charts/digest.ts). */
  messageKinds: ({ db, timeZone }) => digestKinds(db, timeZone),
});
