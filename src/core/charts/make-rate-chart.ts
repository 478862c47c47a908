/**
 * Pass or selection rate per group (市州, 城市圈, 单位类型): what share of
 * each group's trainees passed, or was selected, by the computed result.
 */
import { NOT_ENTERED } from "../scoring/describe-figures.ts";
import { outcome } from "../scoring/outcome.ts";
import type { CohortScores } from "../scoring/score-cohort.ts";
import type { TraineeAttribute } from "../scoring/trainee-table.ts";
import { isShown, roundTo, type ChartData, type TraineeMask } from "./chart-data.ts";

/** How each grouping is named on the chart. */
const groupTitles: Record<TraineeAttribute, string> = {
  region: "市州",
  cluster: "城市圈",
  county: "县（市）区",
  orgKind: "单位类型",
  category: "人才类别",
};

/** Groups past this many are drawn down the side. */
const MANY = 6;

/** Which trainees count, how groups are ordered and named. */
export interface RateOptions {
  mask?: TraineeMask;
  /** Groups in this order first (the program's region list), then as met. */
  order?: readonly string[];
  /** The program's own word for the grouping (dj 企业类型), else the usual one. */
  groupTitle?: string;
}

/**
 * The rate per group of `by`, 未录入 last. The denominator is every trainee
 * of the group, 缺考 included. Null when the rules neither pass nor select
 * anyone (jy) or no trainee shown has a value in that column.
 */
export function makeRateChart(
  scores: CohortScores,
  by: TraineeAttribute,
  { mask = null, order = [], groupTitle = groupTitles[by] }: RateOptions = {},
): ChartData | null {
  const { rules } = scores;
  const column = scores.table[by];
  const selects = rules.selection !== undefined;
  const passes = rules.passMark !== undefined || rules.tiering !== undefined || rules.attempts !== undefined;
  if (column === undefined || (!selects && !passes)) return null;
  const success = selects ? outcome.selected : outcome.pass;
  const tally = new Map<string, { heads: number; hits: number }>(
    order.map((key) => [key, { heads: 0, hits: 0 }]),
  );
  for (let i = 0; i < scores.outcome.length; i++) {
    if (!isShown(mask, i)) continue;
    const key = column[i] ?? NOT_ENTERED;
    const t = tally.get(key) ?? { heads: 0, hits: 0 };
    t.heads++;
    if (scores.outcome[i] === success) t.hits++;
    tally.set(key, t);
  }
  const groups = [...tally].filter(([key, t]) => t.heads > 0 && key !== NOT_ENTERED);
  // Trainees given as records carry the column even where no sheet had it: nothing to compare.
  if (groups.length === 0) return null;
  const unknown = tally.get(NOT_ENTERED);
  if (unknown !== undefined && unknown.heads > 0) groups.push([NOT_ENTERED, unknown]);
  const word = selects ? "入选率" : "通过率";
  return {
    title: `各${groupTitle}${word}`,
    note: `${word} = ${selects ? "入选" : "通过"}人数 ÷ 该组学员人数（含缺考或未录入），按计算结果，不含人工调整。`,
    labelTitle: groupTitle,
    labels: groups.map(([key, t]) => `${key}（${t.heads} 人）`),
    series: [{ label: word, values: groups.map(([, t]) => roundTo((100 * t.hits) / t.heads, 1)) }],
    unit: "%",
    stacked: false,
    horizontal: groups.length > MANY,
    marker: null,
  };
}
