import type { Cell } from "./cells.js";

export interface SheetColumn {
  /** Fixed Vietnamese document vocabulary: the Văn phòng's own column names. */
  header: string;
  /** Excel character widths. */
  width: number;
  /** "date" shows dd/mm/yyyy, "datetime" dd/mm/yyyy hh:mm; both in the Sở's time zone. */
  type?: "text" | "number" | "date" | "datetime";
}

/**
 * One table of an export, whatever the format. Rows come in batches so a writer never holds a
 * whole province in memory; `rows()` may be called once.
 */
export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows(): AsyncIterable<Cell[][]>;
}
