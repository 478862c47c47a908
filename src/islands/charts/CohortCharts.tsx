/**
 * Every chart a cohort calls for, following the workspace's filters:
 * totals with the pass mark, components per outcome, rates per 城市圈,
 * 市州 and 单位类型, tiers, and progress toward each target. Charts a
 * program has no use for (tiers without tiering) draw nothing.
 */
import { useMemo } from "preact/hooks";
import type { TraineeMask } from "../../core/charts/chart-data.ts";
import type { Field } from "../../core/fields/field-schema.ts";
import { hubeiClusters, hubeiRegions } from "../../core/regions/hubei-regions.ts";
import type { TargetProgress } from "../../core/scoring/measure-progress.ts";
import type { CohortScores } from "../../core/scoring/score-cohort.ts";
import ComponentsChart from "./ComponentsChart.tsx";
import ProgressChart from "./ProgressChart.tsx";
import RateChart from "./RateChart.tsx";
import TierChart from "./TierChart.tsx";
import TotalsChart from "./TotalsChart.tsx";

interface Props {
  scores: CohortScores;
  progress: readonly TargetProgress[];
  /** The fields of the program's sheets: the label of its 单位类型 column, the order of its categories. */
  fields: readonly Field[];
  mask?: TraineeMask;
  /** Starts every saved file's name (the cohort's name). */
  name: string;
}

const regionOrder = hubeiRegions.map((r) => r.name);

/** The cohort's charts, in reading order. */
export default function CohortCharts({ scores, progress, fields, mask = null, name }: Props) {
  const orgKind = fields.find((f) => f.key === "orgKind");
  // Breakdowns follow the program's own lists: its categories, its enterprise kinds, then the 市州.
  const breakdownOrder = useMemo(
    () => [
      ...(fields.find((f) => f.key === "category")?.choices ?? []),
      ...(orgKind?.choices ?? []),
      ...regionOrder,
    ],
    [fields, orgKind],
  );
  return (
    <section class="charts" aria-label="图表">
      <TotalsChart scores={scores} mask={mask} fileName={`${name}-总分分布`} />
      <ComponentsChart scores={scores} mask={mask} fileName={`${name}-得分构成`} />
      <RateChart scores={scores} by="cluster" mask={mask} order={hubeiClusters} fileName={`${name}-城市圈`} />
      <RateChart scores={scores} by="region" mask={mask} order={regionOrder} fileName={`${name}-市州`} />
      <RateChart
        scores={scores}
        by="orgKind"
        mask={mask}
        order={orgKind?.choices}
        groupTitle={orgKind?.label}
        fileName={`${name}-${orgKind?.label ?? "单位类型"}`}
      />
      <TierChart scores={scores} mask={mask} fileName={`${name}-等次`} />
      {progress.map((p) => (
        <ProgressChart key={p.id} progress={p} order={breakdownOrder} fileName={`${name}-${p.label}`} />
      ))}
    </section>
  );
}
