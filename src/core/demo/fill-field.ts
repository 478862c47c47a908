/**
 * Values for the columns the rules do not score (部门, 邮箱, 培训班名称…),
 * so a demo sheet has every column an import of the template would, each
 * in the form the cell parsers produce (a phone as digits, a date as
 * YYYY-MM-DD, a 市州 as the entry names it).
 */
import type { Field } from "../fields/field-schema.ts";
import type { CellValue } from "../records/record-batch.ts";
import type { Random } from "./create-random.ts";
import { fitNumber } from "./fit-number.ts";
import type { DemoPerson } from "./make-person.ts";

/** What a row knows: its person (if it is about one), facts fixed by the caller, and the dates it falls in. */
export interface RowContext {
  random: Random;
  /** The row's position, counted from 0. */
  serial: number;
  person: DemoPerson | null;
  /** Values decided by the caller (年度, 培训班名称); they win over anything drawn here. */
  facts: Readonly<Record<string, CellValue>>;
  /** First and last day the row's dates fall between, YYYY-MM-DD. */
  dates: readonly [string, string];
}

const departments = ["知识产权部", "法务部", "研发中心", "技术部", "综合管理部", "总经理办公室"];
const positions = ["知识产权专员", "法务主管", "研发工程师", "技术总监", "办公室主任", "专利工程师"];
const streets = ["光谷大道", "建设大道", "解放路", "人民路", "科技路", "发展大道"];

/** The value of `field` in one row; null only for an optional column people often leave empty. */
export function fillField(field: Field, row: RowContext): CellValue {
  const fact = row.facts[field.key];
  if (fact !== undefined) return fact;
  const { random, person } = row;
  const fromPerson = person === null ? undefined : readPerson(field, person, row.serial);
  if (fromPerson !== undefined) return fromPerson;
  switch (field.type) {
    case "choice": {
      const choices = field.choices ?? [];
      // Earlier choices are commoner, so breakdowns by kind are uneven as real ones are.
      return random.weighted(
        choices,
        choices.map((_, k) => 1 / (k + 2)),
      );
    }
    case "date":
      return drawDate(random, row.dates);
    case "yesNo":
      return random.chance(0.5);
    case "integer":
    case "number":
    case "duration":
      return fitNumber(field, random.between(field.min ?? 0, Math.min(field.max ?? 100, 100)));
    case "email":
      return `demo${row.serial + 1}@example.com`;
    default:
      return field.required ? `${field.label}${row.serial + 1}` : null;
  }
}

/** A person's own fields, or undefined when the key is not about the person. */
function readPerson(field: Field, person: DemoPerson, serial: number): CellValue | undefined {
  const place = person.place;
  switch (field.key) {
    case "name":
    case "employer":
    case "idNumber":
    case "phone":
    case "gender":
      return person[field.key];
    case "region":
      return place.region;
    case "county":
      return person.county;
    case "cluster":
      return place.cluster;
    case "department":
      return departments[serial % departments.length];
    case "position":
      return positions[(serial * 7) % positions.length];
    case "qq":
      return String(100_000_000 + serial);
    case "officePhone":
      return `${place.areaCode}-8${String(serial % 10_000_000).padStart(7, "0")}`;
    case "address":
      return `${place.office}${person.county ?? ""}${streets[serial % streets.length]}${(serial % 300) + 1}号`;
    case "note":
      return null;
    default:
      return undefined;
  }
}

/** A day between the two given days, both included. */
export function drawDate(random: Random, [first, last]: readonly [string, string]): string {
  const start = Date.parse(`${first}T00:00:00Z`);
  const days = Math.round((Date.parse(`${last}T00:00:00Z`) - start) / 86_400_000);
  return new Date(start + random.between(0, days) * 86_400_000).toISOString().slice(0, 10);
}
