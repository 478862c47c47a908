/** Progress toward one target, broken down as the target asks. */
import { useMemo } from "preact/hooks";
import { makeProgressChart } from "../../core/charts/make-progress-chart.ts";
import type { TargetProgress } from "../../core/scoring/measure-progress.ts";
import ChartFigure from "./ChartFigure.tsx";

interface Props {
  progress: TargetProgress;
  /** Keys in this order first (the six talent categories as the plan lists them). */
  order?: readonly string[];
  fileName?: string;
}

/** The reach of one target in its caption, its breakdown in bars. */
export default function ProgressChart({ progress, order, fileName }: Props) {
  const data = useMemo(() => makeProgressChart(progress, order), [progress, order]);
  return <ChartFigure data={data} fileName={fileName} />;
}
