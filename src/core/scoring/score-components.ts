/**
 * Points per component, column by column, in integer hundredths.
 * A scaled measure (linear, threshold, pro rata) that is 未录入 scores
 * nothing and marks the trainee incomplete. An achievement (items, bands,
 * bonus) that is not recorded is simply not there: it earns nothing, as the
 * rule data says of bands ("为 0 或未填不得分"), and the explanation says so.
 */
import type { Component } from "../rules/rule-schema.ts";
import { holds } from "./compare-figures.ts";
import { roundHalfUp, toHundredths } from "./hundredths.ts";
import type { MeasureColumns } from "./measure-columns.ts";

/** One component's result for every trainee. */
export interface ComponentColumn {
  /** Points in hundredths. */
  points: Int32Array;
  /** 1 where a scaled measure is 未录入; null for achievement components, which are never missing. */
  missing: Uint8Array | null;
}

/** Scores one component for the whole cohort. */
export function scoreComponent(c: Component, columns: MeasureColumns): ComponentColumn {
  switch (c.kind) {
    case "linear":
      return scoreScaled(columns.numbers(c.measure), c.full, null, c.weight);
    case "proRata":
      return typeof c.required === "number"
        ? scoreScaled(columns.numbers(c.measure), c.required, null, c.weight)
        : scoreScaled(columns.numbers(c.measure), 0, columns.numbers(c.required.measure), c.weight);
    case "threshold":
      return scoreThreshold(c, columns.numbers(c.measure));
    case "items":
      return { points: scoreItems(c, columns), missing: null };
    case "bands":
      return { points: scoreBands(c, columns.numbers(c.measure)), missing: null };
    case "bonus":
      return { points: scoreBonus(c.points, columns.numbers(c.measure)), missing: null };
  }
}

/** weight × min(value, full) / full, rounded once; `fullColumn` gives a per-trainee full (pro rata). */
function scoreScaled(
  values: Float64Array,
  fixedFull: number,
  fullColumn: Float64Array | null,
  weight: number,
): ComponentColumn {
  const n = values.length;
  const points = new Int32Array(n);
  const missing = new Uint8Array(n);
  const weight100 = weight * 100;
  for (let i = 0; i < n; i++) {
    const full = fullColumn === null ? fixedFull : (fullColumn[i] as number);
    const v = values[i] as number;
    // A required amount of 0 or less cannot scale anything: treated as not entered.
    if (v !== v || !(full > 0)) {
      missing[i] = 1;
      continue;
    }
    const done = v < 0 ? 0 : v > full ? full : v;
    points[i] = roundHalfUp((weight100 * done) / full);
  }
  return { points, missing };
}

function scoreThreshold(c: Extract<Component, { kind: "threshold" }>, values: Float64Array): ComponentColumn {
  const n = values.length;
  const points = new Int32Array(n);
  const missing = new Uint8Array(n);
  const threshold = toHundredths(c.threshold);
  const weight = toHundredths(c.weight);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v !== v) missing[i] = 1;
    else if (holds(c.op, toHundredths(v), threshold)) points[i] = weight;
  }
  return { points, missing };
}

function scoreItems(c: Extract<Component, { kind: "items" }>, columns: MeasureColumns): Int32Array {
  const n = columns.size;
  const sums = new Float64Array(n);
  for (const item of c.items) {
    const counts = columns.numbers(item.measure);
    const each = toHundredths(item.pointsEach);
    for (let i = 0; i < n; i++) {
      const count = counts[i] as number;
      if (count > 0) sums[i] = (sums[i] as number) + each * count;
    }
  }
  const cap = c.cap === undefined ? Number.POSITIVE_INFINITY : toHundredths(c.cap);
  const points = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const sum = roundHalfUp(sums[i] as number);
    points[i] = sum > cap ? cap : sum;
  }
  return points;
}

function scoreBands(c: Extract<Component, { kind: "bands" }>, values: Float64Array): Int32Array {
  const n = values.length;
  const points = new Int32Array(n);
  const bounds = c.bands.map((b) => (b.below === undefined ? Number.POSITIVE_INFINITY : toHundredths(b.below)));
  const bandPoints = c.bands.map((b) => toHundredths(b.points));
  const last = bandPoints.length - 1;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (!(v > 0)) continue;
    const amount = toHundredths(v);
    let band = 0;
    while (band < last && !(amount < (bounds[band] as number))) band++;
    points[i] = bandPoints[band] as number;
  }
  return points;
}

function scoreBonus(bonus: number, values: Float64Array): Int32Array {
  const n = values.length;
  const points = new Int32Array(n);
  const bonus100 = toHundredths(bonus);
  for (let i = 0; i < n; i++) if ((values[i] as number) > 0) points[i] = bonus100;
  return points;
}
