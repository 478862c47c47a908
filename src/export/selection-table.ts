/**
 * The selection list (hb-specialist 遴选名单): per 城市圈, everyone selected
 * in rank order, with the members of a tie at the quota nobody has settled
 * yet listed as 待定 beside them, so the list is never cut silently. A
 * person's selection override counts, with its reason in the 备注.
 */
import { hubeiClusters } from "../core/regions/hubei-regions.ts";
import { formatPoints } from "../core/scoring/hundredths.ts";
import { labelOutcome, outcome } from "../core/scoring/outcome.ts";
import type { CohortScores } from "../core/scoring/score-cohort.ts";
import { selectionPlaces } from "../core/scoring/select-quota.ts";
import { readPersonCells } from "./person-cells.ts";
import type { ExportTable, TableCell } from "./result-table.ts";
import type { ScoredCohort } from "./scored-cohort.ts";

/** Builds the selection list: one block of rows per group, groups in Hubei's order of clusters. */
export function buildSelectionTable(scored: ScoredCohort, options: { fullIds: boolean }): ExportTable {
  const { scores, matched } = scored;
  const person = readPersonCells(matched, options.fullIds);
  const groupBy = scores.rules.selection?.groupBy ?? "none";
  const groups = scores.groups;
  const groupNames = groups?.names ?? [];
  const groupOf = (t: number): number => groups?.groupOf[t] ?? 0;
  const listed = matched.keys
    .map((_, t) => t)
    .filter((t) => placeOf(scores, t) !== null)
    .sort(
      (a, b) =>
        orderGroup(groupNames, groupOf(a)) - orderGroup(groupNames, groupOf(b)) ||
        (scores.rank[a] as number) - (scores.rank[b] as number) ||
        a - b,
    );
  const optional = (["phone", "employer", "region"] as const).filter((key) => person.has(key));
  const grouped = groupBy !== "none";
  const seqs = new Map<number, number>();
  const rows = listed.map((t): TableCell[] => {
    const seq = (seqs.get(groupOf(t)) ?? 0) + 1;
    seqs.set(groupOf(t), seq);
    return [
      ...(grouped ? [groupNames[groupOf(t)] ?? null] : []),
      seq,
      scores.rank[t] || null,
      person.read("name", t),
      person.read("idNumber", t),
      ...optional.map((key) => person.read(key, t)),
      scores.complete[t] === 1 ? (scores.total[t] as number) / 100 : null,
      placeOf(scores, t),
      noteOf(scores, t),
    ];
  });
  const header = [
    ...(grouped ? [groupWords[groupBy]] : []),
    "序号",
    "排名",
    "姓名",
    "身份证号",
    ...optional.map((key) => personWords[key]),
    "总分",
    "遴选结果",
    "备注",
  ];
  return { header, rows, pointColumns: [header.indexOf("总分")] };
}

const groupWords = { cluster: "城市圈", region: "市州" } as const;
const personWords = { phone: "手机", employer: "工作单位", region: "所在市州" } as const;

/** 入选, 待定（并列）, or null for a trainee the list leaves out. */
function placeOf(scores: CohortScores, t: number): string | null {
  const chosen = scores.overrides.get(t)?.selection?.value;
  if (chosen !== undefined) return chosen === selectionPlaces[0] ? selectionPlaces[0] : null;
  const code = scores.outcome[t];
  if (code === outcome.selected) return selectionPlaces[0];
  return code === outcome.tied ? labelOutcome(code) : null;
}

function noteOf(scores: CohortScores, t: number): string | null {
  const override = scores.overrides.get(t)?.selection;
  if (override !== undefined)
    return `人工调整为入选（计算结果为${labelOutcome(scores.outcome[t] as number)}）；理由：${override.reason}`;
  const tie = scores.ties[scores.tieOf[t] as number];
  if (tie === undefined) return null;
  const seats = tie.seats.find((s) => s.label === selectionPlaces[0])?.count ?? 0;
  const head = `总分 ${formatPoints(tie.total)} 并列第 ${tie.rank} 名，${tie.candidates.length} 人争 ${seats} 个名额`;
  return tie.decided ? `${head}，已由人工决定` : `${head}，待人工决定`;
}

/** A group's place in Hubei's order of clusters; other groups come after, as first seen. */
function orderGroup(names: readonly string[], g: number): number {
  const k = (hubeiClusters as readonly string[]).indexOf(names[g] ?? "");
  return k < 0 ? hubeiClusters.length + g : k;
}
