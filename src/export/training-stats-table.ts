/**
 * The 培训情况统计表 (hb-bxwq 附件5 样表) in the seed's exact columns: the
 * template's title row, the 单位（盖章） line, then 序号, 培训班名称, 培训内容,
 * 培训对象, 人数, 时间, 地点, 主办单位, one row per training class imported
 * with that template. A plan (计划报送汇总表) is not a class held, so its rows
 * are left out: a batch counts only when every column of it is the form's.
 */
import type { SheetTemplate } from "../core/fields/field-schema.ts";
import type { CellValue, RecordBatch } from "../core/records/record-batch.ts";
import { formatChineseDate } from "./chinese-date.ts";
import type { ExportTable, TableCell } from "./result-table.ts";

/** The id of the statistics form among a program's templates. */
export const trainingStatsTemplateId = "training-stats";

/** Builds the form from the classes' batches, numbered afresh; `unit` follows 单位（盖章）：. */
export function buildTrainingStatsTable(
  template: Pick<SheetTemplate, "title" | "fields">,
  batches: readonly RecordBatch[],
  options: { unit: string },
): ExportTable {
  const keys = new Set(template.fields.map((f) => f.key));
  const rows: TableCell[][] = [];
  for (const batch of batches.filter((b) => b.fields.every((key) => keys.has(key)))) {
    const index = new Map(batch.fields.map((key, f) => [key, f]));
    for (let r = 0; r < batch.rowNumbers.length; r++)
      rows.push(
        template.fields.map((field) => {
          if (field.key === "seq") return rows.length + 1;
          const f = index.get(field.key);
          const value: CellValue = f === undefined ? null : (batch.columns[f]?.[r] ?? null);
          return field.type === "date" ? printDate(value) : printCell(value);
        }),
      );
  }
  return {
    titleRows: [template.title, `单位（盖章）：${options.unit}`],
    header: template.fields.map((f) => f.label),
    rows,
    pointColumns: [],
  };
}

function printCell(value: CellValue): TableCell {
  if (value === null || typeof value === "number") return value;
  return typeof value === "boolean" ? (value ? "是" : "否") : value;
}

// Dates are stored as ISO text (2023-03-01); the form is read by people, who write 2023年3月1日.
function printDate(value: CellValue): TableCell {
  return typeof value === "string" ? formatChineseDate(value) : printCell(value);
}
