/** Demo cohorts of the real programs, scored the way the workspace scores an import. */
import type { DemoBatch } from "../../../../src/core/demo/demo-batch.ts";
import { makeDemoCohort, type DemoCohort } from "../../../../src/core/demo/make-demo-cohort.ts";
import type { Program } from "../../../../src/core/program/program-schema.ts";
import { matchTrainees, type MatchedTrainees } from "../../../../src/core/records/match-trainees.ts";
import {
  readParticipations,
  readTrainingClasses,
  tabulateMatchedTrainees,
} from "../../../../src/core/records/scoring-records.ts";
import { applyRulePatch } from "../../../../src/core/rules/cohort-rules.ts";
import type { RuleSet } from "../../../../src/core/rules/rule-schema.ts";
import { measureProgress, type TargetProgress } from "../../../../src/core/scoring/measure-progress.ts";
import { scoreCohort, type CohortScores } from "../../../../src/core/scoring/score-cohort.ts";
import { loadPrograms } from "../../helpers/load-programs.ts";

const programs = loadPrograms();

/** The five program slugs. */
export const slugs = [...programs.keys()];

/** The validated entry of a program. */
export function programOf(slug: string): Program {
  const entry = programs.get(slug);
  if (entry === undefined) throw new Error(`no content entry ${slug}`);
  return entry.data;
}

/** A demo, matched and scored with its own parameters. */
export interface ScoredDemo {
  demo: DemoCohort;
  rules: RuleSet;
  matched: MatchedTrainees;
  scores: CohortScores;
  progress: TargetProgress[];
}

/** The demo of `slug`, scored; 200 trainees unless told. */
export function scoreDemo(slug: string, seed = 1, size = 200): ScoredDemo {
  const program = programOf(slug);
  const demo = makeDemoCohort(program, { size, seed });
  const patched = applyRulePatch(program.rules, demo.ruleOverrides);
  if (!patched.ok) throw new Error(patched.problems.join("; "));
  const of = (kinds: string[]): DemoBatch[] => demo.batches.filter((b) => kinds.includes(b.recordKind));
  const matched = matchTrainees(
    of(["trainee", "registration"]).map((b) => ({ fileName: b.templateId, sheetName: "", batch: b.batch })),
  );
  const scores = scoreCohort(patched.rules, tabulateMatchedTrainees(matched));
  const progress = measureProgress(patched.rules.targets, {
    scores,
    participations: of(["participation"]).flatMap((b) => readParticipations(b.batch)),
    trainingClasses: of(["trainingClass"]).flatMap((b) => readTrainingClasses(b.batch)),
  });
  return { demo, rules: patched.rules, matched, scores, progress };
}

/** The batch of a template in a demo. */
export function batchOf(demo: DemoCohort, templateId: string): DemoBatch["batch"] {
  const found = demo.batches.find((b) => b.templateId === templateId);
  if (found === undefined) throw new Error(`no batch ${templateId}`);
  return found.batch;
}

/** One column of a batch by field key. */
export function columnOf(batch: DemoBatch["batch"], key: string): DemoBatch["batch"]["columns"][number] {
  const f = batch.fields.indexOf(key);
  if (f < 0) throw new Error(`no field ${key}`);
  return batch.columns[f] ?? [];
}
