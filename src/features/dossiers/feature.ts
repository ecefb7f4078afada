import { isManager, isOffice } from "../../core/roles.js";
import { defineFeature } from "../feature.js";
import { dossierFlow } from "./flow.js";

export const dossiersFeature = defineFeature({
  name: "dossiers",
  commands: { dossier: { words: ["dossier", "hoso"], flow: dossierFlow } },
  flows: [dossierFlow],
  help: (actor) => [isOffice(actor) ? "help-dossier-office" : isManager(actor) ? "help-dossier-focal" : "help-dossier"],
  locales: ["dossiers"],
});
