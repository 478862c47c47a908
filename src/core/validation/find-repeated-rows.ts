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
      return findRepeatedEntries(
        batch,
        ["trainingName", "trainingDate", "year"],
        "trainingName",
        (row) => `与第 ${row} 行是同一人参加的同一培训，人次会重复计算`,
      );
    case "trainingClass":
      return findRepeatedEntries(
        batch,
        ["className", "date", "region", "county", "host"],
        "className",
        (row) => `与第 ${row} 行是同一培训班（名称、时间、地区相同），人数会重复计算`,
      );
  }
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

function findRepeatedEntries(
  batch: RecordBatch,
  keyFields: readonly string[],
  field: string,
  describe: (earlierRow: number) => string,
): RepeatedRow[] {
  const identity = findIdentityColumns(batch);
  const columns = keyFields.map((key) => batch.columns[batch.fields.indexOf(key)]);
  const seen = new Map<string, number>();
  const repeated: RepeatedRow[] = [];
  for (let r = 0; r < batch.rowNumbers.length; r++) {
    const person = readPersonKeys(batch, identity, r);
    const parts = columns.map((column) => String(column?.[r] ?? ""));
    if (!hasNoKey(person)) parts.push(formatTraineeKey(person));
    const key = parts.join("\u0000");
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, r);
    else
      repeated.push({
        index: r,
        field,
        message: describe(batch.rowNumbers[earlier] as number),
        severity: "warning",
      });
  }
  return repeated;
}
