/**
 * Figures on a chosen side of a bound (线上学时 ≥ 20 held or failed), so a
 * demo can show a gate failing or an attempt passing whatever the bound.
 */
import type { Field } from "../fields/field-schema.ts";
import type { Comparison } from "../rules/rule-schema.ts";
import { holds } from "../scoring/compare-figures.ts";
import { toHundredths } from "../scoring/hundredths.ts";
import type { Random } from "./create-random.ts";
import { fitNumber, stepOf } from "./fit-number.ts";

/**
 * A value of `field` for which `value op bound` holds (or fails when
 * `holding` is false), up to half the bound away from it; null when the
 * field's range leaves no such value (failing "≥ 0" with min 0).
 */
export function drawCompared(
  random: Random,
  field: Field | undefined,
  op: Comparison,
  bound: number,
  holding: boolean,
): number | null {
  const step = stepOf(field);
  const reach = Math.max(2, Math.round(Math.abs(bound) / step / 2));
  // Moving up from the bound holds for > and ≥, down holds for < and ≤; the bound itself holds only for ≥ and ≤.
  const upward = op === ">" || op === ">=";
  const boundHolds = op === ">=" || op === "<=";
  const away = holding === upward ? 1 : -1;
  const start = boundHolds === holding ? 0 : 1;
  const value = fitNumber(field, bound + away * step * (start + random.below(reach)));
  return holds(op, toHundredths(value), toHundredths(bound)) === holding ? value : null;
}
