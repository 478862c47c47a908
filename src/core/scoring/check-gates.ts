/** Gates: conditions that must hold whatever the total (线上学时 ≥ 20). */
import type { Gate } from "../rules/rule-schema.ts";
import { holds } from "./compare-figures.ts";
import { toHundredths } from "./hundredths.ts";
import { numberAt, type MeasureColumns } from "./measure-columns.ts";

/** A gate's state for one trainee. */
export const gateState = { passed: 0, failed: 1, missing: 2 } as const;

/**
 * One gate for the whole cohort. A `present` gate asks exactly whether the
 * measure was entered, so 未录入 fails it; a comparison on a figure that is
 * 未录入 cannot be decided and is `missing` (缺考/未录入, never read as 0).
 */
export function checkGate(g: Gate, columns: MeasureColumns): Uint8Array {
  const n = columns.size;
  const states = new Uint8Array(n);
  if (g.op === "present") {
    const present = columns.present(g.measure);
    for (let i = 0; i < n; i++) if (present[i] === 0) states[i] = gateState.failed;
    return states;
  }
  const values = columns.raw(g.measure);
  const bound = toHundredths(g.value ?? 0);
  for (let i = 0; i < n; i++) {
    const v = numberAt(values, i);
    if (v !== v) states[i] = gateState.missing;
    else if (!holds(g.op, toHundredths(v), bound)) states[i] = gateState.failed;
  }
  return states;
}
