/** Chart data as a text table, so tests pin what a reader of the chart's data table would see. */
import type { ChartData } from "../../../../src/core/charts/chart-data.ts";

/** Title, note and one line per label; rows whose values are all 0 are left out when `skipEmpty`. */
export function printChart(data: ChartData | null, skipEmpty = false): string {
  if (data === null) return "（无此图）";
  const lines = [
    `${data.title}［${data.unit}${data.stacked ? "，堆叠" : ""}${data.horizontal ? "，横向" : ""}］`,
    ...(data.note === null ? [] : [data.note]),
    [data.labelTitle, ...data.series.map((s) => s.label)].join(" | "),
  ];
  data.labels.forEach((label, k) => {
    const values = data.series.map((s) => s.values[k] ?? 0);
    if (!skipEmpty || values.some((v) => v !== 0)) lines.push([label, ...values].join(" | "));
  });
  if (data.marker !== null) lines.push(`线 @${data.marker.position}：${data.marker.label}`);
  return lines.join("\n");
}
