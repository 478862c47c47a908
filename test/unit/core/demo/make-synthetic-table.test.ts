import { describe, expect, it } from "vitest";
import { makeSyntheticTable } from "../../../../src/core/demo/make-synthetic-table.ts";
import { labelOutcome } from "../../../../src/core/scoring/outcome.ts";
import { scoreCohort } from "../../../../src/core/scoring/score-cohort.ts";
import { programOf, slugs } from "./demo-builders.ts";

describe("synthetic tables", () => {
  it.each(slugs)("of %s build 100,000 trainees in under a second", (slug) => {
    const program = programOf(slug);
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      makeSyntheticTable(program, 100_000);
      return performance.now() - start;
    });
    expect(Math.min(...times)).toBeLessThan(1_000);
  });

  it("give each trainee its own key", () => {
    const table = makeSyntheticTable(programOf("hb-specialist-2022"), 20_000);
    expect(new Set(Array.from(table.ids)).size).toBe(20_000);
    expect(table.ids[0]).toMatch(/^id:42\d{15}[\dX]$/);
  });

  it("hold every column of the program's trainee sheets, keyed as the import keys them", () => {
    const program = programOf("gd-ipo-2021");
    const table = makeSyntheticTable(program, 10);
    const keys = program.templates
      .filter((t) => t.recordKind === "trainee")
      .flatMap((t) => t.fields.map((f) => f.key));
    expect(Object.keys(table.measures).sort()).toEqual([...keys].sort());
  });

  it.each(slugs)("of %s score into more than one outcome", (slug) => {
    const program = programOf(slug);
    const scores = scoreCohort(program.rules, makeSyntheticTable(program, 5_000));
    expect(new Set(Array.from(scores.outcome, labelOutcome)).size).toBeGreaterThan(1);
  });

  it("are the same for the same seed", () => {
    const program = programOf("jy-talent-plan-2022");
    expect(makeSyntheticTable(program, 100, 3)).toEqual(makeSyntheticTable(program, 100, 3));
  });
});
