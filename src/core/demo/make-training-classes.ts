/**
 * Training classes (hb-bxwq 培训班) over the counties of the program's
 * places: most counties hold one class, some two, about one in ten none
 * yet, so coverage of 市州, counties and enterprises falls short of its
 * targets the way a mid-year report does.
 */
import type { DemoProgram, DemoTemplate } from "./demo-program.ts";
import type { CellValue } from "../records/record-batch.ts";
import type { Random } from "./create-random.ts";
import { makeDemoBatch, type DemoBatch } from "./demo-batch.ts";
import { listDemoPlaces } from "./demo-places.ts";
import { drawDate, fillField } from "./fill-field.ts";
import { makePerson } from "./make-person.ts";

/** One batch per template, each holding every class, with the facts its columns ask for. */
export function makeTrainingClasses(
  program: DemoProgram,
  templates: readonly DemoTemplate[],
  random: Random,
): DemoBatch[] {
  const classes: Record<string, CellValue>[] = [];
  const titles = program.courses.map((c) => c.title);
  const dates = [program.period.start, program.period.end] as const;
  const audiences = [
    ...new Set(program.courses.flatMap((c) => (c.audience === undefined ? [] : [c.audience]))),
  ];
  for (const place of listDemoPlaces(program))
    for (const county of place.counties) {
      if (random.chance(0.1)) continue;
      const held = random.chance(0.2) ? 2 : 1;
      // A county office is named after its city (武汉市江夏区…), so the 市州 can be read from the host.
      const office = county === place.office ? county : `${place.office}${county}`;
      for (let k = 1; k <= held; k++) {
        const headcount = random.between(40, 200);
        const picked = random
          .shuffle(titles.length)
          .slice(0, 3)
          .sort((a, b) => a - b);
        classes.push({
          seq: classes.length + 1,
          region: place.region,
          county,
          className: `${office}知识产权培训班（第${k}期）`,
          content: picked.map((c) => titles[c]).join("；") || null,
          courses: picked.map((c) => c + 1).join("、") || null,
          audience: audiences.length > 0 ? random.pick(audiences) : null,
          headcount,
          date: drawDate(random, dates),
          enterprises: random.between(20, Math.min(120, headcount)),
          place: `${office}政务服务中心`,
          host: `${office}市场监督管理局`,
          liaison: makePerson(random, classes.length, place, { idNumber: false, phone: false }).name,
          liaisonPhone: `${place.areaCode}-8${String(classes.length).padStart(7, "0")}`,
        });
      }
    }
  return templates.map((template) => {
    const columns = new Map(
      template.fields.map((field) => [
        field.key,
        classes.map((facts, serial) => fillField(field, { random, serial, person: null, facts, dates })),
      ]),
    );
    return makeDemoBatch(template, classes.length, (key) => columns.get(key) ?? []);
  });
}
