import { defineFeature } from "../feature.js";

/** Consent to data processing and the choice of messages; its screens live in /toi (me). */
export const consentFeature = defineFeature({ name: "consent", locales: ["consent"] });
