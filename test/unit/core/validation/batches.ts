/** Record batches written as small tables: field keys, then one row of values per line. */
import type { CellValue, RecordBatch } from "../../../../src/core/records/record-batch.ts";

/** A batch from rows of values; row numbers start at `firstRow` (a sheet's row 2, under the header). */
export function batchOf(fields: string[], rows: CellValue[][], firstRow = 2): RecordBatch {
  return {
    fields,
    rowNumbers: rows.map((_, r) => firstRow + r),
    columns: fields.map((_, f) => rows.map((row) => row[f] ?? null)),
  };
}
