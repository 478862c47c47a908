/**
 * The cases a demo must show whatever the seed: each gate failed, each
 * optional figure 未录入, each capped item group past its cap, each amount
 * band, each bonus, each admission priority and fee, and each attempt
 * passed at the make-up, failed again, awaiting it, or 缺考. Each case is
 * written over one trainee whose other figures are then filled in, so the
 * trainee shows that case and no other.
 */
import type { Field } from "../fields/field-schema.ts";
import type { CellValue } from "../records/record-batch.ts";
import type { RuleSet } from "../rules/rule-schema.ts";
import type { Random } from "./create-random.ts";
import { drawCompared } from "./draw-compared.ts";
import type { DrawnTrainees } from "./draw-trainees.ts";

/** Figures written over one trainee. */
export interface Scenario {
  /** Attempt cases go to trainees who sat the attempts (those selected, where the program selects). */
  kind: "figures" | "attempts";
  values: Readonly<Record<string, CellValue>>;
}

/** The cases of a program's rules, limited to figures its sheets carry. */
export function listScenarios(
  rules: RuleSet,
  fields: ReadonlyMap<string, Field>,
  scaled: ReadonlySet<string>,
  random: Random,
): Scenario[] {
  const figures: Record<string, CellValue>[] = [];
  for (const g of rules.gates) {
    const field = fields.get(g.measure);
    if (g.op === "present") figures.push({ [g.measure]: field?.type === "yesNo" ? false : null });
    else figures.push({ [g.measure]: drawCompared(random, field, g.op, g.value ?? 0, false) });
  }
  for (const key of scaled) figures.push({ [key]: null });
  for (const c of rules.components) {
    if (
      c.kind === "proRata" &&
      typeof c.required !== "number" &&
      (fields.get(c.required.measure)?.min ?? 0) <= 0
    )
      // A member with no task set this year (应完成 0) cannot be scaled: 未录入, as a late joiner would be.
      figures.push({ [c.required.measure]: 0 });
    if (c.kind === "items" && c.cap !== undefined) {
      const first = c.items[0];
      if (first !== undefined) figures.push({ [first.measure]: Math.floor(c.cap / first.pointsEach) + 2 });
    }
    if (c.kind === "bands")
      for (const band of c.bands)
        // Half the bound falls in the band; the bound itself in the next (1000 万 含本数).
        if (band.below !== undefined)
          figures.push({ [c.measure]: band.below / 2 }, { [c.measure]: band.below });
    if (c.kind === "bonus") figures.push({ [c.measure]: true });
  }
  const admission = rules.admission;
  if (admission !== undefined) {
    for (const p of admission.priority) figures.push({ [p.measure]: true });
    const { chargedWhen, waivedWhen } = admission.fee;
    figures.push({ [chargedWhen]: true, ...(waivedWhen === undefined ? {} : { [waivedWhen]: false }) });
    if (waivedWhen !== undefined) figures.push({ [chargedWhen]: true, [waivedWhen]: true });
  }
  const attempts: Record<string, CellValue>[] = [];
  for (const p of rules.attempts?.parts ?? []) {
    const draw = (key: string, holding: boolean): CellValue =>
      p.op === "present" ? holding : drawCompared(random, fields.get(key), p.op, p.value ?? 0, holding);
    const makeUp = (rules.attempts?.makeUps ?? 0) > 0 ? p.makeUpMeasure : undefined;
    if (makeUp === undefined) attempts.push({ [p.measure]: draw(p.measure, false) }, { [p.measure]: null });
    else
      attempts.push(
        { [p.measure]: draw(p.measure, false), [makeUp]: draw(makeUp, true) },
        { [p.measure]: draw(p.measure, false), [makeUp]: draw(makeUp, false) },
        { [p.measure]: draw(p.measure, false), [makeUp]: null },
        { [p.measure]: null, [makeUp]: null },
      );
  }
  const carried = (values: Record<string, CellValue>): boolean =>
    Object.entries(values).every(
      ([key, v]) => fields.has(key) && (v !== null || fields.get(key)?.required === false),
    );
  return [
    ...figures.filter(carried).map((values) => ({ kind: "figures" as const, values })),
    ...attempts.filter(carried).map((values) => ({ kind: "attempts" as const, values })),
  ];
}

/**
 * Writes scenario k over trainee `rows[k]`, then redraws that trainee's
 * other 未录入 figures, so each shows only its case.
 */
export function applyScenarios(
  drawn: DrawnTrainees,
  scenarios: readonly Scenario[],
  rows: readonly number[],
  random: Random,
): void {
  const { columns, plan, ability } = drawn;
  for (const [k, scenario] of scenarios.entries()) {
    const row = rows[k];
    if (row === undefined) return;
    for (const [key, value] of Object.entries(scenario.values))
      (columns.get(key) as CellValue[])[row] = value;
    const read = (key: string): CellValue => columns.get(key)?.[row] ?? null;
    for (const key of plan.scaled) {
      const column = columns.get(key) as CellValue[];
      if (key in scenario.values || column[row] !== null) continue;
      column[row] = (plan.makers.get(key) as NonNullable<ReturnType<typeof plan.makers.get>>)({
        random,
        ability: ability[row] as number,
        read,
      });
    }
  }
}
