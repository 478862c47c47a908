/**
 * Cohort counts: per outcome and tier, for the whole cohort and per region
 * and cluster; the ties to decide; the overrides, with the counts they lead to.
 */
import { NO_TIER } from "./assign-tiers.ts";
import { PENDING_PLACE, type Tie } from "./cut-places.ts";
import { NOT_ENTERED } from "./describe-figures.ts";
import { labelOutcome, outcomeLabels } from "./outcome.ts";
import type { Problem } from "./problem.ts";
import { isEligible, type CohortScores } from "./score-cohort.ts";

/** Head-counts by outcome word and tier name (every word present, 0 included), plus eligibility. */
export interface Counts {
  trainees: number;
  outcomes: Record<string, number>;
  tiers: Record<string, number>;
  certificate: number;
  talentPool: number;
}

/** A person's override as listed for the cohort. */
export interface ListedOverride {
  id: string;
  kind: "tier" | "selection";
  computed: string;
  value: string;
  reason: string;
}

/** What the cohort page shows above the table. */
export interface CohortSummary {
  /** Counts of the computed result. */
  computed: Counts;
  /** Counts once people's overrides are applied. */
  effective: Counts;
  /** Computed counts per 市州 and per 城市圈 (未录入 where not given), in first-seen order. */
  byRegion: { key: string; counts: Counts }[];
  byCluster: { key: string; counts: Counts }[];
  ties: Tie[];
  /** Ties nobody has settled yet. */
  openTies: number;
  overrides: ListedOverride[];
  problems: Problem[];
}

const PENDING_TIER = "待定（并列）";

/** Counts a scored cohort. */
export function summarizeCohort(scores: CohortScores): CohortSummary {
  const tierWords = [...scores.tierNames, ...(scores.tierNames.length > 0 ? [PENDING_TIER] : [])];
  const computed = countWhere(scores, tierWords, null);
  const effective = structuredClone(computed);
  const overrides: ListedOverride[] = [];
  for (const [i, o] of scores.overrides) {
    const id = scores.trainees[i]?.id ?? "";
    const outcomeWord = labelOutcome(scores.outcome[i] as number);
    const tierWord = tierWordOf(scores, i);
    if (o.selection !== undefined) {
      overrides.push({ id, kind: "selection", computed: outcomeWord, ...o.selection });
      move(effective.outcomes, outcomeWord, o.selection.value);
    }
    if (o.tier !== undefined) {
      overrides.push({ id, kind: "tier", computed: tierWord ?? "无", ...o.tier });
      if (tierWord !== null) move(effective.tiers, tierWord, o.tier.value);
    }
    const { certificate, talentPool } = scores.rules;
    if (certificate !== undefined)
      effective.certificate +=
        Number(isEligible(scores, certificate.when, i, o)) - (scores.certificate[i] as number);
    if (talentPool !== undefined)
      effective.talentPool += Number(isEligible(scores, talentPool.when, i, o)) - (scores.talentPool[i] as number);
  }
  return {
    computed,
    effective,
    byRegion: countBy(scores, tierWords, (i) => scores.trainees[i]?.region),
    byCluster: countBy(scores, tierWords, (i) => scores.trainees[i]?.cluster),
    ties: scores.ties,
    openTies: scores.ties.filter((t) => !t.decided).length,
    overrides,
    problems: scores.problems,
  };
}

function tierWordOf(scores: CohortScores, i: number): string | null {
  const code = scores.tier[i] as number;
  if (code === NO_TIER) return null;
  return code === PENDING_PLACE ? PENDING_TIER : (scores.tierNames[code] ?? null);
}

function move(counts: Record<string, number>, from: string, to: string): void {
  counts[from] = (counts[from] ?? 0) - 1;
  counts[to] = (counts[to] ?? 0) + 1;
}

/** Counts of `members` (every trainee when null). */
function countWhere(scores: CohortScores, tierWords: readonly string[], members: Int32Array | null): Counts {
  const outcomes = new Int32Array(outcomeLabels.length);
  const tiers = new Int32Array(tierWords.length);
  let certificate = 0;
  let talentPool = 0;
  const n = members === null ? scores.outcome.length : members.length;
  for (let k = 0; k < n; k++) {
    const i = members === null ? k : (members[k] as number);
    (outcomes[scores.outcome[i] as number] as number)++;
    const t = scores.tier[i] as number;
    if (t !== NO_TIER) (tiers[t === PENDING_PLACE ? tierWords.length - 1 : t] as number)++;
    certificate += scores.certificate[i] as number;
    talentPool += scores.talentPool[i] as number;
  }
  return {
    trainees: n,
    outcomes: Object.fromEntries(outcomeLabels.map((w, k) => [w, outcomes[k] as number])),
    tiers: Object.fromEntries(tierWords.map((w, k) => [w, tiers[k] as number])),
    certificate,
    talentPool,
  };
}

function countBy(
  scores: CohortScores,
  tierWords: readonly string[],
  keyOf: (i: number) => string | undefined,
): { key: string; counts: Counts }[] {
  const lists = new Map<string, number[]>();
  for (let i = 0; i < scores.outcome.length; i++) {
    const key = keyOf(i) ?? NOT_ENTERED;
    let list = lists.get(key);
    if (list === undefined) lists.set(key, (list = []));
    list.push(i);
  }
  return [...lists].map(([key, list]) => ({ key, counts: countWhere(scores, tierWords, Int32Array.from(list)) }));
}
