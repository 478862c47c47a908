/** The cohort's imports, oldest first, each of which can be undone (after a second click to confirm). */
import { useState } from "preact/hooks";
import { formatCount, formatTime } from "./format-figures.ts";
import type { WorkspaceStore } from "./workspace-store.ts";

interface Props {
  store: WorkspaceStore;
}

const kindNames: Record<string, string> = {
  trainee: "学员",
  trainingClass: "培训班",
  participation: "参训记录",
  registration: "报名",
};

/** The import history table. */
export default function ImportHistory({ store }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const records = store.imports.value;
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">导入记录</h3>
      {records.length === 0 ? (
        <p>这个批次还没有导入任何文件。</p>
      ) : (
        <div class="table-scroll">
          <table class="wide">
            <caption>导入记录（{formatCount(records.length)} 次）</caption>
            <thead>
              <tr>
                <th scope="col">文件</th>
                <th scope="col">工作表</th>
                <th scope="col">内容</th>
                <th scope="col">导入时间</th>
                <th scope="col" class="num">
                  行数
                </th>
                <th scope="col" class="num">
                  跳过
                </th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {records.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.fileName}</th>
                  <td>{r.sheetName}</td>
                  <td>{kindNames[r.recordKind] ?? r.recordKind}</td>
                  <td>{formatTime(r.importedAt)}</td>
                  <td class="num">{formatCount(r.rowCount)}</td>
                  <td class="num">{formatCount(r.skippedRows)}</td>
                  <td>
                    {confirming === r.id ? (
                      <span class="workspace-actions">
                        <button
                          type="button"
                          onClick={() => {
                            setConfirming(null);
                            void store.undo(r.id);
                          }}
                        >
                          确认撤销
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          保留
                        </button>
                      </span>
                    ) : (
                      <button
                        type="button"
                        aria-label={`撤销导入「${r.fileName}」`}
                        onClick={() => setConfirming(r.id)}
                      >
                        撤销
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
