/**
 * An import's rows against what the cohort already holds. A person already
 * stored is the normal case (one file brings hours, the next exam scores) and
 * says nothing; a different value for a field already stored is a conflict,
 * and a row that only repeats stored values is probably a re-import under
 * another file name. Events (participations, classes) already stored would be
 * counted twice.
 */
import type { RecordKind } from "../fields/field-schema.ts";
import { findPerson } from "../records/person-index.ts";
import { findIdentityColumns, hasNoKey, identityFields, readPersonKeys } from "../records/person-keys.ts";
import { locateValue, matchTrainees, type SourceBatch } from "../records/match-trainees.ts";
import type { ColumnLabel } from "./column-labels.ts";
import { describeConflict } from "./describe-conflict.ts";
import { describeRepeatedEntry, readEntryKeys, type EntryKind } from "./find-repeated-rows.ts";
import type { RowProblem } from "./row-problem.ts";

/** One import's rows with the kind of record they are. */
export interface KindedBatch extends SourceBatch {
  recordKind: RecordKind;
}

/** Warnings for the incoming rows that meet stored ones; `labels` name the incoming columns by field key. */
export function checkAgainstStored(
  incoming: KindedBatch,
  labels: ReadonlyMap<string, ColumnLabel>,
  stored: readonly KindedBatch[],
): RowProblem[] {
  const kind = incoming.recordKind;
  const same = stored.filter((s) => isPersonKind(s.recordKind) === isPersonKind(kind));
  if (same.length === 0) return [];
  return isPersonKind(kind)
    ? checkPeople(incoming, labels, same)
    : checkEntries(
        incoming,
        labels,
        same.filter((s) => s.recordKind === kind),
        kind as EntryKind,
      );
}

function isPersonKind(kind: RecordKind): boolean {
  return kind === "trainee" || kind === "registration";
}

function checkPeople(
  incoming: KindedBatch,
  labels: ReadonlyMap<string, ColumnLabel>,
  stored: readonly KindedBatch[],
): RowProblem[] {
  const matched = matchTrainees(stored);
  const idColumn = matched.columns[matched.fields.indexOf("idNumber")];
  const idOf = (t: number): string | null => (idColumn?.[t] as string | null | undefined) ?? null;
  const { batch } = incoming;
  const identity = findIdentityColumns(batch);
  const storedField = batch.fields.map((key) => matched.fields.indexOf(key));
  const problems: RowProblem[] = [];
  for (let r = 0; r < batch.rowNumbers.length; r++) {
    const keys = readPersonKeys(batch, identity, r);
    const match = hasNoKey(keys) ? null : findPerson(matched.index, keys, idOf);
    if (match === null) continue;
    const t = match.person;
    const row = batch.rowNumbers[r] as number;
    let repeatedAt: string | null = null;
    let differs = false;
    for (let c = 0; c < batch.fields.length; c++) {
      const f = storedField[c] as number;
      const value = batch.columns[c]?.[r] ?? null;
      const kept = f < 0 ? null : (matched.columns[f]?.[t] ?? null);
      if (value === null || kept === null) continue;
      const at = locateValue(stored, matched, f, t);
      const source = stored[at?.source ?? 0];
      const place = {
        fileName: source?.fileName ?? "",
        sheetName: source?.sheetName ?? "",
        row: at?.row ?? 0,
      };
      const key = batch.fields[c] as string;
      const label = labels.get(key);
      if (kept === value) {
        if (!(identityFields as readonly string[]).includes(key))
          repeatedAt ??= `「${place.fileName}」${place.sheetName} 第 ${place.row} 行`;
        continue;
      }
      differs = true;
      problems.push({
        fileName: incoming.fileName,
        sheetName: incoming.sheetName,
        row,
        column: label?.column ?? "",
        header: label?.header ?? key,
        message: describeConflict(
          { kept, other: value, matchedBy: match.by },
          label?.field.label ?? key,
          label?.field.type,
          place,
        ),
        severity: "warning",
      });
    }
    if (!differs && repeatedAt !== null) {
      const label = labels.get("name") ?? labels.values().next().value;
      problems.push({
        fileName: incoming.fileName,
        sheetName: incoming.sheetName,
        row,
        column: label?.column ?? "",
        header: label?.header ?? "",
        message: `与已导入的${repeatedAt}是同一人，数据相同：可能重复导入了同一份数据`,
        severity: "warning",
      });
    }
  }
  return problems;
}

function checkEntries(
  incoming: KindedBatch,
  labels: ReadonlyMap<string, ColumnLabel>,
  stored: readonly KindedBatch[],
  kind: EntryKind,
): RowProblem[] {
  const seen = new Map<string, string>();
  for (const s of stored)
    readEntryKeys(s.batch, kind).forEach((key, r) => {
      if (!seen.has(key))
        seen.set(key, `已导入的「${s.fileName}」${s.sheetName} 第 ${s.batch.rowNumbers[r]} 行`);
    });
  const problems: RowProblem[] = [];
  readEntryKeys(incoming.batch, kind).forEach((key, r) => {
    const earlier = seen.get(key);
    if (earlier === undefined) return;
    const { field, message } = describeRepeatedEntry(kind, earlier);
    const label = labels.get(field);
    problems.push({
      fileName: incoming.fileName,
      sheetName: incoming.sheetName,
      row: incoming.batch.rowNumbers[r] as number,
      column: label?.column ?? "",
      header: label?.header ?? field,
      message,
      severity: "warning",
    });
  });
  return problems;
}
