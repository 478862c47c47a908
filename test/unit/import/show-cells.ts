/** Test helper: cells as short strings, so expected rows read like the sheet. */
import type { Cell } from "../../../src/core/cells/cell.ts";

/** "" empty, text as is, numbers as digits (with `|format`), bools TRUE/FALSE, errors by code, dates as `date:serial`. */
export function showCell(cell: Cell | undefined): string {
  switch (cell?.kind) {
    case undefined:
    case "empty":
      return "";
    case "text":
      return cell.value;
    case "number":
      return cell.format === undefined ? String(cell.value) : `${cell.value}|${cell.format}`;
    case "bool":
      return cell.value ? "TRUE" : "FALSE";
    case "error":
      return cell.code;
    case "date":
      return `date:${cell.serial}${cell.date1904 ? "(1904)" : ""}`;
  }
}

/** Rows of cells as rows of short strings. */
export function showRows(rows: Cell[][]): string[][] {
  return rows.map((row) => row.map(showCell));
}
