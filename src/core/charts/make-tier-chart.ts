/**
 * Head-counts per tier (优秀, 良好, 合格, 不合格, and 待定 while a tie at a
 * cut is open), as computed and, where staff replaced tiers with a reason,
 * after their changes.
 */
import { NO_TIER } from "../scoring/assign-tiers.ts";
import { PENDING_PLACE } from "../scoring/cut-places.ts";
import type { CohortScores } from "../scoring/score-cohort.ts";
import { isShown, roundTo, type ChartData, type TraineeMask } from "./chart-data.ts";

const PENDING = "待定（并列）";

/**
 * Trainees per tier, each label with its share of those tiered; a second
 * series when overrides change a shown trainee's tier. Null without tiering.
 */
export function makeTierChart(scores: CohortScores, mask: TraineeMask = null): ChartData | null {
  const { rules, tierNames, tierSummary } = scores;
  if (rules.tiering === undefined || tierSummary === null) return null;
  const words = [...tierNames, PENDING];
  const computed = new Array<number>(words.length).fill(0);
  const effective = new Array<number>(words.length).fill(0);
  let changed = false;
  for (let i = 0; i < scores.tier.length; i++) {
    const t = scores.tier[i] as number;
    if (t === NO_TIER || !isShown(mask, i)) continue;
    const k = t === PENDING_PLACE ? words.length - 1 : t;
    computed[k] = (computed[k] as number) + 1;
    const chosen = scores.overrides.get(i)?.tier?.value;
    const e = chosen === undefined ? k : words.indexOf(chosen);
    if (e !== k) changed = true;
    if (e >= 0) effective[e] = (effective[e] as number) + 1;
  }
  const kept = words.flatMap((_, k) => (k < words.length - 1 || (computed[k] as number) > 0 ? [k] : []));
  const tiered = computed.reduce((s, c) => s + c, 0);
  const capacities = tierSummary.capacities.map((c) => `${c.tier} ${c.capacity} 名`).join("、");
  return {
    title: "等次分布",
    note: `名额按全部参评人数 ${tierSummary.base} 人计算：${capacities}；缺考或未录入者不评等次。`,
    labelTitle: "等次",
    labels: kept.map(
      (k) => `${words[k]}（${tiered === 0 ? 0 : roundTo((100 * (computed[k] as number)) / tiered, 1)}%）`,
    ),
    series: [
      { label: "计算结果", values: kept.map((k) => computed[k] as number) },
      ...(changed ? [{ label: "含人工调整", values: kept.map((k) => effective[k] as number) }] : []),
    ],
    unit: "人",
    stacked: false,
    horizontal: false,
    marker: null,
  };
}
