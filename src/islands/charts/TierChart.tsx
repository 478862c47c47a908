/** Head-counts per tier, computed and after overrides. */
import { useMemo } from "preact/hooks";
import type { TraineeMask } from "../../core/charts/chart-data.ts";
import { makeTierChart } from "../../core/charts/make-tier-chart.ts";
import type { CohortScores } from "../../core/scoring/score-cohort.ts";
import ChartFigure from "./ChartFigure.tsx";

interface Props {
  scores: CohortScores;
  mask?: TraineeMask;
  fileName?: string;
}

/** Tier shares of the trainees the filters show. */
export default function TierChart({ scores, mask = null, fileName }: Props) {
  const data = useMemo(() => makeTierChart(scores, mask), [scores, mask]);
  return <ChartFigure data={data} fileName={fileName} />;
}
