/** The certificate list: everyone eligible for the program's certificate, with its number, in number order. */
import { tierWordOf } from "../core/scoring/summarize-cohort.ts";
import { numberCertificates } from "./certificate-numbers.ts";
import { readPersonCells } from "./person-cells.ts";
import type { ExportTable, TableCell } from "./result-table.ts";
import type { ScoredCohort } from "./scored-cohort.ts";

/** Builds the certificate list; `prefix` starts every number (see certificate-numbers.ts). */
export function buildCertificateTable(
  scored: ScoredCohort,
  options: { fullIds: boolean; prefix: string },
): ExportTable {
  const { scores, matched } = scored;
  const { rules } = scores;
  const person = readPersonCells(matched, options.fullIds);
  const hasRegion = person.has("region");
  const tiered = rules.tiering !== undefined;
  const hasTotal = rules.components.length > 0;
  const rows = numberCertificates(scores, options.prefix).map(({ trainee: t, number }): TableCell[] => [
    number,
    person.read("name", t),
    person.read("idNumber", t),
    person.read("employer", t),
    ...(hasRegion ? [person.read("region", t)] : []),
    ...(hasTotal ? [scores.complete[t] === 1 ? (scores.total[t] as number) / 100 : null] : []),
    ...(tiered ? [scores.overrides.get(t)?.tier?.value ?? tierWordOf(scores, t)] : []),
  ]);
  const header = [
    "证书编号",
    "姓名",
    "身份证号",
    "工作单位",
    ...(hasRegion ? ["所在市州"] : []),
    ...(hasTotal ? ["总分"] : []),
    ...(tiered ? ["等次"] : []),
  ];
  return { header, rows, pointColumns: hasTotal ? [header.indexOf("总分")] : [] };
}
