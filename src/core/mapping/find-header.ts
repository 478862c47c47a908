/**
 * Finds the header in the first rows of a sheet: skips title rows
 * ("2023年全省…统计表", "单位（盖章）：XX 市知识产权局"), joins a two-row
 * header into "父-子" names, and drops columns with neither a name nor data.
 */
import type { Cell } from "../cells/cell.ts";
import { fail, succeed, type ParseResult } from "../cells/cell.ts";
import { isEmptyCell, readCellText, type Row } from "./row-cells.ts";

/** A merged block of cells, 0-based and inclusive; its value sits in the first cell. */
export interface MergedRange {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/** Where the header is and what each kept column is called. */
export interface HeaderLayout {
  /** 0-based index of the (first) header row. */
  headerRow: number;
  headerRowCount: 1 | 2;
  /** 0-based index of the first row after the header. */
  dataStart: number;
  /** Kept columns by sheet index; `header` is "" for a column with data but no name. */
  columns: { index: number; header: string }[];
}

const windowRows = 30;
const numeric = /^[\d\s.,%+-]+$/;
// "单位（盖章）：XX 市知识产权局" is a form line above the table, not a column name.
const formLine = /[:：]\s*\S/;

/** Locates the header among the first 30 rows (given from the top of the sheet, as merges are), or says that none looks like one. */
export function findHeader(
  rows: readonly Row[],
  merges: readonly MergedRange[] = [],
): ParseResult<HeaderLayout> {
  const window = rows.slice(0, windowRows);
  const headerRow = pickHeaderRow(window);
  if (headerRow < 0) return fail(`前 ${windowRows} 行中找不到表头：表头行应有两个以上的列名`);
  const twoRows = hasChildRow(window, headerRow, merges);
  const dataStart = headerRow + (twoRows ? 2 : 1);
  const names = twoRows ? joinTwoRows(window, headerRow, merges) : window[headerRow]!.map(readCellText);
  const width = Math.max(names.length, ...window.slice(dataStart).map((r) => r.length));
  const columns: HeaderLayout["columns"] = [];
  for (let c = 0; c < width; c++) {
    const header = names[c] ?? "";
    if (header !== "" || window.slice(dataStart).some((r) => !isEmptyCell(r[c])))
      columns.push({ index: c, header });
  }
  return succeed({ headerRow, headerRowCount: twoRows ? 2 : 1, dataStart, columns });
}

function isLabel(cell: Cell | undefined): boolean {
  if (cell?.kind !== "text") return false;
  const t = cell.value.trim();
  return t !== "" && !numeric.test(t) && !formLine.test(t);
}

// The first row that is mostly column names and about as wide as the table.
function pickHeaderRow(window: readonly Row[]): number {
  const filled = window.map((r) => r.filter((c) => !isEmptyCell(c)).length);
  const widest = Math.max(0, ...filled);
  return window.findIndex((r, i) => {
    const labels = r.filter(isLabel).length;
    return labels >= 2 && labels >= widest / 2 && labels >= filled[i]! * 0.8;
  });
}

// A second header row shows as a cell merged down from the header row, or as a row of
// nothing but labels with a child under a merged parent (or, in a CSV, under an empty cell).
function hasChildRow(window: readonly Row[], r: number, merges: readonly MergedRange[]): boolean {
  const top = window[r]!;
  const next = window[r + 1];
  if (!next) return false;
  const fromHeader = merges.filter((m) => m.firstRow === r);
  if (fromHeader.some((m) => m.lastRow > r)) return true;
  if (next.some((c) => !isEmptyCell(c) && !isLabel(c))) return false;
  const underMerge = (i: number) => fromHeader.some((m) => m.firstColumn <= i && i <= m.lastColumn);
  return next.some((c, i) => isLabel(c) && (underMerge(i) || isEmptyCell(top[i])));
}

function joinTwoRows(window: readonly Row[], r: number, merges: readonly MergedRange[]): string[] {
  const top = window[r]!;
  const next = window[r + 1]!;
  const names: string[] = [];
  // Without merge information, a parent stretches right over the empty cells that have children.
  let spanParent = "";
  for (let c = 0; c < Math.max(top.length, next.length); c++) {
    const merge = merges.find((m) => m.firstRow === r && m.firstColumn <= c && c <= m.lastColumn);
    const own = readCellText(top[merge ? merge.firstColumn : c]);
    const child = merge && merge.lastRow > r ? "" : readCellText(next[c]);
    const parent = merge || own !== "" ? own : child === "" ? "" : spanParent;
    spanParent = child === "" ? "" : parent;
    names.push(parent && child ? `${parent}-${child}` : parent || child);
  }
  return names;
}
