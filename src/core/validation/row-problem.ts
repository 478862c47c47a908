/** A problem with one cell or row of an imported sheet, as the preview and the CLI list it. */

/** One problem; `message` is Chinese and never repeats an ID number or phone. */
export interface RowProblem {
  fileName: string;
  sheetName: string;
  /** 1-based sheet row. */
  row: number;
  /** Column letter, e.g. "C". */
  column: string;
  /** The column's header in the sheet. */
  header: string;
  message: string;
  /** An error makes the row unusable; a warning is shown and the row is kept. */
  severity: "error" | "warning";
}
