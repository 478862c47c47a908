/**
 * Ranking: total descending, then the rules' tie-break measures; trainees
 * still equal share a rank (1, 2, 2, 4), as no rule may break a tie silently.
 */
import type { RuleSet } from "../rules/rule-schema.ts";
import { toHundredths } from "./hundredths.ts";
import type { MeasureColumns } from "./measure-columns.ts";

/** What trainees are ordered by. */
export interface RankKey {
  total: Int32Array;
  /** Tie-break figures in hundredths (NaN = 未录入, placed after any figure), in rule order. */
  tieBreaks: { values: Float64Array; descending: boolean }[];
}

/** The rank key of a cohort under `ranking`. */
export function readRankKey(
  ranking: RuleSet["ranking"],
  total: Int32Array,
  columns: MeasureColumns,
): RankKey {
  return {
    total,
    tieBreaks: ranking.tieBreak.map((t) => {
      const raw = columns.numbers(t.measure);
      const values = new Float64Array(raw.length);
      for (let i = 0; i < raw.length; i++) {
        const v = raw[i] as number;
        values[i] = v === v ? toHundredths(v) : NaN;
      }
      return { values, descending: t.order === "desc" };
    }),
  };
}

/** Negative when trainee `a` ranks ahead of `b`, 0 when they share a rank. */
export function compareRank(key: RankKey, a: number, b: number): number {
  const byTotal = (key.total[b] as number) - (key.total[a] as number);
  if (byTotal !== 0) return byTotal;
  for (const t of key.tieBreaks) {
    const x = t.values[a] as number;
    const y = t.values[b] as number;
    if (x === y || (x !== x && y !== y)) continue;
    if (x !== x) return 1;
    if (y !== y) return -1;
    return t.descending ? y - x : x - y;
  }
  return 0;
}

/**
 * `members` ordered by rank. Totals are small integers, so a counting sort
 * orders 100,000 trainees in a few milliseconds; the comparator then only
 * runs inside runs of equal totals, where tie-breaks can matter.
 */
export function orderByRank(key: RankKey, members: Int32Array): Int32Array {
  const total = key.total;
  const n = members.length;
  if (n === 0) return new Int32Array(0);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = total[members[i] as number] as number;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const span = max - min + 1;
  const ordered =
    span <= Math.max(1 << 16, 4 * n)
      ? countingOrder(total, members, max, span)
      : comparatorOrder(total, members);
  if (key.tieBreaks.length > 0) {
    const compare = (a: number, b: number): number => compareRank(key, a, b);
    for (let start = 0; start < n;) {
      const t = total[ordered[start] as number];
      let end = start + 1;
      while (end < n && total[ordered[end] as number] === t) end++;
      if (end - start > 1) ordered.subarray(start, end).sort(compare);
      start = end;
    }
  }
  return ordered;
}

function countingOrder(total: Int32Array, members: Int32Array, max: number, span: number): Int32Array {
  // Slot 0 holds the highest total, so the output is descending and stable.
  const starts = new Int32Array(span + 1);
  for (let i = 0; i < members.length; i++) {
    // Not `(x as number)++`: the site build's TypeScript transform drops those parentheses and fails.
    const slot = max - (total[members[i] as number] as number) + 1;
    starts[slot] = (starts[slot] as number) + 1;
  }
  for (let s = 1; s <= span; s++) starts[s] = (starts[s] as number) + (starts[s - 1] as number);
  const ordered = new Int32Array(members.length);
  for (let i = 0; i < members.length; i++) {
    const m = members[i] as number;
    const slot = max - (total[m] as number);
    ordered[starts[slot] as number] = m;
    starts[slot] = (starts[slot] as number) + 1;
  }
  return ordered;
}

function comparatorOrder(total: Int32Array, members: Int32Array): Int32Array {
  return Int32Array.from(members).sort((a, b) => (total[b] as number) - (total[a] as number));
}

/** Competition ranks (1, 2, 2, 4) along an order, written to `rank` at each member's index. */
export function writeRanks(key: RankKey, ordered: Int32Array, rank: Int32Array): void {
  for (let p = 0; p < ordered.length; p++) {
    const m = ordered[p] as number;
    const prev = p > 0 ? (ordered[p - 1] as number) : -1;
    rank[m] = prev >= 0 && compareRank(key, prev, m) === 0 ? (rank[prev] as number) : p + 1;
  }
}
