/** A chart's numbers as a table: read out by screen readers, and shown when Chart.js could not load. */
import type { ChartData } from "../../core/charts/chart-data.ts";

interface Props {
  data: ChartData;
  hidden: boolean;
}

/**
 * One row per label, one column per series, the unit in the headers. A
 * table is never narrower than its content, so it is hidden through a
 * wrapping block, which can be clipped to a pixel.
 */
export default function ChartTable({ data, hidden }: Props) {
  return (
    <div class={hidden ? "visually-hidden" : "chart-table"}>
      <table>
        <caption>{data.title}</caption>
        <thead>
          <tr>
            <th scope="col">{data.labelTitle}</th>
            {data.series.map((s) => (
              <th scope="col" key={s.label}>
                {s.label}（{data.unit}）
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.labels.map((label, k) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {data.series.map((s) => (
                <td key={s.label}>{s.values[k] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
