/**
 * The numeric parameters of a program's rules that staff may change for one
 * cohort, each under its canonical path (see cohort-rules.ts) with a label a
 * person reads: weights, gate values, the pass mark, the quota, tier shares.
 */
import { normalizeRulePath, type RuleChange } from "../../core/rules/cohort-rules.ts";
import type { RuleSet } from "../../core/rules/rule-schema.ts";

/** One parameter: where it is, what it is called, what the program publishes. */
export interface RuleParameter {
  path: string;
  label: string;
  published: number;
  /** Whole numbers only (a quota). */
  integer: boolean;
  /** Shares are shown and entered as percentages. */
  percent: boolean;
  /** Why staff set it, when the program leaves it to them. */
  note: string | null;
}

/** Lists the cohort-adjustable parameters of `rules`, in reading order. */
export function listRuleParameters(rules: RuleSet): RuleParameter[] {
  const notes = new Map(
    rules.staffSet.map((s) => [normalizeRulePath(rules, s.path) ?? s.path, s.note] as const),
  );
  const list: RuleParameter[] = [];
  const add = (path: string, label: string, published: number, integer = false, percent = false): void => {
    list.push({ path, label, published, integer, percent, note: notes.get(path) ?? null });
  };
  for (const c of rules.components)
    if ("weight" in c && typeof c.weight === "number")
      add(`components.${c.id}.weight`, `考核项「${c.label}」满分`, c.weight);
  for (const g of rules.gates)
    if (g.value !== undefined) add(`gates.${g.id}.value`, `必要条件「${g.label}」的界限`, g.value);
  if (rules.passMark !== undefined) add("passMark.mark", "通过考核的总分线", rules.passMark.mark);
  if (rules.selection !== undefined) add("selection.quota", "每组入选名额", rules.selection.quota, true);
  if (rules.tiering !== undefined) {
    add("tiering.failBelow", `低于此分为${rules.tiering.failTier}`, rules.tiering.failBelow);
    for (const s of rules.tiering.shares)
      add(`tiering.shares.${s.tier}.share`, `${s.tier}的比例（%）`, s.share, false, true);
  }
  return list;
}

/** "通过考核的总分线：75 → 60" for each changed parameter; paths without a label are named as they are. */
export function describeRuleChanges(rules: RuleSet, changes: readonly RuleChange[]): string[] {
  const byPath = new Map(listRuleParameters(rules).map((p) => [p.path, p]));
  return changes.map((c) => {
    const parameter = byPath.get(c.path);
    const show = (value: unknown): string =>
      parameter?.percent === true && typeof value === "number" ? `${round(value * 100)}%` : String(value);
    return `${parameter?.label ?? c.path}：${show(c.published)} → ${show(c.value)}`;
  });
}

/** A percentage without float noise (0.1 × 100 = 10.000000000000002). */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
