/**
 * Properties that hold for every program's real rules and any cohort:
 * raising a measure never lowers a total; no quota or tier share is
 * exceeded; results do not depend on input order; the same input gives the
 * same output.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyRulePatch } from "../../../../src/core/rules/cohort-rules.ts";
import type { RuleSet } from "../../../../src/core/rules/rule-schema.ts";
import { PENDING_PLACE } from "../../../../src/core/scoring/cut-places.ts";
import { outcome } from "../../../../src/core/scoring/outcome.ts";
import { scoreCohort, type CohortScores } from "../../../../src/core/scoring/score-cohort.ts";
import type { MeasureValue, TraineeRecord } from "../../../../src/core/scoring/scoring-input.ts";
import { listMeasureKeys, tabulateTrainees } from "../../../../src/core/scoring/trainee-table.ts";
import { rulesOf } from "./cohort-builders.ts";

/** Measures that add to a total when raised: everything a component scores, not a pro rata denominator. */
function scoredMeasuresOf(rules: RuleSet): string[] {
  return rules.components.flatMap((c) => (c.kind === "items" ? c.items.map((i) => i.measure) : [c.measure]));
}

// Mostly a few round figures, so equal totals (and ties at a cut) are common; plus the edges the rules care about.
const value: fc.Arbitrary<MeasureValue> = fc.oneof(
  { arbitrary: fc.constantFrom(0, 20, 100), weight: 6 },
  { arbitrary: fc.constant(true), weight: 2 },
  { arbitrary: fc.constantFrom(null, false), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 25 }), weight: 1 },
  { arbitrary: fc.constantFrom(17.3, 19.995, 59.995, 60, 75, 9_999_999, 10_000_000), weight: 1 },
);

function cohortOf(rules: RuleSet): fc.Arbitrary<TraineeRecord[]> {
  const keys = listMeasureKeys(rules);
  const one = fc.record({
    cluster: fc.constantFrom(undefined, "甲圈", "乙圈"),
    measures: fc.record(Object.fromEntries(keys.map((k) => [k, value]))),
  });
  return fc.array(one, { maxLength: 60, size: "medium" }).map((list) =>
    list.map((t, i) => ({
      id: `t${i}`,
      measures: t.measures,
      ...(t.cluster === undefined ? {} : { cluster: t.cluster }),
    })),
  );
}

/** Small quotas make cuts and ties straddling them frequent. */
function withSmallQuota(rules: RuleSet): RuleSet {
  if (rules.selection === undefined) return rules;
  const patched = applyRulePatch(rules, { "selection.quota": 3 });
  if (!patched.ok) throw new Error(patched.problems.join("\n"));
  return patched.rules;
}

/** Per trainee id, everything the results table shows. */
function resultsById(scores: CohortScores): Map<string, unknown> {
  return new Map(
    Array.from(scores.table.ids, (id, i) => [
      id,
      {
        total: scores.total[i],
        complete: scores.complete[i],
        rank: scores.rank[i],
        outcome: scores.outcome[i],
        tier: scores.tier[i],
        certificate: scores.certificate[i],
        talentPool: scores.talentPool[i],
        tie: scores.ties[scores.tieOf[i] as number]?.key ?? null,
      },
    ]),
  );
}

const slugs = [
  "gd-ipo-2021",
  "hb-specialist-2022",
  "hb-bxwq-2023",
  "jy-talent-plan-2022",
  "dj-practical-talent-2024",
];

describe.each(slugs)("%s", (slug) => {
  const rules = withSmallQuota(rulesOf(slug));

  it("scores records and the same trainees as a table alike", () => {
    fc.assert(
      fc.property(cohortOf(rules), (cohort) => {
        const table = tabulateTrainees(cohort, listMeasureKeys(rules));
        expect(resultsById(scoreCohort(rules, table))).toEqual(resultsById(scoreCohort(rules, cohort)));
      }),
    );
  });

  it("never fills a quota or tier share beyond its places", () => {
    fc.assert(
      fc.property(cohortOf(rules), (cohort) => {
        const scores = scoreCohort(rules, cohort);
        if (rules.selection !== undefined && scores.groups !== null)
          for (const [g, group] of scores.groups.names.entries()) {
            let selected = 0;
            for (let i = 0; i < cohort.length; i++)
              if (scores.groups.groupOf[i] === g && scores.outcome[i] === outcome.selected) selected++;
            const pendingSeats = scores.ties
              .filter((t) => t.group === group && !t.decided)
              .reduce((s, t) => s + (t.seats.find((seat) => seat.label === "入选")?.count ?? 0), 0);
            expect(selected + pendingSeats).toBeLessThanOrEqual(rules.selection.quota);
          }
        // The places of a share, worked out here rather than read back: floor(share × everyone assessed).
        const assessed = scores.complete.filter((c) => c === 1).length;
        for (const { tier, share } of rules.tiering?.shares ?? []) {
          const capacity = Math.floor((Math.round(share * 100) * assessed) / 100);
          const code = scores.tierNames.indexOf(tier);
          const placed = scores.tier.filter((t) => t === code).length;
          const pendingSeats = scores.ties
            .filter((t) => !t.decided)
            .reduce((s, t) => s + (t.seats.find((seat) => seat.label === tier)?.count ?? 0), 0);
          expect(placed + pendingSeats).toBeLessThanOrEqual(capacity);
        }
        for (const t of scores.ties)
          expect(t.seats.reduce((s, seat) => s + seat.count, 0)).toBe(t.candidates.length);
        expect(scores.tier.filter((t) => t === PENDING_PLACE).length).toBeLessThanOrEqual(
          scores.ties.reduce((s, t) => s + t.candidates.length, 0),
        );
      }),
      // Ties at a cut need several equal totals in one group: more runs make sure some arise.
      { numRuns: 300 },
    );
  });

  it("gives every trainee the same result whatever the order of the input", () => {
    fc.assert(
      fc.property(
        cohortOf(rules).chain((cohort) =>
          fc.tuple(fc.constant(cohort), fc.shuffledSubarray(cohort, { minLength: cohort.length })),
        ),
        ([cohort, shuffled]) => {
          const a = scoreCohort(rules, cohort);
          const b = scoreCohort(rules, shuffled);
          expect(new Map([...resultsById(b)].sort())).toEqual(new Map([...resultsById(a)].sort()));
          const ties = (s: CohortScores) => [...s.ties].sort((x, y) => (x.key < y.key ? -1 : 1));
          expect(ties(b)).toEqual(ties(a));
        },
      ),
    );
  });

  it("gives the same output for the same input", () => {
    fc.assert(
      fc.property(cohortOf(rules), (cohort) => {
        expect(resultsById(scoreCohort(rules, cohort))).toEqual(resultsById(scoreCohort(rules, cohort)));
      }),
    );
  });
});

// hb-bxwq-2023 has no components: nothing there adds to a total.
describe.each(slugs.filter((slug) => rulesOf(slug).components.length > 0))("%s totals", (slug) => {
  const rules = rulesOf(slug);
  const scored = scoredMeasuresOf(rules);

  it("never lowers a total when a measure is raised", () => {
    fc.assert(
      fc.property(cohortOf(rules), fc.nat(), fc.integer({ min: 1, max: 30 }), (cohort, pick, delta) => {
        const t = cohort[0];
        const key = scored[pick % scored.length] as string;
        const before = t?.measures[key];
        if (t === undefined || typeof before !== "number") return fc.pre(false);
        const raised = { ...t, measures: { ...t.measures, [key]: before + delta } };
        const a = scoreCohort(rules, [t]).total[0] as number;
        const b = scoreCohort(rules, [raised]).total[0] as number;
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });
});
