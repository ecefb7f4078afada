import { defineFeature } from "../feature.js";
import { importFlow } from "./flow.js";

export const importFeature = defineFeature({
  name: "import",
  commands: { import: { words: ["import", "nhap"], flow: importFlow } },
  flows: [importFlow],
  locales: ["office"],
});
