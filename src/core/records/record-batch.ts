/**
 * Imported rows kept column by column: one array per field. Storing a whole
 * batch as one IndexedDB value is what makes 100,000-row imports fast
 * (one record per row costs ~10 s in Chromium; see issue 4).
 */

/** A cleaned cell value; `null` means the cell was empty (未录入), never 0. */
export type CellValue = string | number | boolean | null;

/** Rows of one sheet, columnar: `columns[f][r]` is field `fields[f]` of row `r`. */
export interface RecordBatch {
  /** Field keys, in column order. */
  fields: string[];
  /** 1-based sheet row of each record, for messages that name the row. */
  rowNumbers: number[];
  columns: CellValue[][];
}

/** Number of rows in a batch. */
export function countRows(batch: RecordBatch): number {
  return batch.rowNumbers.length;
}

/** Cuts a batch into consecutive pieces of at most `size` rows. */
export function splitBatch(batch: RecordBatch, size: number): RecordBatch[] {
  if (size < 1) throw new RangeError("size must be at least 1");
  const pieces: RecordBatch[] = [];
  for (let start = 0; start < batch.rowNumbers.length; start += size) {
    const end = start + size;
    pieces.push({
      fields: batch.fields,
      rowNumbers: batch.rowNumbers.slice(start, end),
      columns: batch.columns.map((c) => c.slice(start, end)),
    });
  }
  return pieces;
}

/** Joins pieces of the same fields back into one batch, in order. */
export function joinBatches(pieces: readonly RecordBatch[]): RecordBatch {
  const first = pieces[0];
  if (!first) return { fields: [], rowNumbers: [], columns: [] };
  for (const p of pieces)
    if (p.fields.join("\u0000") !== first.fields.join("\u0000"))
      throw new Error("cannot join batches with different fields");
  return {
    fields: first.fields,
    rowNumbers: pieces.flatMap((p) => p.rowNumbers),
    columns: first.fields.map((_, f) => pieces.flatMap((p) => p.columns[f] ?? [])),
  };
}

/** Reads row `r` as an object keyed by field, for display and explanations. */
export function readRow(batch: RecordBatch, r: number): Record<string, CellValue> {
  const row: Record<string, CellValue> = {};
  batch.fields.forEach((key, f) => {
    row[key] = batch.columns[f]?.[r] ?? null;
  });
  return row;
}
