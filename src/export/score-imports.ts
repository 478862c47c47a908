/**
 * Validated sheets → the scored cohort and the tables of the results
 * workbook: trainee rows merged across files, participation and class rows
 * counted toward targets, and every problem (rows, conflicts, scoring) listed.
 * Shared by the command line and, later, the workspace's export.
 */
import type { RecordKind } from "../core/fields/field-schema.ts";
import type { Program } from "../core/program/program-schema.ts";
import { matchTrainees, type MatchedTrainees } from "../core/records/match-trainees.ts";
import {
  readParticipations,
  readTrainingClasses,
  tabulateMatchedTrainees,
} from "../core/records/scoring-records.ts";
import { collectMeasureNames } from "../core/rules/describe-rule.ts";
import { measureProgress, type TargetProgress } from "../core/scoring/measure-progress.ts";
import { scoreCohort, type CohortScores } from "../core/scoring/score-cohort.ts";
import { summarizeCohort, type CohortSummary } from "../core/scoring/summarize-cohort.ts";
import { listMatchProblems, type LabelledSource } from "../core/validation/list-match-problems.ts";
import type { RowProblem } from "../core/validation/row-problem.ts";
import { buildProblemTable } from "./problem-table.ts";
import { buildProgressTable } from "./progress-table.ts";
import { buildResultTable } from "./result-table.ts";
import type { NamedTable } from "./write-results-workbook.ts";

/** One validated sheet, bad rows already left out. */
export interface ValidatedSheet extends LabelledSource {
  recordKind: RecordKind;
}

/** The scored cohort and what the workbook and the summary show. */
export interface ScoredImports {
  matched: MatchedTrainees;
  scores: CohortScores;
  summary: CohortSummary;
  progress: TargetProgress[];
  /** Reading problems given in, then matching and scoring problems, in that order. */
  problems: RowProblem[];
  /** 结果, 问题, and 目标进度 when the program has targets. */
  sheets: NamedTable[];
}

const personKinds: ReadonlySet<RecordKind> = new Set(["trainee", "registration"]);

/** Scores the sheets against the program's published rules; `problems` are those found while reading. */
export function scoreImports(
  program: Program,
  sheets: readonly ValidatedSheet[],
  problems: readonly RowProblem[],
  options: { fullIds: boolean },
): ScoredImports {
  const people = sheets.filter((s) => personKinds.has(s.recordKind));
  const matched = matchTrainees(people);
  const scores = scoreCohort(program.rules, tabulateMatchedTrainees(matched));
  const progress = measureProgress(program.rules.targets, {
    scores,
    participations: sheets
      .filter((s) => s.recordKind === "participation")
      .flatMap((s) => readParticipations(s.batch)),
    trainingClasses: sheets
      .filter((s) => s.recordKind === "trainingClass")
      .flatMap((s) => readTrainingClasses(s.batch)),
  });
  const all = [
    ...problems,
    ...listMatchProblems(people, matched),
    ...scores.problems.map((p): RowProblem => ({
      fileName: "",
      sheetName: "",
      row: 0,
      column: "",
      header: "",
      message: p.message,
      severity: "warning",
    })),
  ];
  const names = collectMeasureNames(program.rules, program.templates);
  const tables: NamedTable[] = [
    { name: "结果", table: buildResultTable({ scores, matched, names, fullIds: options.fullIds }) },
    { name: "问题", table: buildProblemTable(all) },
  ];
  if (progress.length > 0) tables.push({ name: "目标进度", table: buildProgressTable(progress) });
  return { matched, scores, summary: summarizeCohort(scores), progress, problems: all, sheets: tables };
}
