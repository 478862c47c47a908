/** Chart data from the core as a Chart.js bar chart configuration. */
import type { ChartConfiguration } from "chart.js";
import type { ChartData } from "../../core/charts/chart-data.ts";
import type { ChartInk } from "./chart-ink.ts";
import { createMarkerPlugin } from "./marker-plugin.ts";

/**
 * Bars (stacked or side by side, down the side for many labels), axes in
 * the page's ink, the unit on the value axis, a legend only for several
 * series, and no animation: a chart is ready the moment it is drawn.
 */
export function buildChartConfig(data: ChartData, ink: ChartInk): ChartConfiguration<"bar"> {
  const categoryAxis = data.horizontal ? "y" : "x";
  const valueAxis = data.horizontal ? "x" : "y";
  const font = { family: ink.font };
  return {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: data.series.map((s, k) => ({
        label: s.label,
        data: s.values,
        backgroundColor: ink.series[k % ink.series.length],
      })),
    },
    options: {
      indexAxis: categoryAxis,
      animation: false,
      responsive: true,
      // Down the side each label needs a row: past 12 labels the chart grows taller (17 市州: 1.4).
      aspectRatio: data.horizontal ? Math.max(0.8, Math.min(2, 24 / data.labels.length)) : 2,
      layout: { padding: { top: data.marker === null ? 0 : 18 } },
      scales: {
        [categoryAxis]: {
          stacked: data.stacked,
          grid: { display: false },
          ticks: { color: ink.text, font },
          title: { display: data.labelTitle !== "", text: data.labelTitle, color: ink.muted, font },
        },
        [valueAxis]: {
          stacked: data.stacked,
          beginAtZero: true,
          grid: { color: ink.grid },
          ticks: { color: ink.muted, font, precision: data.unit === "人" ? 0 : undefined },
          title: { display: true, text: data.unit, color: ink.muted, font },
        },
      },
      plugins: {
        legend: { display: data.series.length > 1, labels: { color: ink.text, font } },
        tooltip: {
          titleFont: font,
          bodyFont: font,
          callbacks: { label: (item) => `${item.dataset.label ?? ""}：${item.formattedValue} ${data.unit}` },
        },
      },
    },
    plugins: data.marker === null ? [] : [createMarkerPlugin(data.marker, ink)],
  };
}
