/**
 * How a row names its person. Trainees are matched across files by ID
 * number, then mobile phone, then name + employer (issue 4), so these are
 * the three keys read from a row, strongest first.
 */
import { foldText } from "../cells/cell-text.ts";
import type { CellValue, RecordBatch } from "./record-batch.ts";

/** The field keys that identify a person in every program's templates. */
export const identityFields = ["idNumber", "phone", "name", "employer"] as const;

/** Which key two rows were found to share. */
export type MatchKey = "idNumber" | "phone" | "nameEmployer";

/** A row's keys; null where the row does not give one. */
export interface PersonKeys {
  idNumber: string | null;
  phone: string | null;
  nameEmployer: string | null;
}

/** Column positions of the identity fields in a batch; -1 where a field is absent. */
export interface IdentityColumns {
  idNumber: number;
  phone: number;
  name: number;
  employer: number;
}

const noKeys: PersonKeys = { idNumber: null, phone: null, nameEmployer: null };
const spaces = /\s+/g;
// parsePhone writes a mobile as 11 bare digits and a landline as "area-number": only mobiles are personal.
const mobile = /^1\d{10}$/;

/** Where a batch keeps the identity fields. */
export function findIdentityColumns(batch: RecordBatch): IdentityColumns {
  return {
    idNumber: batch.fields.indexOf("idNumber"),
    phone: batch.fields.indexOf("phone"),
    name: batch.fields.indexOf("name"),
    employer: batch.fields.indexOf("employer"),
  };
}

/** Row `r`'s keys. */
export function readPersonKeys(batch: RecordBatch, columns: IdentityColumns, r: number): PersonKeys {
  const read = (c: number): CellValue => (c < 0 ? null : (batch.columns[c]?.[r] ?? null));
  return makePersonKeys(
    read(columns.idNumber),
    read(columns.phone),
    read(columns.name),
    read(columns.employer),
  );
}

/**
 * The keys of a person with these values. A landline is no key (a whole
 * office shares one), and a name is a key only together with an employer.
 */
export function makePersonKeys(
  idNumber: CellValue,
  phone: CellValue,
  name: CellValue,
  employer: CellValue,
): PersonKeys {
  const id = readText(idNumber);
  const mobilePhone = readText(phone);
  const nameText = readText(name);
  const employerText = readText(employer);
  if (id === null && mobilePhone === null && (nameText === null || employerText === null)) return noKeys;
  return {
    idNumber: id,
    phone: mobilePhone !== null && mobile.test(mobilePhone) ? mobilePhone : null,
    nameEmployer:
      nameText === null || employerText === null ? null : `${fold(nameText)}|${fold(employerText)}`,
  };
}

/** Whether a row gives no key at all, so it cannot be matched to anyone. */
export function hasNoKey(keys: PersonKeys): boolean {
  return keys.idNumber === null && keys.phone === null && keys.nameEmployer === null;
}

/**
 * A trainee's key within the cohort, as decisions store it: the strongest
 * key the trainee has, prefixed with its kind so an ID never equals a phone.
 */
export function formatTraineeKey(keys: PersonKeys): string {
  if (keys.idNumber !== null) return `id:${keys.idNumber}`;
  if (keys.phone !== null) return `phone:${keys.phone}`;
  return `name:${keys.nameEmployer ?? ""}`;
}

function readText(value: CellValue): string | null {
  if (value === null) return null;
  const text = String(value);
  return text === "" ? null : text;
}

// 武汉光谷 专利事务所 and 武汉光谷专利事务所 are one employer; full-width letters fold to ASCII.
function fold(text: string): string {
  return foldText(text).replace(spaces, "");
}
