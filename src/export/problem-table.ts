/** The 问题 sheet: every problem found while reading, checking, matching and scoring, one per row. */
import type { RowProblem } from "../core/validation/row-problem.ts";
import type { ExportTable } from "./result-table.ts";

const severityWords = { error: "错误", warning: "提醒" } as const;

/** Builds the 问题 table; problems without a place (a whole file, the scoring) leave those cells empty. */
export function buildProblemTable(problems: readonly RowProblem[]): ExportTable {
  return {
    header: ["文件", "工作表", "行", "列", "表头", "类别", "说明"],
    rows: problems.map((p) => [
      p.fileName || null,
      p.sheetName || null,
      p.row > 0 ? p.row : null,
      p.column || null,
      p.header || null,
      severityWords[p.severity],
      p.message,
    ]),
    pointColumns: [],
  };
}
