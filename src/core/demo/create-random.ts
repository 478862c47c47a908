/**
 * A small seeded generator (mulberry32): a demo cohort is the same for the
 * same seed on every machine, and nothing here calls Math.random.
 */

/** Draws from one seeded sequence. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  below(n: number): number;
  /** An integer in [lo, hi], both included. */
  between(lo: number, hi: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** One element of a non-empty list, element k drawn with weight `weights[k]`. */
  weighted<T>(list: readonly T[], weights: readonly number[]): T;
  /** The integers 0 … n − 1 in a random order. */
  shuffle(n: number): number[];
}

/** A generator started from `seed` (any integer; only its low 32 bits count). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number): number => Math.floor(next() * n);
  return {
    next,
    below,
    between: (lo, hi) => lo + below(hi - lo + 1),
    chance: (p) => next() < p,
    pick: (list) => list[below(list.length)] as (typeof list)[number],
    weighted(list, weights) {
      const sum = weights.reduce((s, w) => s + w, 0);
      let r = next() * sum;
      for (let k = 0; k < list.length; k++) {
        r -= weights[k] ?? 0;
        if (r < 0) return list[k] as (typeof list)[number];
      }
      return list[list.length - 1] as (typeof list)[number];
    },
    shuffle(n) {
      const order = Array.from({ length: n }, (_, k) => k);
      for (let k = n - 1; k > 0; k--) {
        const j = below(k + 1);
        [order[k], order[j]] = [order[j] as number, order[k] as number];
      }
      return order;
    },
  };
}
