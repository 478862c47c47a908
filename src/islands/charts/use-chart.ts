/**
 * Draws chart data on a canvas once Chart.js has loaded, redraws it when the
 * data changes (a filter), and lets the chart go with the component.
 */
import type { Chart } from "chart.js";
import type { RefObject } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { ChartData } from "../../core/charts/chart-data.ts";
import { buildChartConfig } from "./chart-config.ts";
import { readInk } from "./chart-ink.ts";
import { loadChart } from "./load-chart.ts";

/** Where a chart is: Chart.js still loading, drawn, or failed to load (the table then stands in). */
export type ChartState = "loading" | "ready" | "failed";

/** Draws `data` on the canvas of `canvas`; null data draws nothing. */
export function useChart(canvas: RefObject<HTMLCanvasElement>, data: ChartData | null): ChartState {
  const [state, setState] = useState<ChartState>("loading");
  useEffect(() => {
    const element = canvas.current;
    if (data === null || element === null) return;
    let chart: Chart<"bar"> | undefined;
    let gone = false;
    loadChart().then(
      (ChartClass) => {
        if (gone) return;
        // A new chart per data: with animation off it costs a few milliseconds, and options never go stale.
        chart = new ChartClass(element, buildChartConfig(data, readInk(element)));
        setState("ready");
      },
      () => {
        if (!gone) setState("failed");
      },
    );
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [canvas, data]);
  return state;
}
