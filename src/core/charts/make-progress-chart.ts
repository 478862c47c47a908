/**
 * Progress toward one target, broken down as the target asks: person-times
 * by year and category stacked (jy), pool members by enterprise kind and
 * year (dj), counties and enterprises covered per 市州 (hb-bxwq).
 */
import type { TargetProgress } from "../scoring/measure-progress.ts";
import { roundTo, type ChartData } from "./chart-data.ts";

/** How each breakdown is named on the chart. */
const dimensionTitles: Record<TargetProgress["breakdowns"][number]["by"], string> = {
  year: "年度",
  category: "人才类别",
  region: "市州",
  orgKind: "企业类型",
};

const MANY = 6;

/**
 * The target's reach in the title, and its first two breakdowns crossed
 * (rows along the axis, columns stacked), else its one breakdown, else the
 * reach beside the target. Keys listed in `order` (the six categories as the
 * plan lists them) come first, in that order; the rest stay sorted.
 */
export function makeProgressChart(progress: TargetProgress, order: readonly string[] = []): ChartData {
  const { label, value, target, unit, cross, breakdowns } = progress;
  const reach = `${label}：${value} / ${target} ${unit}（${roundTo(100 * progress.share, 1)}%）`;
  const rank = (key: string): number => {
    const k = order.indexOf(key);
    return k < 0 ? order.length : k;
  };
  const arrange = (keys: string[]): string[] => keys.sort((a, b) => rank(a) - rank(b));
  const base = {
    title: progress.by === null ? reach : `${reach}，目标年份 ${progress.by}`,
    note: progress.notEntered > 0 ? `${progress.notEntered} 条记录缺少此项数据，未计入。` : null,
    unit,
    marker: null,
  };
  if (cross !== null) {
    const rows = arrange([...new Set(cross.cells.map((c) => c.row))]);
    const columns = arrange([...new Set(cross.cells.map((c) => c.column))]);
    const at = new Map(cross.cells.map((c) => [`${c.row}\u0000${c.column}`, c.value]));
    return {
      ...base,
      labelTitle: dimensionTitles[cross.rows],
      labels: rows,
      series: columns.map((column) => ({
        label: column,
        values: rows.map((row) => at.get(`${row}\u0000${column}`) ?? 0),
      })),
      stacked: true,
      horizontal: rows.length > MANY,
    };
  }
  const [first] = breakdowns;
  if (first !== undefined) {
    const rows = [...first.rows].sort((a, b) => rank(a.key) - rank(b.key));
    return {
      ...base,
      labelTitle: dimensionTitles[first.by],
      labels: rows.map((r) => r.key),
      series: [{ label, values: rows.map((r) => r.value) }],
      stacked: false,
      horizontal: rows.length > MANY,
    };
  }
  return {
    ...base,
    labelTitle: "进度",
    labels: ["已完成", "目标"],
    series: [{ label, values: [value, target] }],
    stacked: false,
    horizontal: false,
  };
}
