/**
 * A tie at a cut for the demo's decisions page: the trainee just past a
 * quota or tier cut-off is given the figures of the one just within it, so
 * the two share a rank across the cut and the engine reports them for a
 * person to place.
 */
import { NO_TIER } from "../scoring/assign-tiers.ts";
import { outcome } from "../scoring/outcome.ts";
import type { CohortScores } from "../scoring/score-cohort.ts";
import type { CellValue } from "../records/record-batch.ts";

/**
 * Copies the measures `keys` between the two trainees on either side of the
 * first cut that has both, onto whichever of them shows no scenario
 * (`kept` rows). `rowOf[t]` is trainee t's row in `columns`. Returns false
 * when the cohort already has a tie or no cut allows one.
 */
export function makeCutTie(
  scores: CohortScores,
  rowOf: ArrayLike<number>,
  columns: ReadonlyMap<string, CellValue[]>,
  keys: readonly string[],
  kept: ReadonlySet<number>,
): boolean {
  if (scores.ties.length > 0) return false;
  for (const [within, past] of listCutPairs(scores)) {
    const a = rowOf[within] as number;
    const b = rowOf[past] as number;
    const [from, to] = !kept.has(b) ? [a, b] : !kept.has(a) ? [b, a] : [-1, -1];
    if (to < 0) continue;
    for (const key of keys) {
      const column = columns.get(key);
      if (column !== undefined) column[to] = column[from] ?? null;
    }
    return true;
  }
  return false;
}

/** The last trainee within and the first past each cut, by rank: per selection group, then per tier share. */
function listCutPairs(scores: CohortScores): [number, number][] {
  const pairs: [number, number][] = [];
  const byRank = (members: number[]): number[] =>
    members.sort((a, b) => (scores.rank[a] as number) - (scores.rank[b] as number) || a - b);
  const { selection, tiering } = scores.rules;
  if (selection !== undefined && scores.groups !== null) {
    const { groupOf, names } = scores.groups;
    for (let g = 0; g < names.length; g++) {
      const members: number[] = [];
      for (let i = 0; i < groupOf.length; i++) {
        const o = scores.outcome[i];
        if (groupOf[i] === g && (o === outcome.selected || o === outcome.notSelected)) members.push(i);
      }
      const ranked = byRank(members);
      if (ranked.length > selection.quota)
        pairs.push([ranked[selection.quota - 1] as number, ranked[selection.quota] as number]);
    }
  }
  if (tiering !== undefined && scores.tierSummary !== null) {
    const failCode = tiering.shares.length + 1;
    const qualified: number[] = [];
    for (let i = 0; i < scores.tier.length; i++) {
      const t = scores.tier[i] as number;
      if (t !== NO_TIER && t < failCode) qualified.push(i);
    }
    const ranked = byRank(qualified);
    let bound = 0;
    for (const { capacity } of scores.tierSummary.capacities) {
      bound += capacity;
      if (bound >= 1 && ranked.length > bound)
        pairs.push([ranked[bound - 1] as number, ranked[bound] as number]);
    }
  }
  return pairs;
}
