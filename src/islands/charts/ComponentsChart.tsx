/** Mean points of each component, stacked per outcome. */
import { useMemo } from "preact/hooks";
import type { TraineeMask } from "../../core/charts/chart-data.ts";
import { makeComponentsChart } from "../../core/charts/make-components-chart.ts";
import type { CohortScores } from "../../core/scoring/score-cohort.ts";
import ChartFigure from "./ChartFigure.tsx";

interface Props {
  scores: CohortScores;
  mask?: TraineeMask;
  fileName?: string;
}

/** What each outcome's totals are made of, for the trainees the filters show. */
export default function ComponentsChart({ scores, mask = null, fileName }: Props) {
  const data = useMemo(() => makeComponentsChart(scores, mask), [scores, mask]);
  return <ChartFigure data={data} fileName={fileName} />;
}
