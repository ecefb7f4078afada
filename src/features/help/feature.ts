import { isManager, isOffice } from "../../core/roles.js";
import { defineFeature } from "../feature.js";

/** The engine's own commands (help, cancel) and the /help paragraphs that span several features. */
export const helpFeature = defineFeature({
  name: "help",
  commands: {
    help: { words: ["help", "trogiup"] },
    cancel: { words: ["cancel", "huy"] },
  },
  locales: ["help"],
  help: (actor) =>
    !actor ? [] : ["help-everyone", ...(isManager(actor) ? ["help-focal"] : []), ...(isOffice(actor) ? ["help-office"] : [])],
});
