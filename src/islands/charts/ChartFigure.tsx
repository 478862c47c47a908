/**
 * One chart: caption, canvas, the same numbers as a table, and "保存为 PNG".
 * The canvas is an image to assistive technology; the table carries the data.
 */
import { useId, useRef } from "preact/hooks";
import type { ChartData } from "../../core/charts/chart-data.ts";
import ChartTable from "./ChartTable.tsx";
import { saveCanvasAsPng } from "./save-png.ts";
import { useChart } from "./use-chart.ts";

interface Props {
  /** Nothing is shown for null (a chart the program has no use for). */
  data: ChartData | null;
  /** Stem of the saved file; the chart's title when absent. */
  fileName?: string;
}

/** A figure drawing `data`. */
export default function ChartFigure({ data, fileName }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const state = useChart(canvas, data);
  const id = useId();
  if (data === null) return null;
  const save = () => {
    if (canvas.current !== null) saveCanvasAsPng(canvas.current, fileName ?? data.title, data.title);
  };
  return (
    <figure class="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <p class="chart-title">
          <strong>{data.title}</strong>
        </p>
        {data.note !== null && <p class="chart-note">{data.note}</p>}
      </figcaption>
      <canvas ref={canvas} role="img" aria-label={`${data.title}。数据见下表。`} />
      <ChartTable data={data} hidden={state !== "failed"} />
      <p class="chart-actions">
        <button type="button" onClick={save} disabled={state !== "ready"}>
          保存为 PNG
        </button>
        {state === "loading" && <span role="status">图表加载中…</span>}
        {state === "failed" && <span role="alert">图表未能加载，数据见上表。</span>}
      </p>
    </figure>
  );
}
