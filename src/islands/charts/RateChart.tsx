/** Pass or selection rate per 市州, 城市圈 or 单位类型. */
import { useMemo } from "preact/hooks";
import type { TraineeMask } from "../../core/charts/chart-data.ts";
import { makeRateChart } from "../../core/charts/make-rate-chart.ts";
import type { CohortScores } from "../../core/scoring/score-cohort.ts";
import type { TraineeAttribute } from "../../core/scoring/trainee-table.ts";
import ChartFigure from "./ChartFigure.tsx";

interface Props {
  scores: CohortScores;
  by: TraineeAttribute;
  mask?: TraineeMask;
  /** Groups in this order first (the 17 市州 as the program lists them). */
  order?: readonly string[];
  /** The program's word for the grouping (企业类型). */
  groupTitle?: string;
  fileName?: string;
}

/** The rate per group of the trainees the filters show. */
export default function RateChart({ scores, by, mask = null, order, groupTitle, fileName }: Props) {
  const data = useMemo(
    () => makeRateChart(scores, by, { mask, order, groupTitle }),
    [scores, by, mask, order, groupTitle],
  );
  return <ChartFigure data={data} fileName={fileName} />;
}
