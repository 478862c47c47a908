/**
 * Validated sheets → the scored cohort and the tables of the results
 * workbook (结果, 问题, 目标进度), with every problem (rows, conflicts,
 * scoring) listed. The command line's path; the workspace scores what it
 * stored with `scoreStoredCohort`.
 */
import type { Program } from "../core/program/program-schema.ts";
import { summarizeCohort, type CohortSummary } from "../core/scoring/summarize-cohort.ts";
import { listMatchProblems, type LabelledSource } from "../core/validation/list-match-problems.ts";
import type { RowProblem } from "../core/validation/row-problem.ts";
import { buildProblemTable } from "./problem-table.ts";
import { buildProgressTable } from "./progress-table.ts";
import { buildResultTable } from "./result-table.ts";
import { scoreSheets, type KindedBatch, type ScoredCohort } from "./scored-cohort.ts";
import type { NamedTable } from "./write-results-workbook.ts";

/** One validated sheet, bad rows already left out. */
export type ValidatedSheet = LabelledSource & KindedBatch;

/** The scored cohort and what the workbook and the summary show. */
export interface ScoredImports extends ScoredCohort {
  summary: CohortSummary;
  /** Reading problems given in, then matching and scoring problems, in that order. */
  problems: RowProblem[];
  /** 结果, 问题, and 目标进度 when the program has targets. */
  sheets: NamedTable[];
}

/** Scores the sheets against the program's published rules; `problems` are those found while reading. */
export function scoreImports(
  program: Program,
  sheets: readonly ValidatedSheet[],
  problems: readonly RowProblem[],
  options: { fullIds: boolean },
): ScoredImports {
  const scored = scoreSheets(
    program,
    { name: program.shortTitle, year: Number(program.period.start.slice(0, 4)) },
    sheets,
  );
  const { matched, scores, progress } = scored;
  const people = sheets.filter((s) => s.recordKind === "trainee" || s.recordKind === "registration");
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
  const tables: NamedTable[] = [
    { name: "结果", table: buildResultTable({ ...scored, fullIds: options.fullIds }) },
    { name: "问题", table: buildProblemTable(all) },
  ];
  if (progress.length > 0) tables.push({ name: "目标进度", table: buildProgressTable(progress) });
  return { ...scored, summary: summarizeCohort(scores), problems: all, sheets: tables };
}
