/**
 * How each figure the rules read is drawn, rule by rule: hours mostly past
 * the full mark, scores skewed high, achievements mostly none, a few yes
 * answers. One `ability` per trainee ties their figures together, so strong
 * trainees are strong on every component and the totals spread.
 */
import type { Field } from "../fields/field-schema.ts";
import type { CellValue } from "../records/record-batch.ts";
import type { Component, RuleSet } from "../rules/rule-schema.ts";
import { holds } from "../scoring/compare-figures.ts";
import { toHundredths } from "../scoring/hundredths.ts";
import type { Random } from "./create-random.ts";
import { drawCompared } from "./draw-compared.ts";
import { fitNumber } from "./fit-number.ts";

/** What a maker may read: the trainee's ability in [0, 1) and figures drawn before this one. */
export interface MeasureDraw {
  random: Random;
  ability: number;
  read: (key: string) => CellValue;
}

/**
 * Draws one trainee's value of one measure. Null only where the figure is
 * absent by nature (no make-up after a pass, no pledge, a blank yes/no);
 * a scaled figure left 未录入 is decided apart, by `scaled`.
 */
export type MeasureMaker = (draw: MeasureDraw) => CellValue;

/** The makers in drawing order (a figure another depends on comes first), and the figures whose absence is 未录入. */
export interface MeasurePlan {
  makers: Map<string, MeasureMaker>;
  /** Optional scaled or compared figures: empty means 未录入, so a few are left empty. */
  scaled: Set<string>;
  /** First attempts and make-ups of attempt parts. */
  attempts: Set<string>;
}

/** One maker per measure the rules read and the sheets carry; `firstDay` is the program's first day (YYYY-MM-DD). */
export function planMeasures(
  rules: RuleSet,
  fields: ReadonlyMap<string, Field>,
  firstDay: string,
): MeasurePlan {
  const makers = new Map<string, MeasureMaker>();
  const scaled = new Set<string>();
  const attempts = new Set<string>();
  const add = (key: string, make: MeasureMaker): void => {
    if (fields.has(key) && !makers.has(key)) makers.set(key, make);
  };
  const optional = (key: string): void => {
    if (fields.get(key)?.required === false) scaled.add(key);
  };
  for (const c of rules.components) {
    planComponent(c, fields, add);
    if (c.kind === "linear" || c.kind === "threshold" || c.kind === "proRata") optional(c.measure);
  }
  for (const g of rules.gates) {
    const field = fields.get(g.measure);
    if (g.op === "present") add(g.measure, ({ random }) => random.chance(0.96));
    else {
      const { op, value = 0 } = g;
      add(g.measure, ({ random }) => drawCompared(random, field, op, value, random.chance(0.92)));
      optional(g.measure);
    }
  }
  for (const p of rules.attempts?.parts ?? []) {
    const field = fields.get(p.measure);
    const { op, value = 0 } = p;
    const first: MeasureMaker =
      op === "present"
        ? ({ random, ability }) => random.chance(0.8 + 0.15 * ability)
        : ({ random, ability }) =>
            drawCompared(random, field, op, value, random.chance(0.75 + 0.2 * ability));
    add(p.measure, first);
    attempts.add(p.measure);
    const makeUp = p.makeUpMeasure;
    if (makeUp === undefined || (rules.attempts?.makeUps ?? 0) === 0) continue;
    const passed = (v: CellValue): boolean =>
      op === "present"
        ? v === true
        : typeof v === "number" && holds(op, toHundredths(v), toHundredths(value));
    // Only a failed first attempt is followed by a make-up: most pass it, some fail again, some are still to sit it.
    add(makeUp, (draw) => {
      const v = draw.read(p.measure);
      if (v === null || passed(v) || draw.random.chance(0.15)) return null;
      const pass = draw.random.chance(0.7);
      return op === "present" ? pass : drawCompared(draw.random, fields.get(makeUp), op, value, pass);
    });
    attempts.add(makeUp);
  }
  planAdmission(rules, firstDay, add);
  return { makers, scaled, attempts };
}

function planComponent(
  c: Component,
  fields: ReadonlyMap<string, Field>,
  add: (key: string, make: MeasureMaker) => void,
): void {
  switch (c.kind) {
    case "linear":
      add(c.measure, drawScaled(fields.get(c.measure), c.full));
      return;
    case "threshold": {
      const { op, threshold } = c;
      const field = fields.get(c.measure);
      add(c.measure, ({ random }) => drawCompared(random, field, op, threshold, random.chance(0.93)));
      return;
    }
    case "proRata": {
      const { required, measure } = c;
      const field = fields.get(measure);
      if (typeof required === "number") add(measure, drawScaled(field, required));
      else {
        // The year's task (应完成学时) is the same for most; part-timers get a lighter one.
        add(required.measure, ({ random }) => (random.chance(0.85) ? 40 : 32));
        add(measure, ({ random, ability, read }) => {
          const task = Number(read(required.measure) ?? 40);
          if (random.chance(0.55 + 0.35 * ability))
            return fitNumber(field, task + (random.chance(0.3) ? random.below(9) : 0));
          return fitNumber(field, task * (0.3 + 0.65 * mix(random, ability)));
        });
      }
      return;
    }
    case "items":
      for (const item of c.items)
        add(item.measure, ({ random, ability }) => {
          if (!random.chance(0.12 + 0.3 * ability)) return random.chance(0.5) ? 0 : null;
          return 1 + (random.chance(0.15) ? random.below(5) : random.below(2));
        });
      return;
    case "bands":
      add(c.measure, ({ random, ability }) =>
        random.chance(0.1 + 0.2 * ability) ? 10_000 * random.between(30, 2500) : null,
      );
      return;
    case "bonus":
      add(c.measure, ({ random, ability }) =>
        random.chance(0.04 + 0.1 * ability) ? true : random.chance(0.6) ? false : null,
      );
      return;
  }
}

/**
 * A figure scaled against `full`: hours mostly reach it (the notices offer
 * more hours than they ask for), scores spread from 40 % of full upward.
 */
function drawScaled(field: Field | undefined, full: number): MeasureMaker {
  if (field?.type === "duration")
    return ({ random, ability }) =>
      fitNumber(
        field,
        random.chance(0.7 + 0.25 * ability)
          ? full * (1 + 0.7 * random.next())
          : full * (0.25 + 0.75 * random.next()),
      );
  return ({ random, ability }) => fitNumber(field, full * (0.4 + 0.6 * mix(random, ability) ** 0.7));
}

/** Admission figures: a few priority holders, registration dates in the six weeks before the program starts. */
function planAdmission(
  rules: RuleSet,
  firstDay: string,
  add: (key: string, make: MeasureMaker) => void,
): void {
  const admission = rules.admission;
  if (admission === undefined) return;
  for (const p of admission.priority) add(p.measure, ({ random }) => random.chance(0.07));
  add(admission.fee.chargedWhen, ({ random }) => random.chance(0.15));
  const start = Date.parse(`${firstDay}T00:00:00Z`);
  const days = Array.from({ length: 42 }, (_, k) =>
    new Date(start - (k + 1) * 86_400_000).toISOString().slice(0, 10),
  );
  add(admission.thenBy, ({ random }) => random.pick(days));
}

/** The trainee's ability blended with chance, so one trainee's figures agree without being equal. */
function mix(random: Random, ability: number): number {
  return 0.6 * ability + 0.4 * random.next();
}
