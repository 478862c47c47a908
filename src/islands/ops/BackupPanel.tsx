/** "备份与恢复": export the whole workspace as one file, restore it, or clear everything. */
import { useState } from "preact/hooks";
import ClearData from "./ClearData.tsx";
import type { OpsStore } from "./ops-store.ts";
import RestoreForm from "./RestoreForm.tsx";

interface Props {
  store: OpsStore;
}

/** The backup section with the last backup's date and the reminder when one is due. */
export default function BackupPanel({ store }: Props) {
  const [passphrase, setPassphrase] = useState("");
  const nudge = store.nudge.value;
  const last = store.lastBackupAt.value;
  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">备份与恢复</h2>
      <p>上次备份：{last === null ? "从未备份" : new Date(last).toLocaleString("zh-CN")}</p>
      {nudge && <p class={nudge.due ? "workspace-alert" : "note"}>{nudge.message}</p>}
      <form
        class="workspace-form"
        onSubmit={(event) => {
          event.preventDefault();
          void store.backUp(passphrase);
        }}
      >
        <label>
          备份口令（可选）
          <input
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onInput={(event) => setPassphrase(event.currentTarget.value)}
          />
        </label>
        <p class="note">设了口令的备份用 AES-GCM 加密，恢复时须输入同一口令；口令遗失则无法恢复。</p>
        <button type="submit" disabled={store.busy.value !== null}>
          {store.busy.value === "backup" ? "正在导出…" : "导出备份"}
        </button>
      </form>
      <RestoreForm store={store} />
      <ClearData store={store} />
      <div aria-live="polite">
        {store.notice.value && <p>{store.notice.value}</p>}
        {store.error.value && <p role="alert">{store.error.value}</p>}
      </div>
    </section>
  );
}
