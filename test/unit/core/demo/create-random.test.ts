import { describe, expect, it } from "vitest";
import { createRandom } from "../../../../src/core/demo/create-random.ts";

const draw = (seed: number, n: number): number[] => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe("seeded random", () => {
  it("repeats its sequence for the same seed", () => {
    expect(draw(42, 100)).toEqual(draw(42, 100));
  });

  it("gives another sequence for another seed", () => {
    expect(draw(42, 10)).not.toEqual(draw(43, 10));
  });

  it("draws in [0, 1) with a mean near one half", () => {
    const values = draw(1, 10_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(values.reduce((s, v) => s + v, 0) / values.length).toBeCloseTo(0.5, 1);
  });

  it("keeps integers between both bounds, both reached", () => {
    const random = createRandom(3);
    const values = new Set(Array.from({ length: 1_000 }, () => random.between(2, 5)));
    expect([...values].sort()).toEqual([2, 3, 4, 5]);
  });

  it("shuffles into a permutation", () => {
    const order = createRandom(9).shuffle(50);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, k) => k));
    expect(order).not.toEqual(Array.from({ length: 50 }, (_, k) => k));
  });

  it("picks by weight", () => {
    const random = createRandom(5);
    const picks = Array.from({ length: 4_000 }, () => random.weighted(["a", "b"], [3, 1]));
    expect(picks.filter((p) => p === "a").length / picks.length).toBeCloseTo(0.75, 1);
  });
});
