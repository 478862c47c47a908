/**
 * The results table's view of a scored cohort: which trainees show (filters
 * and search), in which order (the sorted column), and each cell as text.
 * Works on indices into the scored columns, so 100,000 trainees cost typed
 * arrays, not an object per row.
 */
import { readPersonCells, type PersonCells } from "../../export/person-cells.ts";
import type { ScoredCohort } from "../../export/scored-cohort.ts";
import { NOT_ENTERED } from "../../core/scoring/describe-figures.ts";
import { formatPoints } from "../../core/scoring/hundredths.ts";
import { labelOutcome } from "../../core/scoring/outcome.ts";
import { tierWordOf } from "../../core/scoring/summarize-cohort.ts";

/** A column of the table: its header and how it reads, sorts and filters. */
export interface ResultColumn {
  id: string;
  label: string;
  /** Text of trainee `i`'s cell. */
  text(i: number): string;
  /** Sorting key: numbers sort as numbers, text in code-point order; null sorts last. */
  key(i: number): number | string | null;
}

/** The filters staff can set: "" means every value. */
export interface ResultFilters {
  region: string;
  cluster: string;
  orgKind: string;
  outcome: string;
}

/** Sort order of the table. */
export interface ResultSort {
  column: string;
  direction: "ascending" | "descending";
}

/** Every filter at "all". */
export const noFilters: ResultFilters = { region: "", cluster: "", orgKind: "", outcome: "" };

/** The table's columns for a scored cohort; ID numbers and phones whole only when `reveal`. */
export function listResultColumns(scored: ScoredCohort, reveal: boolean): ResultColumn[] {
  const { scores } = scored;
  const person = readPersonCells(scored.matched, reveal);
  const personColumn = (id: string, label: string): ResultColumn => ({
    id,
    label,
    text: (i) => readText(person, id, i),
    key: (i) => readKey(person, id, i),
  });
  const attribute = (id: "region" | "cluster" | "orgKind", label: string): ResultColumn => ({
    id,
    label,
    text: (i) => scores.table[id]?.[i] ?? NOT_ENTERED,
    key: (i) => scores.table[id]?.[i] ?? null,
  });
  const components = scores.rules.components.map((c, k): ResultColumn => {
    const column = scores.components[k];
    return {
      id: `component:${c.id}`,
      label: c.label,
      text: (i) => (column?.missing?.[i] === 1 ? NOT_ENTERED : formatPoints(column?.points[i] ?? 0)),
      key: (i) => (column?.missing?.[i] === 1 ? null : (column?.points[i] ?? 0)),
    };
  });
  const hasTiers = scores.tierNames.length > 0;
  return [
    personColumn("name", "姓名"),
    personColumn("employer", "工作单位"),
    ...(person.has("idNumber") ? [personColumn("idNumber", "身份证号")] : []),
    ...(person.has("phone") ? [personColumn("phone", "手机号码")] : []),
    attribute("region", "地区"),
    attribute("cluster", "城市圈"),
    attribute("orgKind", "单位类型"),
    ...components,
    {
      id: "total",
      label: "总分",
      text: (i) => (scores.complete[i] === 1 ? formatPoints(scores.total[i] as number) : NOT_ENTERED),
      key: (i) => (scores.complete[i] === 1 ? (scores.total[i] as number) : null),
    },
    {
      id: "rank",
      label: "名次",
      text: (i) => (scores.rank[i] === 0 ? "—" : String(scores.rank[i])),
      key: (i) => (scores.rank[i] === 0 ? null : (scores.rank[i] as number)),
    },
    {
      id: "outcome",
      label: "结果",
      text: (i) =>
        withOverride(labelOutcome(scores.outcome[i] as number), scores.overrides.get(i)?.selection),
      key: (i) => labelOutcome(scores.outcome[i] as number),
    },
    ...(hasTiers
      ? [
          {
            id: "tier",
            label: "等次",
            text: (i: number) => withOverride(tierWordOf(scores, i) ?? "—", scores.overrides.get(i)?.tier),
            key: (i: number) => scores.tier[i] as number,
          },
        ]
      : []),
  ];
}

/** "良好（人工调整为 优秀）": the computed value first, a person's override beside it. */
function withOverride(computed: string, override: { value: string } | undefined): string {
  return override === undefined ? computed : `${computed}（人工调整为 ${override.value}）`;
}

function readText(person: PersonCells, key: string, i: number): string {
  const cell = person.read(key, i);
  return cell === null ? "" : String(cell);
}

function readKey(person: PersonCells, key: string, i: number): string | null {
  const cell = person.read(key, i);
  return cell === null || cell === "" ? null : String(cell);
}

/** The values each filter offers, in first-seen order (outcomes in code order). */
export function listFilterChoices(scored: ScoredCohort): Record<keyof ResultFilters, string[]> {
  const { table, outcome } = scored.scores;
  const distinct = (column: ArrayLike<string | null | undefined> | undefined): string[] => {
    const seen = new Set<string>();
    if (column === undefined) return [];
    for (let i = 0; i < column.length; i++) seen.add(column[i] ?? NOT_ENTERED);
    return [...seen];
  };
  const codes = [...new Set(outcome)].sort((a, b) => a - b);
  return {
    region: distinct(table.region),
    cluster: distinct(table.cluster),
    orgKind: distinct(table.orgKind),
    outcome: codes.map(labelOutcome),
  };
}

/** 1 for each trainee the filters and the search (name or employer, any part) let through. */
export function maskTrainees(scored: ScoredCohort, filters: ResultFilters, search: string): Uint8Array {
  const { table, outcome } = scored.scores;
  const n = outcome.length;
  const mask = new Uint8Array(n).fill(1);
  const keep = (column: ArrayLike<string | null | undefined> | undefined, wanted: string): void => {
    if (wanted === "") return;
    for (let i = 0; i < n; i++) if ((column?.[i] ?? NOT_ENTERED) !== wanted) mask[i] = 0;
  };
  keep(table.region, filters.region);
  keep(table.cluster, filters.cluster);
  keep(table.orgKind, filters.orgKind);
  if (filters.outcome !== "")
    for (let i = 0; i < n; i++) if (labelOutcome(outcome[i] as number) !== filters.outcome) mask[i] = 0;
  const query = search.trim();
  if (query !== "") {
    const person = readPersonCells(scored.matched, false);
    for (let i = 0; i < n; i++) {
      if (mask[i] === 0) continue;
      const found =
        readText(person, "name", i).includes(query) || readText(person, "employer", i).includes(query);
      if (!found) mask[i] = 0;
    }
  }
  return mask;
}

/** Indices of the shown trainees in table order: by `sort`, or as imported; ties keep import order. */
export function orderTrainees(
  mask: Uint8Array,
  columns: readonly ResultColumn[],
  sort: ResultSort | null,
): Int32Array {
  let count = 0;
  for (const m of mask) count += m;
  const order = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i] === 1) order[k++] = i;
  const column = sort === null ? undefined : columns.find((c) => c.id === sort.column);
  if (column === undefined || sort === null) return order;
  // Keys read once per trainee: a comparator that reads cells does it ~17 times each.
  const keys = new Array<number | string | null>(mask.length);
  for (const i of order) keys[i] = column.key(i);
  const sign = sort.direction === "ascending" ? 1 : -1;
  return order.sort((a, b) => {
    const x = keys[a] ?? null;
    const y = keys[b] ?? null;
    if (x === y) return a - b;
    if (x === null) return 1;
    if (y === null) return -1;
    return (x < y ? -1 : 1) * sign;
  });
}
