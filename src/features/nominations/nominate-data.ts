import type { InboundFile } from "../../core/messages.js";
import type { NomineeKind } from "../../domain/nominations.js";

/** The answers of /dienhinh so far (shared by the focal person's steps and the Văn phòng's review). */
export interface NominateData {
  campaignId?: number;
  unitId?: number;
  editId?: number;
  kind?: NomineeKind;
  personId?: number | null;
  nomineeName?: string;
  field?: string;
  summary?: string;
  years?: Array<{ schoolYear: string; rating: "HTXSNV" | "HTTNV" | "HTNV" | null; titles: string[] }>;
  yearIndex?: number;
  initiativeId?: number | null;
  initiativeText?: string | null;
  criteria?: Array<{ code: string; met: boolean; note?: string }>;
  criterionIndex?: number;
  evidence?: InboundFile[];
  /** Office review. */
  reviewId?: number;
}
