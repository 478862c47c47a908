/** The 目标进度 sheet: each target's count against its value, then its breakdowns (by year, category…). */
import type { TargetProgress } from "../core/scoring/measure-progress.ts";
import type { ExportTable } from "./result-table.ts";

const dimensionWords = { year: "年度", category: "人才类别", region: "市州", orgKind: "单位类型" } as const;

/** Builds the 目标进度 table: a row per target, then a row per slice of each breakdown. */
export function buildProgressTable(progress: readonly TargetProgress[]): ExportTable {
  const rows = progress.flatMap((p) => [
    [p.label, "合计", p.value, p.target, p.unit, p.by, `${Math.round(p.share * 1000) / 10}%`],
    ...p.breakdowns.flatMap((b) =>
      b.rows.map((r) => [p.label, `${dimensionWords[b.by]}：${r.key}`, r.value, null, p.unit, null, null]),
    ),
  ]);
  return {
    header: ["目标", "分项", "完成", "目标值", "单位", "截至年份", "完成比例"],
    rows,
    pointColumns: [],
  };
}
