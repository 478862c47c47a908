/** Recognising a column by what it holds, for headers that name nothing the program knows. */
import type { Cell } from "../cells/cell.ts";
import { isValidIdNumber } from "../cells/id-number.ts";
import { isMobileNumber } from "../cells/parse-phone.ts";
import type { FieldType } from "../fields/field-schema.ts";
import { isEmptyCell, readCellText } from "./row-cells.ts";

/** The field type a column's values reveal, and the share of filled values that show it. */
export interface ColumnContent {
  type: Extract<FieldType, "idNumber" | "phone">;
  share: number;
}

// Most, not all: a column of IDs with a typo or two is still the ID column.
const leastShare = 0.8;

/** Whether most filled cells pass the ID checksum (身份证号) or are mainland mobiles (手机). */
export function detectColumnContent(values: readonly (Cell | undefined)[]): ColumnContent | undefined {
  let filled = 0;
  let ids = 0;
  let mobiles = 0;
  for (const cell of values) {
    if (isEmptyCell(cell) || cell?.kind === "error") continue;
    filled++;
    const text = readCellText(cell);
    // A number cell cannot hold all 18 digits of an ID, so only text counts.
    if (cell?.kind === "text" && isValidIdNumber(text)) ids++;
    else if (isMobileNumber(text)) mobiles++;
  }
  if (filled === 0) return undefined;
  if (ids / filled >= leastShare) return { type: "idNumber", share: ids / filled };
  if (mobiles / filled >= leastShare) return { type: "phone", share: mobiles / filled };
  return undefined;
}
