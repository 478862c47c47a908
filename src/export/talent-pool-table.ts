/** The talent-pool roster (gd-ipo 人才库): everyone the result puts in the pool, with how to reach them. */
import { isEligible } from "../core/scoring/check-eligibility.ts";
import { readPersonCells } from "./person-cells.ts";
import type { ExportTable, TableCell } from "./result-table.ts";
import type { ScoredCohort } from "./scored-cohort.ts";

const personWords = {
  phone: "手机号码",
  employer: "工作单位",
  orgKind: "单位类型",
  region: "所在市州",
} as const;

/** Builds the roster, in the order trainees first appear in the imports; empty without a talent-pool rule. */
export function buildTalentPoolTable(scored: ScoredCohort, options: { fullIds: boolean }): ExportTable {
  const { scores, matched, cohort } = scored;
  const pool = scores.rules.talentPool;
  const person = readPersonCells(matched, options.fullIds);
  const optional = (Object.keys(personWords) as (keyof typeof personWords)[]).filter((key) =>
    person.has(key),
  );
  const hasTotal = scores.rules.components.length > 0;
  const members =
    pool === undefined
      ? []
      : matched.keys
          .map((_, t) => t)
          .filter((t) => isEligible(scores, pool.when, t, scores.overrides.get(t) ?? null));
  const rows = members.map((t, k): TableCell[] => [
    k + 1,
    person.read("name", t),
    person.read("idNumber", t),
    ...optional.map((key) => person.read(key, t)),
    ...(hasTotal ? [scores.complete[t] === 1 ? (scores.total[t] as number) / 100 : null] : []),
    cohort.year,
  ]);
  const header = [
    "序号",
    "姓名",
    "身份证号",
    ...optional.map((key) => personWords[key]),
    ...(hasTotal ? ["总分"] : []),
    "入库年度",
  ];
  return { header, rows, pointColumns: hasTotal ? [header.indexOf("总分")] : [] };
}
