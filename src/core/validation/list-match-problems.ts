/** What merging trainees across files found, as problems for the preview and the results workbook. */
import type { MatchedTrainees, SourceBatch } from "../records/match-trainees.ts";
import type { ColumnLabel } from "./column-labels.ts";
import { describeConflict } from "./describe-conflict.ts";
import type { RowProblem } from "./row-problem.ts";

/** A source with its columns named by field key. */
export interface LabelledSource extends SourceBatch {
  labels: ReadonlyMap<string, ColumnLabel>;
}

/** A warning per conflict, at the row whose value was not kept, and an error per row that names no one. */
export function listMatchProblems(
  sources: readonly LabelledSource[],
  matched: MatchedTrainees,
): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const c of matched.conflicts) {
    const source = sources[c.otherAt.source];
    const keptSource = sources[c.keptAt.source];
    if (source === undefined || keptSource === undefined) continue;
    const label = source.labels.get(c.field);
    problems.push({
      fileName: source.fileName,
      sheetName: source.sheetName,
      row: c.otherAt.row,
      column: label?.column ?? "",
      header: label?.header ?? c.field,
      message: describeConflict(c, label?.field.label ?? c.field, label?.field.type, {
        fileName: keptSource.fileName,
        sheetName: keptSource.sheetName,
        row: c.keptAt.row,
      }),
      severity: "warning",
    });
  }
  for (const u of matched.unnamed) {
    const source = sources[u.source];
    if (source === undefined) continue;
    const label = source.labels.get("name");
    problems.push({
      fileName: source.fileName,
      sheetName: source.sheetName,
      row: u.row,
      column: label?.column ?? "",
      header: label?.header ?? "",
      message: "无法确定是哪位学员：没有身份证号、手机号，也没有姓名和工作单位；此行未计入",
      severity: "error",
    });
  }
  return problems;
}
