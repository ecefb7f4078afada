import type { Cell } from "./cells.js";

export interface SheetColumn {
  /** Fixed Vietnamese document vocabulary: the Văn phòng's own column names. */
  header: string;
  /** Excel character widths. */
  width: number;
  /**
   * "date" shows dd/mm/yyyy (a calendar date, no time), "datetime" dd/mm/yyyy hh:mm; both in the
   * Sở's time zone. "number" is a count, right-aligned. Text columns wrap; a number in a text
   * column (a plan such as "98,5") is still written as a number.
   */
  type?: "text" | "number" | "date" | "datetime";
  /** Summed in the sheet's totals row. */
  sum?: boolean;
}

/**
 * One table of an export, whatever the format. Rows come in batches so a writer never holds a
 * whole province in memory; `rows()` may be called once.
 */
export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows(): AsyncIterable<Cell[][]>;
  /** The label of a totals row under the table (the workbook only: a CSV stays one row per record). */
  totals?: string;
  /**
   * Lines above the table (the workbook only): a statistical form's heading, "Biểu số …", the
   * issuing circular. The header row, its repetition on every page and the filter follow them.
   */
  preamble?: string[];
  /** Lines under the table (the workbook only): where the figures come from, what is left blank. */
  notes?: string[];
}
