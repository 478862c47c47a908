/**
 * A cohort's exports: one line per export the program has, each offered as
 * xlsx and as CSV, and a box (off by default) to write ID numbers and phones
 * whole. The files are made in this browser and saved as downloads.
 */
import { useMemo } from "preact/hooks";
import type { ScoredCohort } from "../../export/scored-cohort.ts";
import { createExportStore } from "./export-store.ts";
import "./export.css";

interface Props {
  /** The program's slug: certificate numbers start with its code. */
  slug: string;
  scored: ScoredCohort;
}

const formats = [
  { format: "xlsx", text: "xlsx" },
  { format: "csv", text: "CSV" },
] as const;

/** The export panel of a scored cohort. */
export default function ExportPanel({ slug, scored }: Props) {
  const store = useMemo(() => createExportStore(scored, slug), [scored, slug]);
  const busy = store.busy.value;
  return (
    <section class="export-panel" aria-labelledby="export-title">
      <h3 id="export-title">导出</h3>
      <p class="export-hint">
        文件在本浏览器中生成并直接保存，不经过网络。CSV 为 UTF-8 编码，可用 Excel 打开。
      </p>
      <label class="export-check">
        <input
          type="checkbox"
          checked={store.fullIds.value}
          onChange={(event) => (store.fullIds.value = event.currentTarget.checked)}
        />
        包含完整身份证号和手机号
      </label>
      {store.choices.some((c) => c.id === "trainingStats") && (
        <label class="export-unit">
          统计表的填报单位（印在“单位（盖章）”之后，可留空）
          <input
            type="text"
            value={store.unit.value}
            onInput={(event) => (store.unit.value = event.currentTarget.value)}
          />
        </label>
      )}
      <ul class="export-list">
        {store.choices.map((choice) => (
          <li key={choice.id}>
            <span>{choice.label}</span>
            {formats.map(({ format, text }) => (
              <button
                key={format}
                type="button"
                aria-label={`导出${choice.label}（${text}）`}
                disabled={busy !== null}
                onClick={() => void store.exportAs(choice, format)}
              >
                {busy === `${choice.id}:${format}` ? "正在生成…" : text}
              </button>
            ))}
          </li>
        ))}
      </ul>
      <p class="export-status" aria-live="polite">
        {store.status.value}
      </p>
      {store.error.value && (
        <p class="workspace-alert" role="alert">
          {store.error.value}
        </p>
      )}
    </section>
  );
}
