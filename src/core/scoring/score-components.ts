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
import { numberAt, type MeasureColumns } from "./measure-columns.ts";
import type { MeasureValue } from "./scoring-input.ts";

type Values = ArrayLike<MeasureValue>;

/** One component's result for every trainee. */
export interface ComponentColumn {
  /** Points in hundredths. */
  points: Int32Array;
  /** 1 where a scaled measure is 未录入; null for achievement components, which are never missing. */
  missing: Uint8Array | null;
}

/** Scores one component for the whole cohort. */
export function scoreComponent(c: Component, columns: MeasureColumns): ComponentColumn {
  const n = columns.size;
  switch (c.kind) {
    case "linear":
      return scoreScaled(n, columns.raw(c.measure), c.full, null, c.weight);
    case "proRata":
      return typeof c.required === "number"
        ? scoreScaled(n, columns.raw(c.measure), c.required, null, c.weight)
        : scoreScaled(n, columns.raw(c.measure), 0, columns.raw(c.required.measure), c.weight);
    case "threshold":
      return scoreThreshold(n, c, columns.raw(c.measure));
    case "items":
      return { points: scoreItems(n, c, columns), missing: null };
    case "bands":
      return { points: scoreBands(n, c, columns.raw(c.measure)), missing: null };
    case "bonus":
      return { points: scoreBonus(n, c.points, columns.raw(c.measure)), missing: null };
  }
}

/** weight × min(value, full) / full, rounded once; `fullValues` gives a per-trainee full (pro rata). */
function scoreScaled(
  n: number,
  values: Values,
  fixedFull: number,
  fullValues: Values | null,
  weight: number,
): ComponentColumn {
  const points = new Int32Array(n);
  const missing = new Uint8Array(n);
  const weight100 = weight * 100;
  for (let i = 0; i < n; i++) {
    const full = fullValues === null ? fixedFull : numberAt(fullValues, i);
    const v = numberAt(values, i);
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

function scoreThreshold(
  n: number,
  c: Extract<Component, { kind: "threshold" }>,
  values: Values,
): ComponentColumn {
  const points = new Int32Array(n);
  const missing = new Uint8Array(n);
  const threshold = toHundredths(c.threshold);
  const weight = toHundredths(c.weight);
  for (let i = 0; i < n; i++) {
    const v = numberAt(values, i);
    if (v !== v) missing[i] = 1;
    else if (holds(c.op, toHundredths(v), threshold)) points[i] = weight;
  }
  return { points, missing };
}

/** Each trainee's items summed across the group in one pass, then rounded once and capped. */
function scoreItems(
  n: number,
  c: Extract<Component, { kind: "items" }>,
  columns: MeasureColumns,
): Int32Array {
  const counts = c.items.map((item) => columns.raw(item.measure));
  const each = c.items.map((item) => toHundredths(item.pointsEach));
  const cap = c.cap === undefined ? Number.POSITIVE_INFINITY : toHundredths(c.cap);
  const points = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = 0; k < counts.length; k++) {
      const count = numberAt(counts[k] as Values, i);
      if (count > 0) sum += (each[k] as number) * count;
    }
    const rounded = roundHalfUp(sum);
    points[i] = rounded > cap ? cap : rounded;
  }
  return points;
}

function scoreBands(n: number, c: Extract<Component, { kind: "bands" }>, values: Values): Int32Array {
  const points = new Int32Array(n);
  const bounds = c.bands.map((b) =>
    b.below === undefined ? Number.POSITIVE_INFINITY : toHundredths(b.below),
  );
  const bandPoints = c.bands.map((b) => toHundredths(b.points));
  const last = bandPoints.length - 1;
  for (let i = 0; i < n; i++) {
    const v = numberAt(values, i);
    if (!(v > 0)) continue;
    const amount = toHundredths(v);
    let band = 0;
    while (band < last && !(amount < (bounds[band] as number))) band++;
    points[i] = bandPoints[band] as number;
  }
  return points;
}

function scoreBonus(n: number, bonus: number, values: Values): Int32Array {
  const points = new Int32Array(n);
  const bonus100 = toHundredths(bonus);
  for (let i = 0; i < n; i++) if (numberAt(values, i) > 0) points[i] = bonus100;
  return points;
}
