/**
 * A cohort column by column: entry i of every column is trainee i. The
 * import stores rows this way (record-batch.ts), so the workspace hands its
 * columns over as they are; records are turned into a table in one pass,
 * reading each record once (reading 100,000 records once per measure
 * instead is several times slower: every pass misses the cache).
 */
import type { RuleSet } from "../rules/rule-schema.ts";
import type { MeasureValue, TraineeRecord } from "./scoring-input.ts";

type Column<T> = ArrayLike<T | null | undefined>;

/** Trainees as columns. Absent columns are 未录入 for everyone. */
export interface TraineeTable {
  ids: ArrayLike<string>;
  region?: Column<string>;
  cluster?: Column<string>;
  county?: Column<string>;
  orgKind?: Column<string>;
  category?: Column<string>;
  year?: Column<number>;
  /** Measure key → its values. */
  measures: Readonly<Record<string, Column<MeasureValue>>>;
}

/** The descriptive columns of a trainee, beside its measures. */
export type TraineeAttribute = "region" | "cluster" | "county" | "orgKind" | "category";

/** Every measure the rules read, each once. */
export function listMeasureKeys(rules: RuleSet): string[] {
  const keys = new Set<string>();
  for (const c of rules.components) {
    if (c.kind === "items") for (const item of c.items) keys.add(item.measure);
    else keys.add(c.measure);
    if (c.kind === "proRata" && typeof c.required !== "number") keys.add(c.required.measure);
  }
  for (const g of rules.gates) keys.add(g.measure);
  for (const t of rules.ranking.tieBreak) keys.add(t.measure);
  for (const p of rules.attempts?.parts ?? []) {
    keys.add(p.measure);
    if (p.makeUpMeasure !== undefined) keys.add(p.makeUpMeasure);
  }
  const admission = rules.admission;
  if (admission !== undefined) {
    for (const p of admission.priority) keys.add(p.measure);
    keys.add(admission.thenBy);
    keys.add(admission.fee.chargedWhen);
    if (admission.fee.waivedWhen !== undefined) keys.add(admission.fee.waivedWhen);
  }
  return [...keys];
}

/** Trainee records as a table holding the measures `keys`, read in one pass. */
export function tabulateTrainees(trainees: readonly TraineeRecord[], keys: readonly string[]): TraineeTable {
  const n = trainees.length;
  const ids = new Array<string>(n);
  const region = new Array<string | undefined>(n);
  const cluster = new Array<string | undefined>(n);
  const county = new Array<string | undefined>(n);
  const orgKind = new Array<string | undefined>(n);
  const category = new Array<string | undefined>(n);
  const year = new Array<number | undefined>(n);
  const columns = keys.map(() => new Array<MeasureValue>(n));
  for (let i = 0; i < n; i++) {
    const t = trainees[i] as TraineeRecord;
    ids[i] = t.id;
    region[i] = t.region;
    cluster[i] = t.cluster;
    county[i] = t.county;
    orgKind[i] = t.orgKind;
    category[i] = t.category;
    year[i] = t.year;
    const m = t.measures;
    for (let k = 0; k < keys.length; k++) (columns[k] as MeasureValue[])[i] = m[keys[k] as string];
  }
  const measures = Object.fromEntries(keys.map((key, k) => [key, columns[k] as MeasureValue[]]));
  return { ids, region, cluster, county, orgKind, category, year, measures };
}

/** Trainee `i`'s value of a measure (未录入 → null). */
export function readMeasure(table: TraineeTable, key: string, i: number): MeasureValue {
  return table.measures[key]?.[i] ?? null;
}

/** Trainee `i`'s region, cluster, county, org kind or category, if given. */
export function readAttribute(
  table: TraineeTable,
  attribute: TraineeAttribute,
  i: number,
): string | undefined {
  return table[attribute]?.[i] ?? undefined;
}
