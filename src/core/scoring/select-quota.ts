/**
 * Selection of the top `quota` per group (hb-specialist: 200 per 城市圈),
 * ranked within the group. A tie at place 200 is reported, never broken.
 */
import type { RuleSet } from "../rules/rule-schema.ts";
import { cutPlaces, type CutColumns, type CutContext } from "./cut-places.ts";
import { writeRanks, type RankKey } from "./rank-trainees.ts";
import type { TraineeTable } from "./trainee-table.ts";

type Selection = NonNullable<RuleSet["selection"]>;

/** Place labels of a selection: code 0 is 入选, 1 未入选. */
export const selectionPlaces = ["入选", "未入选"] as const;

/** The groups of a cohort: names, and each trainee's group index (-1 when its region or cluster is 未录入). */
export interface Groups {
  names: string[];
  groupOf: Int32Array;
}

/** Reads each trainee's selection group. */
export function readGroups(groupBy: Selection["groupBy"], table: TraineeTable): Groups {
  const groupOf = new Int32Array(table.ids.length);
  if (groupBy === "none") return { names: [""], groupOf };
  const index = new Map<string, number>();
  const names: string[] = [];
  const column = table[groupBy];
  for (let i = 0; i < groupOf.length; i++) {
    const name = column?.[i];
    if (name === undefined || name === null) {
      groupOf[i] = -1;
      continue;
    }
    let g = index.get(name);
    if (g === undefined) {
      g = names.push(name) - 1;
      index.set(name, g);
    }
    groupOf[i] = g;
  }
  return { names, groupOf };
}

/**
 * Ranks the eligible trainees within their group and takes the quota of
 * each; `ordered` is every eligible trainee in cohort rank order.
 */
export function selectQuota(
  selection: Selection,
  ctx: CutContext,
  out: CutColumns,
  key: RankKey,
  ordered: Int32Array,
  groups: Groups,
): void {
  const sizes = new Int32Array(groups.names.length);
  for (const m of ordered) {
    // Not `(x as number)++`: the site build's TypeScript transform drops those parentheses and fails.
    const g = groups.groupOf[m] as number;
    sizes[g] = (sizes[g] as number) + 1;
  }
  const members = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(groups.names.length);
  for (const m of ordered) {
    // Not `(x as number)++`: the site build's TypeScript transform drops those parentheses and fails.
    const g = groups.groupOf[m] as number;
    (members[g] as Int32Array)[filled[g] as number] = m;
    filled[g] = (filled[g] as number) + 1;
  }
  for (const [g, list] of members.entries()) {
    writeRanks(key, list, ctx.rank);
    const group = selection.groupBy === "none" ? null : (groups.names[g] as string);
    cutPlaces(
      ctx,
      out,
      list,
      [{ label: selectionPlaces[0], capacity: selection.quota }],
      selectionPlaces[1],
      "selection",
      group,
    );
  }
}
