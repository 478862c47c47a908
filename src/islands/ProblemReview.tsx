/**
 * What checking the rows found, before anything is stored: every problem
 * with its file, sheet, row and column, and the choice to import the rows
 * without problems or to stop.
 */
import { formatCount } from "./format-figures.ts";
import type { ImportStore } from "./import-store.ts";

interface Props {
  store: ImportStore;
}

/** The review step. */
export default function ProblemReview({ store }: Props) {
  const summary = store.summary.value;
  if (!summary) return null;
  const goodRows = summary.rowCount - summary.badRowCount;
  const hidden = summary.problemCount - summary.problems.length;
  return (
    <div class="review">
      <p role="status">
        工作表「{summary.sheetName}」共 {formatCount(summary.rowCount)} 行数据
        {summary.problemCount === 0
          ? "，没有发现问题。"
          : `，发现 ${formatCount(summary.problemCount)} 个问题，涉及 ${formatCount(summary.badRowCount)} 行。`}
        {summary.totalsRows.length > 0
          ? `底部的合计行（第 ${summary.totalsRows.join("、")} 行）不导入。`
          : ""}
      </p>
      {summary.problems.length > 0 && (
        <div class="table-scroll">
          <table class="wide">
            <caption>
              发现的问题
              {hidden > 0
                ? `（列出前 ${formatCount(summary.problems.length)} 个，另有 ${formatCount(hidden)} 个）`
                : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">文件</th>
                <th scope="col">工作表</th>
                <th scope="col" class="num">
                  行
                </th>
                <th scope="col">列</th>
                <th scope="col">问题</th>
              </tr>
            </thead>
            <tbody>
              {summary.problems.map((p, i) => (
                <tr key={i} class={p.severity === "warning" ? "problem--warning" : undefined}>
                  <td>{p.fileName}</td>
                  <td>{p.sheetName}</td>
                  <td class="num">{p.row}</td>
                  <td>
                    {p.column}（{p.header}）
                  </td>
                  <td>
                    {p.severity === "warning" ? "提醒：" : ""}
                    {p.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="workspace-actions">
        {summary.badRowCount === 0 ? (
          <button type="button" disabled={summary.rowCount === 0} onClick={() => void store.importRows()}>
            导入 {formatCount(summary.rowCount)} 行
          </button>
        ) : (
          <button type="button" disabled={goodRows === 0} onClick={() => void store.importRows()}>
            跳过有问题的行，导入其余 {formatCount(goodRows)} 行
          </button>
        )}
        <button type="button" onClick={() => store.cancel()}>
          取消
        </button>
      </div>
    </div>
  );
}
