/** The histogram of totals, with the pass mark drawn across it. */
import { useMemo } from "preact/hooks";
import type { TraineeMask } from "../../core/charts/chart-data.ts";
import { makeTotalsChart } from "../../core/charts/make-totals-chart.ts";
import type { CohortScores } from "../../core/scoring/score-cohort.ts";
import ChartFigure from "./ChartFigure.tsx";

interface Props {
  scores: CohortScores;
  mask?: TraineeMask;
  fileName?: string;
}

/** Totals in 5-point bins of the trainees the filters show. */
export default function TotalsChart({ scores, mask = null, fileName }: Props) {
  const data = useMemo(() => makeTotalsChart(scores, mask), [scores, mask]);
  return <ChartFigure data={data} fileName={fileName} />;
}
