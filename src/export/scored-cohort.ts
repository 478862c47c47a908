/**
 * A cohort scored from its sheets: the one input every export is built from.
 * Trainee and registration rows are merged into one row per person and
 * scored; participation rows count toward person-times and training-class
 * rows toward coverage; the training-class rows are also kept as they are,
 * for the 培训情况统计表.
 */
import type { RecordKind, SheetTemplate } from "../core/fields/field-schema.ts";
import { matchTrainees, type MatchedTrainees, type SourceBatch } from "../core/records/match-trainees.ts";
import type { RecordBatch } from "../core/records/record-batch.ts";
import {
  readParticipations,
  readTrainingClasses,
  tabulateMatchedTrainees,
} from "../core/records/scoring-records.ts";
import { collectMeasureNames, type MeasureNames } from "../core/rules/describe-rule.ts";
import type { RuleSet } from "../core/rules/rule-schema.ts";
import { measureProgress, type TargetProgress } from "../core/scoring/measure-progress.ts";
import { scoreCohort, type CohortScores } from "../core/scoring/score-cohort.ts";
import type { TraineeDecision } from "../core/scoring/scoring-input.ts";

/** What exports need of a program: the workspace's part of it is enough. */
export interface ExportProgram {
  title: string;
  templates: readonly Pick<SheetTemplate, "id" | "title" | "recordKind" | "fields">[];
  /** The published rules. */
  rules: RuleSet;
}

/** The cohort's name and year, as staff gave them. */
export interface CohortFacts {
  name: string;
  year: number;
}

/** One sheet's rows and what each row stands for. */
export interface KindedBatch extends SourceBatch {
  recordKind: RecordKind;
}

/** A scored cohort; `scores.rules` are the cohort's rules (the published ones unless staff changed them). */
export interface ScoredCohort {
  program: ExportProgram;
  cohort: CohortFacts;
  matched: MatchedTrainees;
  scores: CohortScores;
  names: MeasureNames;
  progress: TargetProgress[];
  /** The training-class sheets' rows, in the order given. */
  trainingClasses: RecordBatch[];
}

/** The cohort's own rules and the decisions people made; the published rules and none by default. */
export interface ScoringChoices {
  rules?: RuleSet;
  decisions?: readonly TraineeDecision[];
}

const personKinds: ReadonlySet<RecordKind> = new Set(["trainee", "registration"]);

/** Merges, scores and counts the sheets; `sheets` people rows merge in the order given. */
export function scoreSheets(
  program: ExportProgram,
  cohort: CohortFacts,
  sheets: readonly KindedBatch[],
  choices: ScoringChoices = {},
): ScoredCohort {
  const rules = choices.rules ?? program.rules;
  const matched = matchTrainees(sheets.filter((s) => personKinds.has(s.recordKind)));
  const scores = scoreCohort(rules, tabulateMatchedTrainees(matched), choices.decisions);
  const trainingClasses = sheets.filter((s) => s.recordKind === "trainingClass").map((s) => s.batch);
  const progress = measureProgress(rules.targets, {
    scores,
    participations: sheets
      .filter((s) => s.recordKind === "participation")
      .flatMap((s) => readParticipations(s.batch)),
    trainingClasses: trainingClasses.flatMap(readTrainingClasses),
  });
  const names = collectMeasureNames(rules, program.templates);
  return { program, cohort, matched, scores, names, progress, trainingClasses };
}
