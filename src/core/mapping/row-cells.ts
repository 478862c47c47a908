/** Reading rows of cells as text, for finding headers and the rows around the data. */
import type { Cell } from "../cells/cell.ts";
import { convertExcelSerial } from "../cells/excel-serial.ts";

/** A row as the reader hands it: cells by column index, possibly shorter than the sheet is wide. */
export type Row = readonly Cell[];

/** The text a cell shows, trimmed; "" for empty and error cells. */
export function readCellText(cell: Cell | undefined): string {
  switch (cell?.kind) {
    case undefined:
    case "empty":
    case "error":
      return "";
    case "text":
      return cell.value.trim();
    case "number":
      return String(cell.value);
    case "bool":
      return cell.value ? "TRUE" : "FALSE";
    case "date": {
      const iso = convertExcelSerial(cell.serial, cell.date1904);
      return iso.ok ? iso.value : String(cell.serial);
    }
  }
}

/** Whether a cell holds nothing: empty, or text of only spaces. Error cells are not empty. */
export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === undefined || cell.kind === "empty" || (cell.kind === "text" && cell.value.trim() === "");
}

/** Whether every cell of a row is empty. */
export function isEmptyRow(row: Row): boolean {
  return row.every(isEmptyCell);
}
