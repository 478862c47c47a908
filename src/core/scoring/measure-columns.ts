/**
 * Trainee measures read once into typed columns, so each rule loops over a
 * flat array instead of looking into 100,000 objects again and again.
 */
import type { TraineeRecord } from "./scoring-input.ts";

/** Measure key → its column, read on first use. */
export interface MeasureColumns {
  readonly size: number;
  /** Numbers per trainee; NaN where 未录入 (absent, null, text); true/false read as 1/0. */
  numbers(key: string): Float64Array;
  /** 1 where the measure was entered as a number or is true; 0 where false or 未录入. */
  present(key: string): Uint8Array;
}

/** Column reader over a cohort's trainees; each column is built once. */
export function readMeasureColumns(trainees: readonly TraineeRecord[]): MeasureColumns {
  const numbers = new Map<string, Float64Array>();
  const present = new Map<string, Uint8Array>();
  return {
    size: trainees.length,
    numbers(key) {
      let column = numbers.get(key);
      if (column === undefined) {
        column = readNumbers(trainees, key);
        numbers.set(key, column);
      }
      return column;
    },
    present(key) {
      let column = present.get(key);
      if (column === undefined) {
        column = readPresent(trainees, key);
        present.set(key, column);
      }
      return column;
    },
  };
}

function readNumbers(trainees: readonly TraineeRecord[], key: string): Float64Array {
  const column = new Float64Array(trainees.length);
  for (let i = 0; i < trainees.length; i++) {
    const v = trainees[i]?.measures[key];
    column[i] = typeof v === "number" ? (Number.isFinite(v) ? v : NaN) : v === true ? 1 : v === false ? 0 : NaN;
  }
  return column;
}

function readPresent(trainees: readonly TraineeRecord[], key: string): Uint8Array {
  const column = new Uint8Array(trainees.length);
  for (let i = 0; i < trainees.length; i++) {
    const v = trainees[i]?.measures[key];
    column[i] = v === true || (typeof v === "number" && Number.isFinite(v)) ? 1 : 0;
  }
  return column;
}
