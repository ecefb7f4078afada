import { isManager, isOffice } from "../../core/roles.js";
import { defineFeature } from "../feature.js";
import { decisionFlow } from "./decision-flow.js";
import { resultsFlow } from "./flow.js";

export const resultsFeature = defineFeature({
  name: "results",
  commands: {
    results: { words: ["results", "ketqua"], flow: resultsFlow },
    decision: { words: ["decision", "quyetdinh"], flow: decisionFlow },
  },
  flows: [resultsFlow, decisionFlow],
  help: (actor) => [isOffice(actor) ? "help-results-office" : isManager(actor) ? "help-results-focal" : "help-results"],
  locales: ["results"],
});
