/**
 * The trainees of a demo or benchmark cohort, one column per field key of
 * every sheet about them (报名回执 and 考核表 share name, phone, employer),
 * drawn from the program's rules and places.
 */
import type { Field } from "../fields/field-schema.ts";
import type { DemoProgram, DemoTemplate } from "./demo-program.ts";
import type { CellValue } from "../records/record-batch.ts";
import type { RuleSet } from "../rules/rule-schema.ts";
import type { Random } from "./create-random.ts";
import { listDemoPlaces } from "./demo-places.ts";
import { fillField, type RowContext } from "./fill-field.ts";
import { makePerson, type DemoPerson } from "./make-person.ts";
import { planMeasures, type MeasurePlan } from "./plan-measures.ts";

/** Drawn trainees: people, and their values column by column. */
export interface DrawnTrainees {
  people: DemoPerson[];
  /** Every field of the sheets, first definition of a key kept. */
  fields: Map<string, Field>;
  columns: Map<string, CellValue[]>;
  plan: MeasurePlan;
  /** Each trainee's ability in [0, 1), for redrawing a figure later. */
  ability: Float64Array;
}

/** How trainees are drawn. */
export interface DrawOptions {
  /** The assessment year (年度). */
  year: number;
  /** Leave a few ID numbers and phones empty where no sheet requires them (demos do; benchmarks want every key). */
  gaps: boolean;
}

/** Draws `n` trainees for the sheets `templates` of `program`, scored by `rules`. */
export function drawTrainees(
  program: DemoProgram,
  rules: RuleSet,
  templates: readonly DemoTemplate[],
  n: number,
  random: Random,
  options: DrawOptions,
): DrawnTrainees {
  const fields = new Map<string, Field>();
  for (const t of templates) for (const f of t.fields) if (!fields.has(f.key)) fields.set(f.key, f);
  const required = (key: string): boolean =>
    templates.some((t) => t.fields.some((f) => f.key === key && f.required));
  const gaps = { idNumber: options.gaps && !required("idNumber"), phone: options.gaps && !required("phone") };
  const people = drawPeople(program, n, random, gaps);
  const ability = new Float64Array(n);
  for (let i = 0; i < n; i++) ability[i] = (random.next() + random.next()) / 2;

  const plan = planMeasures(rules, fields, program.period.start);
  const columns = new Map<string, CellValue[]>();
  for (const [key, make] of plan.makers) {
    const column = new Array<CellValue>(n);
    columns.set(key, column);
    let row = 0;
    const draw = { random, ability: 0, read: (k: string) => columns.get(k)?.[row] ?? null };
    for (; row < n; row++) {
      draw.ability = ability[row] as number;
      column[row] = plan.scaled.has(key) && random.chance(0.02) ? null : make(draw);
    }
  }
  const dates = [program.period.start, program.period.end] as const;
  const firstYear = Math.min(Number(program.period.start.slice(0, 4)), options.year);
  // Most pool members joined in the first year; later years brought replacements (入库年份).
  const facts = Array.from({ length: n }, () => ({
    year: options.year,
    poolYear: random.chance(0.3) ? random.between(firstYear, options.year) : firstYear,
  }));
  // One context, moved from row to row: 100,000 rows × 20 columns of fresh objects keep the collector busy.
  const context: RowContext = { random, serial: 0, person: null, facts: {}, dates };
  for (const [key, field] of fields) {
    if (columns.has(key)) continue;
    const column = new Array<CellValue>(n);
    for (let row = 0; row < n; row++) {
      context.serial = row;
      context.person = people[row] as DemoPerson;
      context.facts = facts[row] as (typeof facts)[number];
      column[row] = fillField(field, context);
    }
    columns.set(key, column);
  }
  return { people, fields, columns, plan, ability };
}

/**
 * People with distinct name + employer where some lack an ID number, so no
 * two are merged when matched by name and employer (with every ID given,
 * distinct IDs keep them apart and the check is skipped).
 */
function drawPeople(
  program: DemoProgram,
  n: number,
  random: Random,
  gaps: { idNumber: boolean; phone: boolean },
): DemoPerson[] {
  const places = listDemoPlaces(program);
  const weights = places.map((p) => p.weight);
  const seen = gaps.idNumber ? new Set<string>() : null;
  const people = new Array<DemoPerson>(n);
  for (let serial = 0; serial < n; serial++) {
    const place = random.weighted(places, weights);
    let person = makePerson(random, serial, place, gaps);
    if (seen !== null) {
      while (seen.has(`${person.name}|${person.employer}`)) person = makePerson(random, serial, place, gaps);
      seen.add(`${person.name}|${person.employer}`);
    }
    people[serial] = person;
  }
  return people;
}
