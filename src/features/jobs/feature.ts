import { defineFeature } from "../feature.js";

/** Background jobs (a province's documents); started by other features, no command of its own. */
export const jobsFeature = defineFeature({ name: "jobs", locales: ["jobs"] });
