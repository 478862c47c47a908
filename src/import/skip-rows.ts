/** Leaving rows out of a batch, when the person chooses to import without the rows that have errors. */
import type { RecordBatch } from "../core/records/record-batch.ts";

/** The batch without the rows whose sheet row number is listed; the same batch when none is. */
export function skipRows(batch: RecordBatch, sheetRows: readonly number[]): RecordBatch {
  if (sheetRows.length === 0) return batch;
  const skipped = new Set(sheetRows);
  const kept: number[] = [];
  batch.rowNumbers.forEach((row, r) => {
    if (!skipped.has(row)) kept.push(r);
  });
  return {
    fields: batch.fields,
    rowNumbers: kept.map((r) => batch.rowNumbers[r]!),
    columns: batch.columns.map((column) => kept.map((r) => column[r] ?? null)),
  };
}
