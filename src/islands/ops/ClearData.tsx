/** "清除全部数据", behind a confirm: the workspace becomes as on first visit. */
import type { OpsStore } from "./ops-store.ts";

interface Props {
  store: OpsStore;
}

/** The clear button and its confirm step. */
export default function ClearData({ store }: Props) {
  const busy = store.busy.value !== null;
  return (
    <div class="workspace-form">
      <h3>清除全部数据</h3>
      {store.confirmingClear.value ? (
        <div role="group" aria-label="确认清除">
          <p>将删除本浏览器中的全部批次、导入、决定和记住的列对应，且无法撤销。建议先导出备份。</p>
          <div class="workspace-actions">
            <button type="button" disabled={busy} onClick={() => void store.confirmClear()}>
              确认清除
            </button>
            <button type="button" disabled={busy} onClick={() => store.askClear(false)}>
              取消
            </button>
          </div>
        </div>
      ) : (
        <button type="button" disabled={busy} onClick={() => store.askClear(true)}>
          清除全部数据
        </button>
      )}
    </div>
  );
}
