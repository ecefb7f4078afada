import { defineFeature } from "../feature.js";
import { rolesFlow } from "./flow.js";

/** The Văn phòng grants and revokes a unit's roles; reached from the unit's progress view (/tiendo), no command of its own. */
export const rolesFeature = defineFeature({ name: "roles", flows: [rolesFlow], locales: ["roles"] });
