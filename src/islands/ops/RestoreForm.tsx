/** "从备份恢复": choose the file, give its passphrase if it has one, and confirm the replacement. */
import { useState } from "preact/hooks";
import type { OpsStore } from "./ops-store.ts";

interface Props {
  store: OpsStore;
}

/** The restore steps: file, then a confirm that says everything will be replaced. */
export default function RestoreForm({ store }: Props) {
  const [passphrase, setPassphrase] = useState("");
  const step = store.restore.value;
  const busy = store.busy.value !== null;
  return (
    <div class="workspace-form">
      <h3>从备份恢复</h3>
      <label>
        备份文件
        <input
          type="file"
          accept=".zhipei,.gz,.json,application/json,application/gzip"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) store.chooseRestoreFile(file);
            event.currentTarget.value = "";
          }}
        />
      </label>
      {step.kind === "passphrase" && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            store.givePassphrase(passphrase);
            void store.confirmRestore();
          }}
        >
          <label>
            备份口令
            <input
              type="password"
              autoComplete="current-password"
              required
              value={passphrase}
              onInput={(event) => setPassphrase(event.currentTarget.value)}
            />
          </label>
          <p>恢复会替换本浏览器中的全部批次、导入和决定。</p>
          <div class="workspace-actions">
            <button type="submit" disabled={busy}>
              用此口令恢复
            </button>
            <button type="button" onClick={() => store.cancelRestore()}>
              取消
            </button>
          </div>
        </form>
      )}
      {step.kind === "confirm" && (
        <div role="group" aria-label="确认恢复">
          <p>恢复会先检查整个文件，再用备份替换本浏览器中的全部批次、导入和决定；现有数据不会保留。</p>
          <div class="workspace-actions">
            <button type="button" disabled={busy} onClick={() => void store.confirmRestore()}>
              {store.busy.value === "restore" ? "正在恢复…" : "确认恢复"}
            </button>
            <button type="button" disabled={busy} onClick={() => store.cancelRestore()}>
              取消
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
