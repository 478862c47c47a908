import { describe, expect, it } from "vitest";
import type { RuleSet } from "../../../../src/core/rules/rule-schema.ts";
import { attemptMark, combineAttempts, partState } from "../../../../src/core/scoring/check-attempts.ts";

type Attempts = NonNullable<RuleSet["attempts"]>;
const attempts = (use: Attempts["use"], makeUps = 1): Attempts => ({
  id: "a",
  label: "认证",
  original: "原文",
  parts: [{ id: "exam", label: "考试", measure: "exam", makeUpMeasure: "makeUpExam", op: ">=", value: 60 }],
  makeUps,
  use,
});
const { passed, failed, missing } = attemptMark;

describe("combineAttempts", () => {
  it("lets a 缺考 trainee pass at the make-up", () => {
    expect(combineAttempts(attempts("best"), missing, passed)).toBe(partState.passedMakeUp);
  });

  it("with 'best', keeps a first pass even when a later make-up fails", () => {
    expect(combineAttempts(attempts("best"), passed, failed)).toBe(partState.passedFirst);
  });

  it("with 'last', lets the make-up decide", () => {
    expect(combineAttempts(attempts("last"), passed, failed)).toBe(partState.failedFinal);
  });

  it("makes a first failure final when no make-up is allowed", () => {
    expect(combineAttempts(attempts("best", 0), failed, missing)).toBe(partState.failedFinal);
  });
});
