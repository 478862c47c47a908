/**
 * A demo's own parameter: a quota its groups can exceed. Two hundred demo
 * trainees in three 城市圈 never fill the published 200 places each, so
 * nobody would be 未入选 and no tie would straddle the cut; the demo cohort
 * starts with a smaller quota, shown like any change staff make.
 */
import type { DemoProgram } from "./demo-program.ts";
import type { RulePatch } from "../rules/cohort-rules.ts";
import { listDemoPlaces } from "./demo-places.ts";

/** The parameter changes a demo of `size` trainees starts with; empty when the published rules suit it. */
export function fitDemoRules(program: DemoProgram, size: number): RulePatch {
  const selection = program.rules.selection;
  if (selection === undefined) return {};
  const places = listDemoPlaces(program);
  const groups =
    selection.groupBy === "none"
      ? 1
      : selection.groupBy === "region"
        ? places.length
        : new Set(places.map((p) => p.cluster)).size;
  // About half of each group is selected, so both sides of the cut are well filled.
  const quota = Math.max(1, Math.floor(size / (2 * groups)));
  return quota < selection.quota ? { "selection.quota": quota } : {};
}
