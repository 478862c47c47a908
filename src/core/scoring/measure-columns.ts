/**
 * Trainee measures as the rules read them. Components read the given
 * values directly (converting 100,000 values to a typed array per measure
 * only to read them once costs more in allocation and garbage collection
 * than it saves); figures read more than once get a cached typed column.
 */
import type { MeasureValue } from "./scoring-input.ts";
import type { TraineeTable } from "./trainee-table.ts";

/** Measure key → its column, read on first use. */
export interface MeasureColumns {
  readonly size: number;
  /** The values as given; all 未录入 where the table lacks the measure. */
  raw(key: string): ArrayLike<MeasureValue>;
  /** Numbers per trainee; NaN where 未录入 (absent, null, text); true/false read as 1/0. */
  numbers(key: string): Float64Array;
  /** 1 where the measure was entered as a number or is true; 0 where false or 未录入. */
  present(key: string): Uint8Array;
}

/** Column reader over a cohort's table; each column is built once. */
export function readMeasureColumns(table: TraineeTable): MeasureColumns {
  const size = table.ids.length;
  const numbers = new Map<string, Float64Array>();
  const present = new Map<string, Uint8Array>();
  let absent: MeasureValue[] | undefined;
  return {
    size,
    raw(key) {
      // Always a real array, so the loops reading it see one kind of object.
      return table.measures[key] ?? (absent ??= new Array<MeasureValue>(size).fill(null));
    },
    numbers(key) {
      let column = numbers.get(key);
      if (column === undefined) {
        column = readNumbers(table.measures[key], size);
        numbers.set(key, column);
      }
      return column;
    },
    present(key) {
      let column = present.get(key);
      if (column === undefined) {
        column = readPresent(table.measures[key], size);
        present.set(key, column);
      }
      return column;
    },
  };
}

/** The number a value stands for: itself, true 1, false 0; NaN when 未录入 (absent, null, text, ±Infinity). */
export function numberAt(values: ArrayLike<MeasureValue>, i: number): number {
  const v = values[i];
  if (typeof v === "number") return v - v === 0 ? v : NaN;
  return v === true ? 1 : v === false ? 0 : NaN;
}

function readNumbers(values: ArrayLike<MeasureValue> | undefined, size: number): Float64Array {
  const column = new Float64Array(size).fill(NaN);
  if (values === undefined) return column;
  for (let i = 0; i < size; i++) column[i] = numberAt(values, i);
  return column;
}

function readPresent(values: ArrayLike<MeasureValue> | undefined, size: number): Uint8Array {
  const column = new Uint8Array(size);
  if (values === undefined) return column;
  for (let i = 0; i < size; i++) {
    const v = values[i];
    column[i] = v === true || (typeof v === "number" && Number.isFinite(v)) ? 1 : 0;
  }
  return column;
}
