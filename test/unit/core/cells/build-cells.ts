/** Small builders for cells as a spreadsheet reader hands them. */
import type { Cell } from "../../../../src/core/cells/cell.ts";

export const text = (value: string): Cell & { kind: "text" } => ({ kind: "text", value });
export const num = (value: number, format?: string): Cell & { kind: "number" } =>
  format === undefined ? { kind: "number", value } : { kind: "number", value, format };
export const date = (serial: number, date1904 = false): Cell & { kind: "date" } => ({
  kind: "date",
  serial,
  date1904,
});
export const bool = (value: boolean): Cell & { kind: "bool" } => ({ kind: "bool", value });
export const error = (code: string): Cell => ({ kind: "error", code });
export const empty: Cell = { kind: "empty" };
