/**
 * The distribution of totals in bins of 5 points, with the pass mark (or
 * the fail line of a tiering) as a line between the bins.
 */
import type { RuleSet } from "../rules/rule-schema.ts";
import { printOp } from "../scoring/compare-figures.ts";
import type { CohortScores } from "../scoring/score-cohort.ts";
import { isShown, type ChartData, type ChartMarker, type TraineeMask } from "./chart-data.ts";

/** Bin width in hundredths of a point (5 points). */
const BIN = 500;

/**
 * Counts of complete totals per 5-point bin, from 0 to the highest total
 * possible or reached; null when the rules have no components (hb-bxwq).
 * A bin holds its lower bound, not its upper, except the last.
 */
export function makeTotalsChart(scores: CohortScores, mask: TraineeMask = null): ChartData | null {
  const { rules, total, complete } = scores;
  if (rules.components.length === 0) return null;
  let highest = 0;
  let missing = 0;
  for (let i = 0; i < total.length; i++) {
    if (!isShown(mask, i)) continue;
    if (complete[i] === 1) highest = Math.max(highest, total[i] as number);
    else missing++;
  }
  const top = Math.max(highest, (rules.maxTotal ?? 0) * 100, BIN);
  const bins = Math.ceil(top / BIN);
  const counts = new Array<number>(bins).fill(0);
  let counted = 0;
  for (let i = 0; i < total.length; i++) {
    if (complete[i] !== 1 || !isShown(mask, i)) continue;
    const bin = Math.min(Math.floor((total[i] as number) / BIN), bins - 1);
    counts[bin] = (counts[bin] as number) + 1;
    counted++;
  }
  return {
    title: "总分分布",
    note: `每 5 分一段，含下限不含上限（最后一段含上限）；共 ${counted} 人${missing > 0 ? `，另有 ${missing} 人缺考或未录入，未计入` : ""}。`,
    labelTitle: "总分区间",
    labels: counts.map((_, k) => `${(k * BIN) / 100}–${((k + 1) * BIN) / 100}`),
    series: [{ label: "人数", values: counts }],
    unit: "人",
    stacked: false,
    horizontal: false,
    marker: markPass(rules),
  };
}

/** The pass mark, else the tiering's fail line, as a line at its place on the axis. */
function markPass(rules: RuleSet): ChartMarker | null {
  if (rules.passMark !== undefined)
    return {
      position: (rules.passMark.mark * 100) / BIN,
      label: `${rules.passMark.label}：总分 ${printOp(rules.passMark.op)} ${rules.passMark.mark}`,
    };
  if (rules.tiering !== undefined)
    return {
      position: (rules.tiering.failBelow * 100) / BIN,
      label: `${rules.tiering.failTier}：总分 < ${rules.tiering.failBelow}`,
    };
  return null;
}
