import { isOffice } from "../../core/roles.js";
import { defineFeature } from "../feature.js";
import { reportFlow } from "./flow.js";

export const reportFeature = defineFeature({
  name: "report",
  commands: { report: { words: ["report", "baocao"], flow: reportFlow } },
  flows: [reportFlow],
  help: (actor) => (isOffice(actor) ? ["help-report-office"] : []),
  locales: ["report"],
});
