/**
 * The names under which a sheet's columns are recorded in a confirmed
 * mapping (header → field key): the header itself, or, for a column without
 * a header or with the same header as an earlier one, the header with its
 * column letter, so no two columns share a key.
 */
import { toColumnLetter } from "../core/validation/column-letter.ts";

/** One key per column, in order; `index` is the column's 0-based index in the sheet. */
export function toColumnKeys(columns: readonly { index: number; header: string }[]): string[] {
  const seen = new Set<string>();
  return columns.map(({ index, header }) => {
    const name = header.trim();
    const key = name === "" || seen.has(name) ? `${name}（${toColumnLetter(index)}列）` : name;
    seen.add(name);
    return key;
  });
}
