import { documentsZipJob } from "./documents-job.js";
import type { JobKind } from "./runner.js";

/** Every kind of background job the app runs; a new kind is one more line here. */
export const jobKinds: JobKind[] = [documentsZipJob];
