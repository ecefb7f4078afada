import { defineFeature } from "../feature.js";
import { exportFlow } from "./flow.js";

export const exportFeature = defineFeature({
  name: "export",
  commands: { export: { words: ["export", "xuat"], flow: exportFlow } },
  flows: [exportFlow],
  locales: ["exports"],
});
