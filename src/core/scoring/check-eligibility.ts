/** Certificate and talent-pool eligibility, for the computed result or with a person's overrides. */
import type { RuleSet } from "../rules/rule-schema.ts";
import { NO_TIER } from "./assign-tiers.ts";
import { PENDING_PLACE } from "./cut-places.ts";
import { outcome } from "./outcome.ts";
import type { TraineeOverrides } from "./read-decisions.ts";
import type { CohortScores } from "./score-cohort.ts";

type When = NonNullable<RuleSet["certificate"]>["when"];

/** Writes 1 for each trainee the computed result makes eligible. */
export function writeEligibility(scores: CohortScores, when: When, out: Uint8Array): void {
  for (let i = 0; i < out.length; i++) out[i] = isEligible(scores, when, i, null) ? 1 : 0;
}

/**
 * Whether trainee `i` is eligible under `when`; `overrides` (or null for the
 * computed result) replace the tier or selection. A trainee in an open tier
 * tie is eligible when every seat of the tie would be.
 */
export function isEligible(
  scores: CohortScores,
  when: When,
  i: number,
  overrides: TraineeOverrides | null,
): boolean {
  if (typeof when === "object") {
    const at = scores.tierNames.indexOf(when.tierAtLeast);
    const name = overrides?.tier?.value;
    if (name !== undefined) return scores.tierNames.indexOf(name) <= at;
    const t = scores.tier[i] as number;
    if (t === PENDING_PLACE) {
      const tie = scores.ties[scores.tieOf[i] as number];
      return tie !== undefined && tie.seats.every((s) => scores.tierNames.indexOf(s.label) <= at);
    }
    return t !== NO_TIER && t <= at;
  }
  if (when === "certified") return scores.certified[i] === 1;
  if (when === "selected") {
    const chosen = overrides?.selection?.value;
    return chosen !== undefined ? chosen === "入选" : scores.outcome[i] === outcome.selected;
  }
  return scores.outcome[i] === outcome.pass;
}
