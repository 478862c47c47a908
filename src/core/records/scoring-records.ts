/**
 * Imported rows → what the scoring engine reads, by record kind: merged
 * trainees become a `TraineeTable` (their columns handed over as they are),
 * participation rows become person-times, training-class rows coverage.
 */
import { findRegion } from "../regions/find-region.ts";
import type { ParticipationRecord, TrainingClassRecord } from "../scoring/scoring-input.ts";
import type { TraineeTable } from "../scoring/trainee-table.ts";
import type { MatchedTrainees } from "./match-trainees.ts";
import type { CellValue, RecordBatch } from "./record-batch.ts";

/** The merged trainees as the table `scoreCohort` takes; every field is a measure under its own key. */
export function tabulateMatchedTrainees(matched: MatchedTrainees): TraineeTable {
  const column = (key: string): CellValue[] | undefined => matched.columns[matched.fields.indexOf(key)];
  const region = readStrings(column("region"));
  const chosen = readStrings(column("cluster"));
  // The cluster a person registered for (报名班次) comes first; else the one their 市州 lies in.
  const cluster =
    chosen === undefined && region === undefined
      ? undefined
      : matched.keys.map((_, t) => {
          const r = region?.[t];
          return chosen?.[t] ?? (r === null || r === undefined ? null : (findRegion(r)?.cluster ?? null));
        });
  return {
    ids: matched.keys,
    region,
    cluster,
    county: readStrings(column("county")),
    orgKind: readStrings(column("orgKind")),
    category: readStrings(column("category")),
    year: readNumbers(column("year")),
    measures: Object.fromEntries(matched.fields.map((key, f) => [key, matched.columns[f] ?? []])),
  };
}

/** Participation rows (jy 参训记录), one person-time each. */
export function readParticipations(batch: RecordBatch): ParticipationRecord[] {
  const read = reader(batch);
  return batch.rowNumbers.map((_, r) => ({
    year: readYear(read("year", r), read("trainingDate", r)),
    category: readString(read("category", r)),
    region: readString(read("region", r)),
    orgKind: readString(read("orgKind", r)),
  }));
}

/**
 * Training-class rows (hb-bxwq 培训情况统计表). The statistics table has no
 * 市州 column (each county sends its own), so the 市州 is read from the
 * host's name (武汉市江夏区市场监督管理局 → 武汉) when the row gives none.
 */
export function readTrainingClasses(batch: RecordBatch): TrainingClassRecord[] {
  const read = reader(batch);
  return batch.rowNumbers.map((_, r) => {
    const host = readString(read("host", r));
    const region = readString(read("region", r)) ?? (host === undefined ? undefined : findRegion(host)?.name);
    return {
      year: readYear(read("year", r), read("date", r)),
      region,
      county: readString(read("county", r)),
      attendees: readCount(read("headcount", r)),
      enterprises: readCount(read("enterprises", r)),
    };
  });
}

function reader(batch: RecordBatch): (key: string, r: number) => CellValue {
  const index = new Map(batch.fields.map((key, f) => [key, f]));
  return (key, r) => {
    const f = index.get(key);
    return f === undefined ? null : (batch.columns[f]?.[r] ?? null);
  };
}

function readStrings(column: CellValue[] | undefined): (string | null)[] | undefined {
  return column?.map((v) => (v === null ? null : String(v)));
}

function readNumbers(column: CellValue[] | undefined): (number | null)[] | undefined {
  return column?.map((v) => (typeof v === "number" ? v : null));
}

function readString(value: CellValue): string | undefined {
  return value === null || value === "" ? undefined : String(value);
}

function readCount(value: CellValue): number | undefined {
  return typeof value === "number" && value >= 0 ? value : undefined;
}

// A year column wins; else the year of an ISO date ("2023-03-01").
function readYear(year: CellValue, date: CellValue): number | undefined {
  if (typeof year === "number" && Number.isInteger(year)) return year;
  return typeof date === "string" && /^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : undefined;
}
