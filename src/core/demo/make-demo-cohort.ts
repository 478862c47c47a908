/**
 * A demo cohort for a program: synthetic trainees in the program's own
 * sheets, so loading it is exactly like importing them, with every outcome,
 * tier, gate failure, 未录入 figure, make-up, capped item group and a tie at
 * a cut present in a 200-trainee cohort. Deterministic from the seed.
 */
import type { RecordKind } from "../fields/field-schema.ts";
import type { DemoProgram } from "./demo-program.ts";
import { matchTrainees } from "../records/match-trainees.ts";
import { tabulateMatchedTrainees } from "../records/scoring-records.ts";
import { applyRulePatch, type RulePatch } from "../rules/cohort-rules.ts";
import type { RuleSet } from "../rules/rule-schema.ts";
import { outcome } from "../scoring/outcome.ts";
import { scoreCohort, type CohortScores } from "../scoring/score-cohort.ts";
import { listMeasureKeys } from "../scoring/trainee-table.ts";
import { createRandom, type Random } from "./create-random.ts";
import { makeDemoBatch, type DemoBatch } from "./demo-batch.ts";
import { applyScenarios, listScenarios } from "./demo-scenarios.ts";
import { drawTrainees, type DrawnTrainees } from "./draw-trainees.ts";
import { fitDemoRules } from "./fit-demo-rules.ts";
import { makeCutTie } from "./make-cut-tie.ts";
import { makeParticipations } from "./make-participations.ts";
import { makeTrainingClasses } from "./make-training-classes.ts";

/** How big a demo is, and which one. */
export interface DemoOptions {
  /** Trainees in the cohort (200 shows everything). */
  size: number;
  seed: number;
  /** Assessment year; the program's first year when absent. */
  year?: number;
}

/** A demo cohort: its sheets, and the parameter changes it starts from. */
export interface DemoCohort {
  year: number;
  /** Changes to the published rules, as cohort-rules paths (a quota scaled to the demo's size). */
  ruleOverrides: RulePatch;
  /** One batch per sheet the program scores or counts from, in the program's template order. */
  batches: DemoBatch[];
}

const personKinds: readonly RecordKind[] = ["trainee", "registration"];
// Each person attends about seven trainings over the plan, so 200 people come to 1,400 person-times.
const trainingsPerPerson = 7;

/** Builds the demo cohort of `program`. */
export function makeDemoCohort(program: DemoProgram, options: DemoOptions): DemoCohort {
  // The program's title joins the seed, so the five demos do not share their people.
  const random = createRandom(options.seed ^ hashText(program.title));
  const year = options.year ?? Number(program.period.start.slice(0, 4));
  const ruleOverrides = fitDemoRules(program, options.size);
  const patched = applyRulePatch(program.rules, ruleOverrides);
  if (!patched.ok) throw new Error(`示例批次的参数不成立：${patched.problems.join("；")}`);
  const templates = program.templates.filter((t) => personKinds.includes(t.recordKind));
  const drawn = drawTrainees(program, patched.rules, templates, options.size, random, { year, gaps: true });
  if (templates.length > 0) settleDemo(patched.rules, drawn, templates, random);

  const batches: DemoBatch[] = [];
  const categories = drawn.columns.get("category") ?? [];
  for (const template of program.templates) {
    if (personKinds.includes(template.recordKind))
      batches.push(makeDemoBatch(template, options.size, (key) => drawn.columns.get(key) ?? []));
    else if (template.recordKind === "participation")
      batches.push(
        makeParticipations(
          program,
          template,
          { people: drawn.people, categories },
          options.size * trainingsPerPerson,
          random,
        ),
      );
  }
  const classTemplates = program.templates.filter((t) => t.recordKind === "trainingClass");
  if (classTemplates.length > 0) batches.push(...makeTrainingClasses(program, classTemplates, random));
  return { year, ruleOverrides, batches: orderLike(program, batches) };
}

/**
 * Writes the scenarios over trainees, makes a tie at a cut, and, where the
 * program selects before it assesses (hb-specialist: 线下考核 only for
 * those selected), gives attempt figures to the selected alone.
 */
function settleDemo(
  rules: RuleSet,
  drawn: DrawnTrainees,
  templates: DemoProgram["templates"],
  random: Random,
): void {
  const n = drawn.people.length;
  const scenarios = listScenarios(rules, drawn.fields, drawn.plan.scaled, random);
  const figures = scenarios.filter((s) => s.kind === "figures");
  const attempts = scenarios.filter((s) => s.kind === "attempts");
  const order = random.shuffle(n);
  applyScenarios(drawn, figures, order, random);
  const kept = new Set(order.slice(0, figures.length));
  if (rules.selection !== undefined || rules.tiering !== undefined) {
    const { scores, rowOf } = scoreDrawn(rules, drawn, templates);
    makeCutTie(scores, rowOf, drawn.columns, listMeasureKeys(rules), kept);
  }
  if (rules.selection === undefined || attempts.length === 0) {
    applyScenarios(drawn, attempts, order.slice(figures.length), random);
    return;
  }
  const { scores, rowOf } = scoreDrawn(rules, drawn, templates);
  const sat: number[] = [];
  for (let t = 0; t < scores.outcome.length; t++)
    if (scores.outcome[t] === outcome.selected) sat.push(rowOf[t] as number);
  const satRows = new Set(sat);
  for (const key of drawn.plan.attempts) {
    const column = drawn.columns.get(key);
    if (column !== undefined) for (let row = 0; row < n; row++) if (!satRows.has(row)) column[row] = null;
  }
  applyScenarios(
    drawn,
    attempts,
    random.shuffle(sat.length).map((k) => sat[k] as number),
    random,
  );
}

/** Scores the drawn trainees as the workspace would: their sheets matched into trainees, then the table scored. */
function scoreDrawn(
  rules: RuleSet,
  drawn: DrawnTrainees,
  templates: DemoProgram["templates"],
): { scores: CohortScores; rowOf: Int32Array } {
  const n = drawn.people.length;
  const sources = templates.map((t) => ({
    fileName: t.id,
    sheetName: t.id,
    batch: makeDemoBatch(t, n, (key) => drawn.columns.get(key) ?? []).batch,
  }));
  const matched = matchTrainees(sources);
  const rowOf = new Int32Array(matched.keys.length);
  matched.traineeOf[0]?.forEach((t, row) => {
    if (t >= 0) rowOf[t] = row;
  });
  return { scores: scoreCohort(rules, tabulateMatchedTrainees(matched)), rowOf };
}

/** A 32-bit FNV-1a hash of a text. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash >>> 0;
}

/** The batches in the order of the program's templates. */
function orderLike(program: DemoProgram, batches: DemoBatch[]): DemoBatch[] {
  const position = new Map(program.templates.map((t, k) => [t.id, k]));
  return batches.sort((a, b) => (position.get(a.templateId) ?? 0) - (position.get(b.templateId) ?? 0));
}
