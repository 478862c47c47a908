/** What the worker is doing now, with a bar where it can tell how far it has got, and a way to stop. */
import type { ImportProgress } from "../import/import-protocol.ts";
import { formatCount, formatMegabytes } from "./format-figures.ts";
import type { ImportStore } from "./import-store.ts";

interface Props {
  store: ImportStore;
}

function describe(step: string, progress: ImportProgress | null): string {
  switch (progress?.stage) {
    case "parsing":
      return `正在读取文件（${formatMegabytes(progress.fileBytes)}）…`;
    case "rows":
      return `正在读取行：${formatCount(progress.done)} / ${formatCount(progress.total)}`;
    case "validating":
      return `正在检查 ${formatCount(progress.rows)} 行数据…`;
    case "storing":
      return `正在保存：第 ${formatCount(progress.done)} / ${formatCount(progress.total)} 块`;
    case undefined:
      return step === "inspecting" ? "正在识别表头…" : step === "saving" ? "正在保存…" : "正在读取文件…";
  }
}

/** The progress line of a running step. */
export default function ImportProgressLine({ store }: Props) {
  const progress = store.progress.value;
  const step = store.step.value;
  const counted = progress?.stage === "rows" || progress?.stage === "storing" ? progress : null;
  return (
    <div class="import-progress">
      <p aria-live="polite">
        「{store.fileName.value}」：{describe(step, progress)}
      </p>
      {counted ? (
        <progress max={counted.total} value={counted.done} aria-label="进度" />
      ) : (
        <progress aria-label="进度" />
      )}
      {step === "saving" && <p class="note">保存完成前取消，数据库不会有任何改动。</p>}
      <button type="button" onClick={() => store.cancel()}>
        取消
      </button>
    </div>
  );
}
