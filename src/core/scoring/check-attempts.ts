/**
 * Exam-style parts passed per attempt, with make-ups (hb-bxwq: one make-up,
 * then no certificate). Each part is judged on its own: the first attempt,
 * and the make-up where the rules allow one.
 */
import type { RuleSet } from "../rules/rule-schema.ts";
import { holds } from "./compare-figures.ts";
import { toHundredths } from "./hundredths.ts";
import type { MeasureColumns } from "./measure-columns.ts";

type Attempts = NonNullable<RuleSet["attempts"]>;
type AttemptPart = Attempts["parts"][number];

/** A part's state for one trainee. */
export const partState = {
  passedFirst: 0,
  passedMakeUp: 1,
  /** Failed the first attempt; a make-up is allowed and not yet recorded. */
  pendingMakeUp: 2,
  /** Failed with no make-up left. */
  failedFinal: 3,
  /** First attempt 未录入 (缺考) and no make-up recorded. */
  missing: 4,
} as const;

/** What one attempt shows: passed, failed or 未录入. */
export const attemptMark = { passed: 0, failed: 1, missing: 2 } as const;

/** Judges one attempt of a part from its measure: a score against the bound, or a yes/no. */
export function markAttempt(part: AttemptPart, value: number, present: number): number {
  if (value !== value) return attemptMark.missing;
  if (part.op === "present") return present === 1 ? attemptMark.passed : attemptMark.failed;
  return holds(part.op, toHundredths(value), toHundredths(part.value ?? 0))
    ? attemptMark.passed
    : attemptMark.failed;
}

/** Combines the marks of the first attempt and the make-up into the part's state. */
export function combineAttempts(attempts: Attempts, first: number, makeUp: number): number {
  const { passed, failed, missing } = attemptMark;
  if (makeUp === missing) {
    if (first === passed) return partState.passedFirst;
    if (first === missing) return partState.missing;
    return attempts.makeUps > 0 ? partState.pendingMakeUp : partState.failedFinal;
  }
  // A make-up was sat: with "best" either pass counts, with "last" the make-up decides.
  if (attempts.use === "best" && first === passed) return partState.passedFirst;
  if (makeUp === passed) return first === passed ? partState.passedFirst : partState.passedMakeUp;
  return makeUp === failed ? partState.failedFinal : partState.missing;
}

/** Each part's state for the whole cohort, in the order of `attempts.parts`. */
export function checkAttempts(attempts: Attempts, columns: MeasureColumns): Uint8Array[] {
  const n = columns.size;
  return attempts.parts.map((part) => {
    const states = new Uint8Array(n);
    const firstValues = columns.numbers(part.measure);
    const firstPresent = columns.present(part.measure);
    // Make-up figures count only where the rules allow a make-up.
    const makeUpKey = attempts.makeUps > 0 ? part.makeUpMeasure : undefined;
    const makeUpValues = makeUpKey === undefined ? null : columns.numbers(makeUpKey);
    const makeUpPresent = makeUpKey === undefined ? null : columns.present(makeUpKey);
    for (let i = 0; i < n; i++) {
      const first = markAttempt(part, firstValues[i] as number, firstPresent[i] as number);
      const makeUp =
        makeUpValues === null || makeUpPresent === null
          ? attemptMark.missing
          : markAttempt(part, makeUpValues[i] as number, makeUpPresent[i] as number);
      states[i] = combineAttempts(attempts, first, makeUp);
    }
    return states;
  });
}
