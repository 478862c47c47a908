/**
 * People's decisions about single trainees, sorted into tie placings (which
 * settle a straddling tie inside the computed result) and overrides (which
 * stay beside it, with their reason). Decisions that no longer fit the
 * rules or the cohort are reported, not applied.
 */
import type { RuleSet } from "../rules/rule-schema.ts";
import { listTiers } from "./assign-tiers.ts";
import type { Problem } from "./problem.ts";
import type { TraineeDecision } from "./scoring-input.ts";
import { selectionPlaces } from "./select-quota.ts";

/** A person's replacement of a computed tier or selection, kept apart from it. */
export interface Override {
  value: string;
  reason: string;
}

/** A trainee's overrides by kind; a later decision of the same kind replaces an earlier one. */
export type TraineeOverrides = Partial<Record<"tier" | "selection", Override>>;

/** Decisions sorted by use, keyed by trainee index. */
export interface ReadDecisions {
  choices: Map<number, string>;
  overrides: Map<number, TraineeOverrides>;
  problems: Problem[];
}

/** Sorts decisions; `indexOf` maps a trainee id to its index in the cohort. */
export function readDecisions(
  rules: RuleSet,
  decisions: readonly TraineeDecision[],
  indexOf: ReadonlyMap<string, number>,
): ReadDecisions {
  const choices = new Map<number, string>();
  const overrides = new Map<number, TraineeOverrides>();
  const problems: Problem[] = [];
  for (const d of decisions) {
    const i = indexOf.get(d.traineeId);
    if (i === undefined) {
      problems.push({
        code: "decisionUnknownTrainee",
        message: `决定所指的学员 ${d.traineeId} 不在本批次中，未采用`,
      });
      continue;
    }
    if (d.kind === "tie") {
      choices.set(i, d.value);
      continue;
    }
    const refused = refuseOverride(rules, d);
    if (refused !== null) {
      problems.push({ code: "overrideRefused", message: `学员 ${d.traineeId} 的调整未采用：${refused}` });
      continue;
    }
    overrides.set(i, { ...overrides.get(i), [d.kind]: { value: d.value, reason: d.reason } });
  }
  return { choices, overrides, problems };
}

/** Why the rules do not allow this override, or null when they do. */
function refuseOverride(rules: RuleSet, d: TraineeDecision): string | null {
  if (d.kind === "tier") {
    if (rules.tiering === undefined) return "本项目不评等次";
    if (!rules.tiering.overridable) return "本项目的等次不允许人工调整";
    const tiers = listTiers(rules.tiering);
    if (!tiers.includes(d.value)) return `等次“${d.value}”不存在（可选：${tiers.join("、")}）`;
    return null;
  }
  if (rules.selection === undefined) return "本项目没有遴选名额";
  if (!(selectionPlaces as readonly string[]).includes(d.value))
    return `遴选结果“${d.value}”无效（可选：${selectionPlaces.join("、")}）`;
  return null;
}
