/**
 * Rows of one file that repeat an earlier row. In a trainee list the same
 * person twice (by ID number, mobile phone, or name + employer, as trainees
 * are matched) is flagged; in a participation or training-class list the
 * same person at the same training, or the same class, would be counted twice.
 */
import type { RecordKind } from "../fields/field-schema.ts";
import { addPerson, createPersonIndex, findPerson } from "../records/person-index.ts";
import { findIdentityColumns, formatTraineeKey, hasNoKey, readPersonKeys } from "../records/person-keys.ts";
import type { RecordBatch } from "../records/record-batch.ts";

/** A row that repeats an earlier one; `field` is the column the message points at. */
export interface RepeatedRow {
  /** Batch index of the row. */
  index: number;
  field: string;
  message: string;
  severity: "error" | "warning";
}

/** Every later row that repeats an earlier one, in row order. */
export function findRepeatedRows(batch: RecordBatch, kind: RecordKind): RepeatedRow[] {
  switch (kind) {
    case "trainee":
    case "registration":
      return findRepeatedPeople(batch);
    case "participation":
    case "trainingClass":
      return findRepeatedEntries(batch, kind);
  }
}

/** Record kinds whose rows are events (a training attended, a class held) rather than people. */
export type EntryKind = "participation" | "trainingClass";

// The fields that make two event rows the same event, and the column a message points at.
const entries: Record<EntryKind, { fields: readonly string[]; field: string; what: string }> = {
  participation: {
    fields: ["trainingName", "trainingDate", "year"],
    field: "trainingName",
    what: "同一人参加的同一培训，人次",
  },
  trainingClass: {
    fields: ["className", "date", "region", "county", "host"],
    field: "className",
    what: "同一培训班（名称、时间、地区相同），人数",
  },
};

/** Each row's event key: equal keys are the same event (and the same person, where the row names one). */
export function readEntryKeys(batch: RecordBatch, kind: EntryKind): string[] {
  const identity = findIdentityColumns(batch);
  const columns = entries[kind].fields.map((key) => batch.columns[batch.fields.indexOf(key)]);
  return batch.rowNumbers.map((_, r) => {
    const person = readPersonKeys(batch, identity, r);
    const parts = columns.map((column) => String(column?.[r] ?? ""));
    if (!hasNoKey(person)) parts.push(formatTraineeKey(person));
    return parts.join("\u0000");
  });
}

/** The column a repeated event is reported in, and the message naming where it was first seen. */
export function describeRepeatedEntry(kind: EntryKind, earlier: string): { field: string; message: string } {
  const entry = entries[kind];
  return { field: entry.field, message: `与${earlier}是${entry.what}会重复计算` };
}

function findRepeatedPeople(batch: RecordBatch): RepeatedRow[] {
  const identity = findIdentityColumns(batch);
  const index = createPersonIndex();
  const ids: (string | null)[] = [];
  const idOf = (r: number): string | null => ids[r] ?? null;
  const repeated: RepeatedRow[] = [];
  for (let r = 0; r < batch.rowNumbers.length; r++) {
    const keys = readPersonKeys(batch, identity, r);
    ids.push(keys.idNumber);
    if (hasNoKey(keys)) continue;
    const match = findPerson(index, keys, idOf);
    const earlier = match === null ? 0 : (batch.rowNumbers[match.person] as number);
    if (match?.by === "idNumber")
      repeated.push({
        index: r,
        field: "idNumber",
        message: `与第 ${earlier} 行身份证号相同：同一人出现了两次，请删除或合并重复的行`,
        severity: "error",
      });
    else if (match !== null)
      repeated.push({
        index: r,
        field: match.by === "phone" ? "phone" : "name",
        message:
          match.by === "phone"
            ? `与第 ${earlier} 行手机号相同，将视为同一人合并`
            : `与第 ${earlier} 行姓名和工作单位相同，将视为同一人合并`,
        severity: "warning",
      });
    else if (keys.phone !== null && index.phone.has(keys.phone))
      repeated.push({
        index: r,
        field: "phone",
        message: `与第 ${batch.rowNumbers[index.phone.get(keys.phone) as number]} 行手机号相同，但身份证号不同，请核对`,
        severity: "warning",
      });
    // A later row may bring the ID an earlier one lacked: the person is then known by it too.
    if (match !== null && ids[match.person] === null) ids[match.person] = keys.idNumber;
    addPerson(index, keys, match === null ? r : match.person);
  }
  return repeated;
}

function findRepeatedEntries(batch: RecordBatch, kind: EntryKind): RepeatedRow[] {
  const seen = new Map<string, number>();
  const repeated: RepeatedRow[] = [];
  readEntryKeys(batch, kind).forEach((key, r) => {
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, r);
    else
      repeated.push({
        index: r,
        ...describeRepeatedEntry(kind, `第 ${batch.rowNumbers[earlier]} 行`),
        severity: "warning",
      });
  });
  return repeated;
}
