/**
 * What a chart draws, as plain labels and numbers: the core builds it from
 * scored cohorts and the islands hand it to Chart.js, so no Chart.js type
 * reaches the core and every chart can also be read as a table.
 */

/** One series: a name and a number per label. */
export interface ChartSeries {
  label: string;
  values: number[];
}

/** A line across the category axis, such as the pass mark on the histogram of totals. */
export interface ChartMarker {
  /** In label slots: 15 is the edge between label 14 and label 15. */
  position: number;
  label: string;
}

/** One chart, ready to draw or to print as a table. */
export interface ChartData {
  /** The caption (总分分布). */
  title: string;
  /** A sentence under the caption: what is left out, how a figure is counted. */
  note: string | null;
  /** What the labels are (总分区间, 市州): the first column of the table. */
  labelTitle: string;
  labels: string[];
  series: ChartSeries[];
  /** What a value counts: 人, 分, %. */
  unit: string;
  /** Series stack in one bar per label (components per outcome). */
  stacked: boolean;
  /** Many or long labels (17 市州) read better down the side. */
  horizontal: boolean;
  marker: ChartMarker | null;
}

/**
 * Which trainees a chart counts: 1 where trainee i passes the workspace's
 * filters; null counts everyone.
 */
export type TraineeMask = ArrayLike<number> | null;

/** Whether trainee `i` is counted under `mask`. */
export function isShown(mask: TraineeMask, i: number): boolean {
  return mask === null || mask[i] === 1;
}

/** A figure rounded to `decimals` places, as a chart labels it. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
