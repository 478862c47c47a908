/**
 * Progress toward a program's targets: person-times from participation
 * records (jy: 2,000 人次), pool members and trainees from the scored cohort
 * (dj: ≥ 100 人), coverage from training-class records (hb-bxwq: 17 市州,
 * 103 县, 10,000 enterprises).
 */
import type { Target } from "../rules/rule-schema.ts";
import { NOT_ENTERED } from "./describe-figures.ts";
import { outcome } from "./outcome.ts";
import type { CohortScores } from "./score-cohort.ts";
import type { ParticipationRecord, TrainingClassRecord } from "./scoring-input.ts";

/** The records targets are counted from; any may be absent. */
export interface ProgressInput {
  scores?: CohortScores;
  participations?: readonly ParticipationRecord[];
  trainingClasses?: readonly TrainingClassRecord[];
}

type Dimension = Target["breakdown"][number];

/** One slice of a breakdown. */
export interface ProgressRow {
  key: string;
  value: number;
}

/** How far a target is reached, with its breakdowns. */
export interface TargetProgress {
  id: string;
  label: string;
  counts: Target["counts"];
  target: number;
  unit: string;
  by: number | null;
  value: number;
  /** value ÷ target, not capped at 1. */
  share: number;
  breakdowns: { by: Dimension; rows: ProgressRow[] }[];
  /** The first two breakdowns crossed (年度 × 人才类别), when there are two. */
  cross: {
    rows: Dimension;
    columns: Dimension;
    cells: { row: string; column: string; value: number }[];
  } | null;
  /** Records that could not count (a class with no enterprise count). */
  notEntered: number;
}

/** A counted record: its breakdown keys and what it adds. */
interface Unit {
  keys: Partial<Record<Dimension, string>>;
  /** For sums (person-times, enterprises); for distinct counts, the thing counted. */
  amount: number;
  distinct: string | null;
}

/** Progress of every target. */
export function measureProgress(targets: readonly Target[], input: ProgressInput): TargetProgress[] {
  return targets.map((t) => {
    const { units, notEntered } = collectUnits(t, input);
    const value = sumUnits(units);
    const breakdowns = t.breakdown.map((by) => ({ by, rows: sliceUnits(units, by) }));
    const [rowsBy, columnsBy] = t.breakdown;
    return {
      id: t.id,
      label: t.label,
      counts: t.counts,
      target: t.value,
      unit: t.unit,
      by: t.by ?? null,
      value,
      share: value / t.value,
      breakdowns,
      cross: rowsBy !== undefined && columnsBy !== undefined ? crossUnits(units, rowsBy, columnsBy) : null,
      notEntered,
    };
  });
}

function keysOf(r: { year?: number; category?: string; region?: string; orgKind?: string }): Unit["keys"] {
  return {
    year: r.year === undefined ? undefined : String(r.year),
    category: r.category,
    region: r.region,
    orgKind: r.orgKind,
  };
}

function collectUnits(t: Target, input: ProgressInput): { units: Unit[]; notEntered: number } {
  const classes = input.trainingClasses ?? [];
  switch (t.counts) {
    case "personTimes":
      return {
        units: (input.participations ?? []).map((p) => ({
          keys: keysOf(p),
          amount: p.personTimes ?? 1,
          distinct: null,
        })),
        notEntered: 0,
      };
    case "poolMembers":
    case "trainees":
      return { units: memberUnits(t.counts, input.scores), notEntered: 0 };
    case "regions":
      return {
        units: classes.flatMap((c) =>
          c.region === undefined ? [] : [{ keys: keysOf(c), amount: 1, distinct: c.region }],
        ),
        notEntered: classes.filter((c) => c.region === undefined).length,
      };
    case "counties":
      return {
        units: classes.flatMap((c) =>
          c.county === undefined
            ? []
            : [{ keys: keysOf(c), amount: 1, distinct: `${c.region ?? ""}/${c.county}` }],
        ),
        notEntered: classes.filter((c) => c.county === undefined).length,
      };
    case "enterprises":
      return {
        units: classes.flatMap((c) =>
          c.enterprises === undefined || c.enterprises === null
            ? []
            : [{ keys: keysOf(c), amount: c.enterprises, distinct: null }],
        ),
        notEntered: classes.filter((c) => c.enterprises === undefined || c.enterprises === null).length,
      };
  }
}

/**
 * Pool members are the trainees the rules put in the talent pool, or, where
 * the rules have no pool rule (dj: the cohort is the pool), every trainee;
 * trainees counted toward a selection target are those selected.
 */
function memberUnits(counts: "poolMembers" | "trainees", scores: CohortScores | undefined): Unit[] {
  if (scores === undefined) return [];
  const { rules } = scores;
  const { table } = scores;
  const units: Unit[] = [];
  for (let i = 0; i < table.ids.length; i++) {
    const member =
      counts === "poolMembers"
        ? rules.talentPool === undefined || scores.talentPool[i] === 1
        : rules.selection === undefined || scores.outcome[i] === outcome.selected;
    const keys = {
      year: table.year?.[i] ?? undefined,
      category: table.category?.[i] ?? undefined,
      region: table.region?.[i] ?? undefined,
      orgKind: table.orgKind?.[i] ?? undefined,
    };
    if (member) units.push({ keys: keysOf(keys), amount: 1, distinct: table.ids[i] as string });
  }
  return units;
}

function sumUnits(units: readonly Unit[]): number {
  if (units.some((u) => u.distinct !== null)) return new Set(units.map((u) => u.distinct)).size;
  return units.reduce((s, u) => s + u.amount, 0);
}

function sliceUnits(units: readonly Unit[], by: Dimension): ProgressRow[] {
  const slices = new Map<string, Unit[]>();
  for (const u of units) {
    const key = u.keys[by] ?? NOT_ENTERED;
    const list = slices.get(key) ?? [];
    list.push(u);
    slices.set(key, list);
  }
  return [...slices]
    .map(([key, list]) => ({ key, value: sumUnits(list) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function crossUnits(
  units: readonly Unit[],
  rows: Dimension,
  columns: Dimension,
): NonNullable<TargetProgress["cross"]> {
  const cells = sliceUnits(units, rows).flatMap((row) =>
    sliceUnits(
      units.filter((u) => (u.keys[rows] ?? NOT_ENTERED) === row.key),
      columns,
    ).map((c) => ({ row: row.key, column: c.key, value: c.value })),
  );
  return { rows, columns, cells };
}
