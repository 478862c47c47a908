/**
 * Writes exported tables into an .xlsx workbook. Cells are built one by one
 * so that text is always a text cell (an ID or a "=…" name is never read as
 * a number or a formula) and numbers are numbers; no cell has a formula.
 * The only module of src/export/ that imports SheetJS: the workspace loads it
 * when an export is made, never with the page.
 */
import * as XLSX from "@e965/xlsx";
import type { ExportTable, TableCell } from "./result-table.ts";

/** A named sheet of the workbook. */
export interface NamedTable {
  name: string;
  table: ExportTable;
}

/** The workbook's bytes, sheets in the order given. */
export function writeResultsWorkbook(sheets: readonly NamedTable[]): Uint8Array<ArrayBuffer> {
  const book = XLSX.utils.book_new();
  for (const { name, table } of sheets)
    XLSX.utils.book_append_sheet(book, buildSheet(table), toSheetName(name));
  return new Uint8Array(
    XLSX.write(book, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer,
  );
}

function buildSheet(table: ExportTable): XLSX.WorkSheet {
  const points = new Set(table.pointColumns);
  const titles = table.titleRows ?? [];
  const sheet: XLSX.WorkSheet = {};
  const all: TableCell[][] = [...titles.map((line) => [line]), table.header, ...table.rows];
  // A reduce, not Math.max(...rows): 100,000 arguments overflow the stack.
  const width = all.reduce((w, row) => Math.max(w, row.length), 1);
  all.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = toCell(value, r > titles.length && points.has(c));
      if (cell !== null) sheet[XLSX.utils.encode_cell({ r, c })] = cell;
    });
  });
  sheet["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: all.length - 1, c: width - 1 } });
  // A form's title runs across the whole table, as in the seed's 样表.
  if (titles.length > 0) sheet["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } }];
  // Wide enough for a Chinese header; the explanation column is left to wrap as Excel likes.
  sheet["!cols"] = table.header.map((h) => ({ wch: Math.min(Math.max(h.length * 2 + 2, 10), 40) }));
  return sheet;
}

function toCell(value: TableCell, point: boolean): XLSX.CellObject | null {
  if (value === null) return null;
  if (typeof value === "number") return point ? { t: "n", v: value, z: "0.00" } : { t: "n", v: value };
  return { t: "s", v: value };
}

/** Excel refuses sheet names over 31 characters or containing : \ / ? * [ ]. */
function toSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);
}
