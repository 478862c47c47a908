/**
 * Who a trainee is, as export cells: name, ID number, phone, employer and
 * the other descriptive fields of the merged rows. ID numbers and phones are
 * masked (110101********1234, 138****5678) unless the person exporting asks
 * for them whole (个人信息保护法).
 */
import { maskIdNumber, maskPhone } from "../core/cells/mask-personal-data.ts";
import type { MatchedTrainees } from "../core/records/match-trainees.ts";
import type { CellValue } from "../core/records/record-batch.ts";
import type { TableCell } from "./result-table.ts";

/** Reads a trainee's fields as cells. */
export interface PersonCells {
  /** Whether any merged sheet had the field. */
  has(key: string): boolean;
  /** Field `key` of trainee `t` as text; ID numbers and phones masked unless asked for whole. */
  read(key: string, t: number): TableCell;
}

const masks: Readonly<Record<string, (value: string) => string>> = {
  idNumber: maskIdNumber,
  phone: maskPhone,
};

/** Cells of the merged trainees; `fullIds` writes ID numbers and phones whole. */
export function readPersonCells(matched: MatchedTrainees, fullIds: boolean): PersonCells {
  const index = new Map(matched.fields.map((key, f) => [key, f]));
  return {
    has: (key) => index.has(key),
    read(key, t) {
      const f = index.get(key);
      const value: CellValue = f === undefined ? null : (matched.columns[f]?.[t] ?? null);
      if (value === null) return null;
      const text = String(value);
      const mask = masks[key];
      return mask === undefined || fullIds ? text : mask(text);
    },
  };
}
