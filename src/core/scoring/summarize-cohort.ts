/**
 * Cohort counts: per outcome and tier, for the whole cohort and per region
 * and cluster; the ties to decide; the overrides, with the counts they lead to.
 */
import { NO_TIER } from "./assign-tiers.ts";
import { PENDING_PLACE, type Tie } from "./cut-places.ts";
import { NOT_ENTERED } from "./describe-figures.ts";
import { labelOutcome, outcomeLabels } from "./outcome.ts";
import type { Problem } from "./problem.ts";
import { isEligible } from "./check-eligibility.ts";
import type { CohortScores } from "./score-cohort.ts";
import type { TraineeAttribute } from "./trainee-table.ts";

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
  const computed = countWhere(scores, tierWords);
  const effective = structuredClone(computed);
  const overrides: ListedOverride[] = [];
  for (const [i, o] of scores.overrides) {
    const id = scores.table.ids[i] ?? "";
    const outcomeWord = labelOutcome(scores.outcome[i] as number);
    const tierWord = tierWordOf(scores, i);
    if (o.selection !== undefined) {
      overrides.push({ id, kind: "selection", computed: outcomeWord, ...o.selection });
      move(effective.outcomes, outcomeWord, o.selection.value);
    }
    if (o.tier !== undefined) {
      overrides.push({ id, kind: "tier", computed: tierWord ?? "无", ...o.tier });
      if (tierWord !== null) move(effective.tiers, tierWord, o.tier.value);
      else effective.tiers[o.tier.value] = (effective.tiers[o.tier.value] ?? 0) + 1;
    }
    const { certificate, talentPool } = scores.rules;
    if (certificate !== undefined)
      effective.certificate +=
        Number(isEligible(scores, certificate.when, i, o)) - (scores.certificate[i] as number);
    if (talentPool !== undefined)
      effective.talentPool +=
        Number(isEligible(scores, talentPool.when, i, o)) - (scores.talentPool[i] as number);
  }
  return {
    computed,
    effective,
    byRegion: countBy(scores, tierWords, "region"),
    byCluster: countBy(scores, tierWords, "cluster"),
    ties: scores.ties,
    openTies: scores.ties.filter((t) => !t.decided).length,
    overrides,
    problems: scores.problems,
  };
}

/** Trainee `i`'s computed tier word: a tier name, 待定（并列） in an open tie, or null without a tier. */
export function tierWordOf(scores: CohortScores, i: number): string | null {
  const code = scores.tier[i] as number;
  if (code === NO_TIER) return null;
  return code === PENDING_PLACE ? PENDING_TIER : (scores.tierNames[code] ?? null);
}

function move(counts: Record<string, number>, from: string, to: string): void {
  counts[from] = (counts[from] ?? 0) - 1;
  counts[to] = (counts[to] ?? 0) + 1;
}

/** Counts of the whole cohort. */
function countWhere(scores: CohortScores, tierWords: readonly string[]): Counts {
  return countGroups(scores, tierWords, new Int32Array(scores.outcome.length), 1)[0] as Counts;
}

/**
 * Counts per group in one pass: `groupOf[i]` is trainee i's group. Tallies
 * go into flat typed arrays (group × word), so no list per group is built.
 */
function countGroups(
  scores: CohortScores,
  tierWords: readonly string[],
  groupOf: Int32Array,
  groups: number,
): Counts[] {
  const o = outcomeLabels.length;
  const w = tierWords.length;
  const outcomes = new Int32Array(groups * o);
  const tiers = new Int32Array(groups * w);
  const tallies = new Int32Array(groups * 3);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i] as number;
    // Not `(x as number)++`: the site build's TypeScript transform drops those parentheses and fails.
    const k = g * o + (scores.outcome[i] as number);
    outcomes[k] = (outcomes[k] as number) + 1;
    const t = scores.tier[i] as number;
    if (t !== NO_TIER) {
      const slot = g * w + (t === PENDING_PLACE ? w - 1 : t);
      tiers[slot] = (tiers[slot] as number) + 1;
    }
    tallies[g * 3] = (tallies[g * 3] as number) + 1;
    tallies[g * 3 + 1] = (tallies[g * 3 + 1] as number) + (scores.certificate[i] as number);
    tallies[g * 3 + 2] = (tallies[g * 3 + 2] as number) + (scores.talentPool[i] as number);
  }
  return Array.from({ length: groups }, (_, g) => ({
    trainees: tallies[g * 3] as number,
    outcomes: Object.fromEntries(outcomeLabels.map((word, k) => [word, outcomes[g * o + k] as number])),
    tiers: Object.fromEntries(tierWords.map((word, k) => [word, tiers[g * w + k] as number])),
    certificate: tallies[g * 3 + 1] as number,
    talentPool: tallies[g * 3 + 2] as number,
  }));
}

function countBy(
  scores: CohortScores,
  tierWords: readonly string[],
  attribute: TraineeAttribute,
): { key: string; counts: Counts }[] {
  const index = new Map<string, number>();
  const keys: string[] = [];
  const column = scores.table[attribute];
  const groupOf = new Int32Array(scores.outcome.length);
  for (let i = 0; i < groupOf.length; i++) {
    const key = column?.[i] ?? NOT_ENTERED;
    let g = index.get(key);
    if (g === undefined) {
      g = keys.push(key) - 1;
      index.set(key, g);
    }
    groupOf[i] = g;
  }
  return countGroups(scores, tierWords, groupOf, keys.length).map((counts, g) => ({
    key: keys[g] as string,
    counts,
  }));
}
