/** Small builders for scoring tests: the real rules of a program, trainees, and results read back by id. */
import { collectMeasureNames, type MeasureNames } from "../../../../src/core/rules/describe-rule.ts";
import type { RuleSet } from "../../../../src/core/rules/rule-schema.ts";
import { explainTrainee, type TraineeExplanation } from "../../../../src/core/scoring/explain-trainee.ts";
import { formatPoints } from "../../../../src/core/scoring/hundredths.ts";
import { labelOutcome } from "../../../../src/core/scoring/outcome.ts";
import type { CohortScores } from "../../../../src/core/scoring/score-cohort.ts";
import type { MeasureValue, TraineeRecord } from "../../../../src/core/scoring/scoring-input.ts";
import { loadPrograms, type ProgramEntry } from "../../helpers/load-programs.ts";

let programs: Map<string, ProgramEntry> | undefined;

function entryOf(slug: string): ProgramEntry {
  programs ??= loadPrograms();
  const entry = programs.get(slug);
  if (entry === undefined) throw new Error(`no content entry ${slug}`);
  return entry;
}

/** The published rules of `content/programs/<slug>.md`. */
export function rulesOf(slug: string): RuleSet {
  return entryOf(slug).data.rules;
}

/** The program's measure names, as its templates print them. */
export function namesOf(slug: string): MeasureNames {
  const { rules, templates } = entryOf(slug).data;
  return collectMeasureNames(rules, templates);
}

/** A trainee record. */
export function trainee(
  id: string,
  measures: Record<string, MeasureValue>,
  extra: Omit<TraineeRecord, "id" | "measures"> = {},
): TraineeRecord {
  return { id, ...extra, measures };
}

/** What a results row shows for one trainee, looked up by id. */
export function rowOf(
  scores: CohortScores,
  id: string,
): { total: string; rank: number; outcome: string; tier: string | null } {
  const i = Array.from(scores.table.ids).indexOf(id);
  if (i < 0) throw new Error(`no trainee ${id}`);
  const tier = scores.tier[i] as number;
  return {
    total: scores.complete[i] === 1 ? formatPoints(scores.total[i] as number) : "未录入",
    rank: scores.rank[i] as number,
    outcome: labelOutcome(scores.outcome[i] as number),
    tier: tier === 255 ? null : tier === 254 ? "待定（并列）" : (scores.tierNames[tier] ?? null),
  };
}

/** The explanation of one trainee, looked up by id, with the program's measure names. */
export function explain(scores: CohortScores, id: string, slug: string): TraineeExplanation {
  const i = Array.from(scores.table.ids).indexOf(id);
  if (i < 0) throw new Error(`no trainee ${id}`);
  return explainTrainee(scores, i, namesOf(slug));
}
