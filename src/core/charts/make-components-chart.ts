/**
 * What each outcome is made of: the mean points of every component among
 * the trainees of that outcome, stacked, so a bar's height is their mean
 * total and its parts show where points were won or lost.
 */
import { labelOutcome, outcome, outcomeLabels } from "../scoring/outcome.ts";
import type { CohortScores } from "../scoring/score-cohort.ts";
import { isShown, roundTo, type ChartData, type TraineeMask } from "./chart-data.ts";

/**
 * Mean points per component per outcome, outcomes in the results table's
 * order; trainees with a figure 未录入 are left out (their totals are not
 * whole). Null when the rules have no components.
 */
export function makeComponentsChart(scores: CohortScores, mask: TraineeMask = null): ChartData | null {
  const { rules, components } = scores;
  if (rules.components.length === 0) return null;
  const heads = new Array<number>(outcomeLabels.length).fill(0);
  const sums = components.map(() => new Array<number>(outcomeLabels.length).fill(0));
  for (let i = 0; i < scores.outcome.length; i++) {
    const o = scores.outcome[i] as number;
    if (o === outcome.missing || !isShown(mask, i)) continue;
    heads[o] = (heads[o] as number) + 1;
    components.forEach((c, k) => {
      const row = sums[k] as number[];
      row[o] = (row[o] as number) + (c.points[i] as number);
    });
  }
  const shown = heads.flatMap((count, o) => (count > 0 ? [o] : []));
  return {
    title: "各结果的平均得分构成",
    note: "每段为该结果学员在此考核项的平均得分；缺考或未录入的学员总分不完整，未计入。",
    labelTitle: "结果",
    labels: shown.map((o) => `${labelOutcome(o)}（${heads[o]} 人）`),
    series: rules.components.map((c, k) => ({
      label: c.label,
      values: shown.map((o) => roundTo(((sums[k] as number[])[o] as number) / (heads[o] as number) / 100, 2)),
    })),
    unit: "分",
    stacked: true,
    horizontal: false,
    marker: null,
  };
}
