/** One outcome per trainee, from the program's deciding rule. */
import type { RuleSet } from "../rules/rule-schema.ts";
import { partState } from "./check-attempts.ts";
import { holds } from "./compare-figures.ts";
import { PENDING_PLACE } from "./cut-places.ts";
import { toHundredths } from "./hundredths.ts";
import { outcome } from "./outcome.ts";

/** The columns an outcome is decided from. */
export interface OutcomeInputs {
  total: Int32Array;
  complete: Uint8Array;
  failed: Uint8Array;
  place: Uint8Array;
  tier: Uint8Array;
  parts: Uint8Array[];
}

/**
 * One outcome per trainee. Missing data comes first (缺考或未录入), then the
 * program's deciding rule: selection, else pass mark, else tiering's fail
 * mark, else attempts; a program with none of these is only scored.
 */
export function decideOutcomes(rules: RuleSet, c: OutcomeInputs): Uint8Array {
  const n = c.total.length;
  const out = new Uint8Array(n);
  const mark = rules.passMark === undefined ? 0 : toHundredths(rules.passMark.mark);
  const failTier = rules.tiering === undefined ? -1 : rules.tiering.shares.length + 1;
  for (let i = 0; i < n; i++) {
    if (c.complete[i] === 0) out[i] = outcome.missing;
    else if (rules.selection !== undefined) {
      const p = c.place[i];
      out[i] =
        c.failed[i] === 1
          ? outcome.ineligible
          : p === 0
            ? outcome.selected
            : p === PENDING_PLACE
              ? outcome.tied
              : outcome.notSelected;
    } else if (c.failed[i] === 1) out[i] = outcome.fail;
    else if (rules.passMark !== undefined)
      out[i] = holds(rules.passMark.op, c.total[i] as number, mark) ? outcome.pass : outcome.fail;
    else if (rules.tiering !== undefined) out[i] = c.tier[i] === failTier ? outcome.fail : outcome.pass;
    else if (c.parts.length > 0) out[i] = decideAttemptOutcome(c.parts, i);
    else out[i] = outcome.scored;
  }
  return out;
}

/** A final failure of any part decides; then 缺考; then a make-up still to come. */
function decideAttemptOutcome(parts: Uint8Array[], i: number): number {
  let worst: number = outcome.pass;
  for (const p of parts) {
    const s = p[i];
    if (s === partState.failedFinal) return outcome.fail;
    if (s === partState.missing) worst = outcome.missing;
    else if (s === partState.pendingMakeUp && worst === outcome.pass) worst = outcome.pendingMakeUp;
  }
  return worst;
}
