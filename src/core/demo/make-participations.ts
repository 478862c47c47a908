/**
 * Participation rows (jy 参训记录): one row per person per training, over
 * the program's years and its talent categories, so the person-times
 * target has a breakdown by year and category to draw.
 */
import type { DemoProgram, DemoTemplate } from "./demo-program.ts";
import type { CellValue } from "../records/record-batch.ts";
import type { Random } from "./create-random.ts";
import { makeDemoBatch, type DemoBatch } from "./demo-batch.ts";
import { listDemoPlaces } from "./demo-places.ts";
import { fillField } from "./fill-field.ts";
import { makePerson, type DemoPerson } from "./make-person.ts";

/** The people of a cohort that also attend trainings, with the talent category each was assessed in (or null). */
export interface Attendees {
  people: readonly DemoPerson[];
  categories: readonly CellValue[];
}

/**
 * `count` rows of `template`: the cohort's people and as many others, each
 * in one category, attending more in later years (the plan scales up).
 */
export function makeParticipations(
  program: DemoProgram,
  template: DemoTemplate,
  attendees: Attendees,
  count: number,
  random: Random,
): DemoBatch {
  const first = Number(program.period.start.slice(0, 4));
  const last = Number(program.period.end.slice(0, 4));
  const years = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const yearWeights = years.map((_, k) => k + 2);
  const choicesOf = (key: string): string[] => template.fields.find((f) => f.key === key)?.choices ?? [];
  const categories = choicesOf("category");
  // 管理 and 运用 people are many, 国际化 and 研究 few; 后备 talent far outnumbers 高层次.
  const categoryWeights = categories.map((_, k) => 1 / (k + 2));
  const levels = choicesOf("level");
  const levelWeights = levels.map((_, k) => k + 1);

  const places = listDemoPlaces(program);
  const gaps = { idNumber: !required(template, "idNumber"), phone: !required(template, "phone") };
  const others = attendees.people.length;
  const people = [
    ...attendees.people.map((person, k) => ({ person, category: attendees.categories[k] ?? null })),
    ...Array.from({ length: others }, (_, k) => ({
      person: makePerson(random, others + k, random.pick(places), gaps),
      category: null,
    })),
  ].map((p) => ({
    ...p,
    category: p.category ?? (categories.length > 0 ? random.weighted(categories, categoryWeights) : null),
  }));

  const columns = new Map(template.fields.map((f) => [f.key, new Array<CellValue>(count)]));
  for (let row = 0; row < count; row++) {
    const { person, category } = random.pick(people);
    const year = random.weighted(years, yearWeights);
    const facts: Record<string, CellValue> = {
      year,
      category,
      level: levels.length > 0 ? random.weighted(levels, levelWeights) : null,
      trainingName: `${year}年知识产权${category ?? ""}人才培训班（第${random.between(1, 4)}期）`,
      hours: 2 * random.between(1, 8),
    };
    const dates = [`${year}-03-01`, `${year}-11-30`] as const;
    for (const field of template.fields)
      (columns.get(field.key) as CellValue[])[row] = fillField(field, {
        random,
        serial: row,
        person,
        facts,
        dates,
      });
  }
  return makeDemoBatch(template, count, (key) => columns.get(key) ?? []);
}

function required(template: DemoTemplate, key: string): boolean {
  return template.fields.some((f) => f.key === key && f.required);
}
