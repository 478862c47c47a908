/** The rows under the data that are not data: a totals row (合计/总计), notes and signatures, blank rows. */
import { readCellText, isEmptyCell, isEmptyRow, type Row } from "./row-cells.ts";

/** Where the data stops, and which of the rows after it are totals. */
export interface DataEnd {
  /** 0-based index one past the last data row. */
  dataEnd: number;
  /** 0-based indexes of totals rows at the bottom, top to bottom. */
  totalsRows: number[];
}

// "合计", "合计：", "合计（人）", but not a company called 合计会计师事务所.
const totals = /^(?:合计|总计|小计|共计)(?:[:：(（].*)?$/;
const footer = /^(?:注|备注|说明|填表人|制表人|填报人|审核人|负责人|联系人|联系电话|填表日期|填报日期)/;

/** Scans up from the bottom past blank, totals and footer rows; stops at the first row of data. */
export function findDataEnd(rows: readonly Row[], dataStart: number): DataEnd {
  const totalsRows: number[] = [];
  let end = rows.length;
  while (end > dataStart) {
    const row = rows[end - 1]!;
    if (isTotalsRow(row)) totalsRows.unshift(end - 1);
    else if (!isEmptyRow(row) && !isFooterRow(row)) break;
    end--;
  }
  return { dataEnd: end, totalsRows };
}

/** Whether one of the first three filled cells starts with 合计, 总计, 小计 or 共计 ("合 计" too). */
export function isTotalsRow(row: Row): boolean {
  return firstTexts(row, 3).some((t) => totals.test(t));
}

// Signature lines such as "填表人：张三  审核人：李四" start with one of the footer words.
function isFooterRow(row: Row): boolean {
  const first = firstTexts(row, 1)[0];
  return first !== undefined && footer.test(first);
}

function firstTexts(row: Row, count: number): string[] {
  const texts: string[] = [];
  for (const cell of row) {
    if (isEmptyCell(cell)) continue;
    texts.push(readCellText(cell).replace(/\s+/g, ""));
    if (texts.length === count) break;
  }
  return texts;
}
