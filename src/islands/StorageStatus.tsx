/** Where the data lives, whether the browser keeps it, and how much room it takes. */
import { formatMegabytes } from "./format-figures.ts";
import type { WorkspaceStore } from "./workspace-store.ts";

interface Props {
  store: WorkspaceStore;
}

/** A short paragraph under the page title. */
export default function StorageStatus({ store }: Props) {
  const status = store.storage.value;
  const answer = store.persistence.value;
  return (
    <div class="workspace-storage" aria-live="polite">
      <p>所有数据只保存在本浏览器中（IndexedDB），不会上传到任何服务器。</p>
      {answer.asked && (
        <p>
          {answer.granted === true
            ? "已请求持久保存：浏览器同意长期保留本站数据。"
            : answer.granted === false
              ? "已请求持久保存，但浏览器未同意：存储空间紧张时（或在 Safari 中 7 天未访问后）数据可能被清除，请定期备份。"
              : "此浏览器不支持持久保存请求，请定期备份。"}
        </p>
      )}
      {status && (
        <p>
          {status.persisted === true
            ? "持久保存：已开启。"
            : status.persisted === false
              ? "持久保存：未开启。"
              : ""}
          {status.usageBytes !== undefined && status.quotaBytes !== undefined
            ? `已用 ${formatMegabytes(status.usageBytes)}，可用上限约 ${formatMegabytes(status.quotaBytes)}。`
            : ""}
        </p>
      )}
    </div>
  );
}
