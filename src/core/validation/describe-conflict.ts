/**
 * Messages for one person given different values in two rows. The kept value
 * is the one read first; both are named so a person can correct the sheet,
 * except ID numbers, phones and e-mail addresses, which no message repeats.
 */
import type { FieldType } from "../fields/field-schema.ts";
import type { MatchKey } from "../records/person-keys.ts";
import type { CellValue } from "../records/record-batch.ts";
import { quote } from "../cells/cell-text.ts";

/** Where the other value was read, as the message names it. */
export interface ConflictPlace {
  fileName: string;
  sheetName: string;
  row: number;
}

const personal: ReadonlySet<FieldType> = new Set(["idNumber", "phone", "email"]);
const matchedBy: Record<MatchKey, string> = {
  idNumber: "身份证号相同",
  phone: "手机号相同",
  nameEmployer: "姓名和工作单位相同",
};

/** "与「a.xlsx」学员 第 3 行（身份证号相同，视为同一人）的考试成绩不同：那里是「85」，这里是「90」；保留「85」，请核对". */
export function describeConflict(
  conflict: { kept: CellValue; other: CellValue; matchedBy: MatchKey },
  label: string,
  type: FieldType | undefined,
  keptAt: ConflictPlace,
): string {
  const where = `「${keptAt.fileName}」${keptAt.sheetName} 第 ${keptAt.row} 行（${matchedBy[conflict.matchedBy]}，视为同一人）`;
  if (type !== undefined && personal.has(type)) return `与${where}的${label}不同；保留先读到的值，请核对`;
  const kept = quote(printValue(conflict.kept));
  return `与${where}的${label}不同：那里是${kept}，这里是${quote(printValue(conflict.other))}；保留${kept}，请核对`;
}

/** A stored value as people wrote it: 是/否 for yes/no. */
export function printValue(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "是" : "否";
  return String(value);
}
