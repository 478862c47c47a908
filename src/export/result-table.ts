/**
 * The 结果 sheet as a table of plain values: one row per trainee with who
 * they are, each component's points, total, rank, outcome, tier, certificate,
 * talent pool and the explanation in words. ID numbers are masked unless the
 * person asks for them whole (个人信息保护法).
 */
import type { MeasureNames } from "../core/rules/describe-rule.ts";
import type { MatchedTrainees } from "../core/records/match-trainees.ts";
import { explainTrainee } from "../core/scoring/explain-trainee.ts";
import type { CohortScores } from "../core/scoring/score-cohort.ts";
import { describeResult } from "./describe-result.ts";
import { readPersonCells } from "./person-cells.ts";

/** A cell of an exported table: text stays text, numbers stay numbers, null is an empty cell. */
export type TableCell = string | number | null;

/** A sheet's header and rows; `pointColumns` hold points, shown with two decimals. */
export interface ExportTable {
  /** Lines above the header, one cell each (a form's title, its 单位（盖章） line). */
  titleRows?: string[];
  header: string[];
  rows: TableCell[][];
  pointColumns: number[];
}

/** What the results table is built from. */
export interface ResultTableInput {
  scores: CohortScores;
  /** The merged trainees, indexed like the scores. */
  matched: MatchedTrainees;
  names: MeasureNames;
  /** Write ID numbers whole; masked (110101********1234) otherwise. */
  fullIds: boolean;
}

/** Builds the 结果 table. */
export function buildResultTable(input: ResultTableInput): ExportTable {
  const { scores, matched, names } = input;
  const { rules } = scores;
  const person = readPersonCells(matched, input.fullIds);
  const hasRegion = person.has("region");
  const grouped = scores.groups !== null && rules.selection?.groupBy !== "none";
  const header = [
    "姓名",
    "身份证号",
    "工作单位",
    ...(hasRegion ? ["所在市州"] : []),
    ...rules.components.map((c) => `${c.label}得分`),
    ...(rules.components.length === 0 ? [] : ["总分", "排名"]),
    ...(grouped ? ["排名范围"] : []),
    "结果",
    ...(rules.tiering === undefined ? [] : ["等次"]),
    ...(rules.certificate === undefined ? [] : [rules.certificate.label]),
    ...(rules.talentPool === undefined ? [] : [rules.talentPool.label]),
    "说明",
  ];
  const firstPoints = hasRegion ? 4 : 3;
  const pointCount = rules.components.length === 0 ? 0 : rules.components.length + 1;
  const rows = matched.keys.map((_, t): TableCell[] => {
    const e = explainTrainee(scores, t, names);
    return [
      person.read("name", t),
      person.read("idNumber", t),
      person.read("employer", t),
      ...(hasRegion ? [person.read("region", t)] : []),
      ...e.components.map((c) => (c.missing ? null : c.points / 100)),
      ...(rules.components.length === 0 ? [] : [e.total === null ? e.totalText : e.total / 100, e.rank]),
      ...(grouped ? [e.rankGroup] : []),
      e.effective.outcome,
      ...(rules.tiering === undefined ? [] : [e.effective.tier]),
      ...(rules.certificate === undefined ? [] : [yesNo(e.effective.certificate)]),
      ...(rules.talentPool === undefined ? [] : [yesNo(e.effective.talentPool)]),
      describeResult(e, rules),
    ];
  });
  return {
    header,
    rows,
    pointColumns: Array.from({ length: pointCount }, (_, k) => firstPoints + k),
  };
}

function yesNo(value: boolean | null): string | null {
  return value === null ? null : value ? "是" : "否";
}
