import "fake-indexeddb/auto";
import { afterEach, beforeEach, expect, it } from "vitest";
import { makeDemoCohort } from "../../../src/core/demo/make-demo-cohort.ts";
import { openDatabase, type ZhipeiDatabase } from "../../../src/db/database.ts";
import { storeDemoCohort, type NewDemoCohort } from "../../../src/db/demo.ts";
import { loadCohortRows } from "../../../src/db/imports.ts";
import { loadProgram } from "../../../scripts/load-program.ts";

let db: ZhipeiDatabase;
beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

function demoInput(slug: string): NewDemoCohort {
  const program = loadProgram(slug).data;
  return {
    programSlug: slug,
    name: `示例：${program.shortTitle}`,
    seed: 1,
    demo: makeDemoCohort(program, { size: 200, seed: 1 }),
    sheets: new Map(program.templates.map((t) => [t.id, t])),
  };
}

it("stores every demo sheet as an import of a new cohort, with the demo's rule changes", async () => {
  const input = demoInput("jy-talent-plan-2022");
  const cohort = await storeDemoCohort(db, input);
  const stored = await loadCohortRows(db, cohort.id);
  expect(stored.map((s) => s.batch.rowNumbers.length)).toEqual(
    input.demo.batches.map((b) => b.batch.rowNumbers.length),
  );
  expect(cohort.rowCount).toBe(stored.reduce((sum, s) => sum + s.record.rowCount, 0));
  expect((await db.cohorts.get(cohort.id))?.ruleOverrides).toEqual(input.demo.ruleOverrides);
});

it("makes a second cohort when the same demo is loaded twice", async () => {
  const input = demoInput("gd-ipo-2021");
  await storeDemoCohort(db, input);
  await storeDemoCohort(db, input);
  expect(await db.cohorts.count()).toBe(2);
});
