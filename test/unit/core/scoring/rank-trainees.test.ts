import { describe, expect, it } from "vitest";
import {
  compareRank,
  orderByRank,
  writeRanks,
  type RankKey,
} from "../../../../src/core/scoring/rank-trainees.ts";

function keyOf(totals: number[], tieBreak?: { values: number[]; descending: boolean }): RankKey {
  return {
    total: Int32Array.from(totals),
    tieBreaks:
      tieBreak === undefined
        ? []
        : [{ values: Float64Array.from(tieBreak.values), descending: tieBreak.descending }],
  };
}

function ranksOf(key: RankKey): number[] {
  const rank = new Int32Array(key.total.length);
  writeRanks(key, orderByRank(key, Int32Array.from(key.total.keys())), rank);
  return Array.from(rank);
}

describe("ranking", () => {
  it("shares a rank between equal totals and skips the places they take", () => {
    expect(ranksOf(keyOf([8800, 9350, 8800, 7500]))).toEqual([2, 1, 2, 4]);
  });

  it("breaks a level total by the tie-break measure", () => {
    expect(ranksOf(keyOf([9350, 9350, 8800], { values: [7833, 9000, 6000], descending: true }))).toEqual([
      2, 1, 3,
    ]);
  });

  it("places a trainee with no tie-break figure after those with one", () => {
    const key = keyOf([9350, 9350], { values: [NaN, 6000], descending: true });
    expect(compareRank(key, 0, 1)).toBeGreaterThan(0);
    expect(ranksOf(key)).toEqual([2, 1]);
  });

  it("still shares a rank when both tie-break figures are missing", () => {
    expect(ranksOf(keyOf([9350, 9350], { values: [NaN, NaN], descending: true }))).toEqual([1, 1]);
  });

  it("orders the same way when totals are too spread for the counting sort", () => {
    const totals = [5, 2_000_000_000, -3, 5, 90_000];
    expect(ranksOf(keyOf(totals))).toEqual([3, 1, 5, 3, 2]);
  });
});
