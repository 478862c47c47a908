/**
 * Merges the trainee rows of several imports into one row per person:
 * matched by ID number, then mobile phone, then name + employer. A value one
 * file gives and another leaves empty is filled in; two different values for
 * the same field are a conflict, listed and never overwritten: the value read
 * first is kept and the other is reported beside it.
 */
import { addPerson, createPersonIndex, findPerson, type PersonIndex } from "./person-index.ts";
import {
  findIdentityColumns,
  formatTraineeKey,
  hasNoKey,
  makePersonKeys,
  readPersonKeys,
  type MatchKey,
} from "./person-keys.ts";
import type { CellValue, RecordBatch } from "./record-batch.ts";

/** One import's rows, named for messages. */
export interface SourceBatch {
  fileName: string;
  sheetName: string;
  batch: RecordBatch;
}

/** A row of a source: which source (index into the sources), and its 1-based sheet row. */
export interface RowRef {
  source: number;
  row: number;
}

/** Two different values for one field of one trainee. */
export interface TraineeConflict {
  trainee: number;
  field: string;
  kept: CellValue;
  keptAt: RowRef;
  other: CellValue;
  otherAt: RowRef;
  /** The key that made the two rows one person. */
  matchedBy: MatchKey;
}

/** Trainees column by column: `columns[f][t]` is field `fields[f]` of trainee `t`. */
export interface MatchedTrainees {
  /** Each trainee's key within the cohort (see formatTraineeKey). */
  keys: string[];
  fields: string[];
  columns: CellValue[][];
  /** Per source, the trainee each row joined, or -1 for a row that names no one. */
  traineeOf: Int32Array[];
  conflicts: TraineeConflict[];
  /** Rows with no ID number, mobile phone, or name and employer. */
  unnamed: RowRef[];
  /** The trainees by each key, to look people up from a later file. */
  index: PersonIndex;
  /** Where each value was read, packed (see locateValue); -1 for none. */
  origins: number[][];
}

// A value's origin in one number: source × 2^21 + batch row (a sheet has at most 2^20 rows).
const sourceShift = 2 ** 21;

/** Merges the sources' rows into trainees, in source order then row order. */
export function matchTrainees(sources: readonly SourceBatch[]): MatchedTrainees {
  const fields = [...new Set(sources.flatMap((s) => s.batch.fields))];
  const fieldIndex = new Map(fields.map((key, f) => [key, f]));
  const columns: CellValue[][] = fields.map(() => []);
  const origins: number[][] = fields.map(() => []);
  const column = (key: string): CellValue[] | undefined => {
    const f = fieldIndex.get(key);
    return f === undefined ? undefined : columns[f];
  };
  const ids = column("idNumber");
  const idOf = (t: number): string | null => (ids?.[t] as string | null | undefined) ?? null;
  const index = createPersonIndex();
  const conflicts: TraineeConflict[] = [];
  const unnamed: RowRef[] = [];
  let count = 0;

  const traineeOf = sources.map(({ batch }, s) => {
    const identity = findIdentityColumns(batch);
    const into = batch.fields.map((key) => fieldIndex.get(key) as number);
    const joined = new Int32Array(batch.rowNumbers.length).fill(-1);
    for (let r = 0; r < joined.length; r++) {
      const keys = readPersonKeys(batch, identity, r);
      if (hasNoKey(keys)) {
        unnamed.push({ source: s, row: batch.rowNumbers[r] as number });
        continue;
      }
      const match = findPerson(index, keys, idOf);
      // A new trainee starts empty, so filling it in below never meets a conflict.
      const t = match === null ? count++ : match.person;
      const by = match?.by ?? "idNumber";
      if (match === null)
        for (let f = 0; f < fields.length; f++) {
          columns[f]!.push(null);
          origins[f]!.push(-1);
        }
      for (let c = 0; c < into.length; c++) {
        const value = batch.columns[c]?.[r] ?? null;
        if (value === null) continue;
        const f = into[c] as number;
        const kept = columns[f]![t] ?? null;
        if (kept === null) {
          columns[f]![t] = value;
          origins[f]![t] = s * sourceShift + r;
        } else if (kept !== value) {
          conflicts.push({
            trainee: t,
            field: fields[f] as string,
            kept,
            keptAt: locate(origins[f]![t] as number),
            other: value,
            otherAt: { source: s, row: batch.rowNumbers[r] as number },
            matchedBy: by,
          });
        }
      }
      // The row's own keys too: a phone learned from this file finds the trainee in the next.
      addPerson(index, keys, t);
      joined[r] = t;
    }
    return joined;
  });

  const names = column("name");
  const employers = column("employer");
  const phones = column("phone");
  const keys = Array.from({ length: count }, (_, t) =>
    formatTraineeKey(
      makePersonKeys(ids?.[t] ?? null, phones?.[t] ?? null, names?.[t] ?? null, employers?.[t] ?? null),
    ),
  );
  return { keys, fields, columns, traineeOf, conflicts, unnamed, index, origins };

  function locate(origin: number): RowRef {
    return unpack(sources, origin) ?? { source: 0, row: 0 };
  }
}

/** The row field `f` of trainee `t` was read from, or null when it is empty. */
export function locateValue(
  sources: readonly SourceBatch[],
  matched: MatchedTrainees,
  f: number,
  t: number,
): RowRef | null {
  return unpack(sources, matched.origins[f]?.[t] ?? -1);
}

function unpack(sources: readonly SourceBatch[], origin: number): RowRef | null {
  if (origin < 0) return null;
  const source = Math.floor(origin / sourceShift);
  const row = sources[source]?.batch.rowNumbers[origin % sourceShift];
  return row === undefined ? null : { source, row };
}
