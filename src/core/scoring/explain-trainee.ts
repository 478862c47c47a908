/**
 * One trainee's result in words: each component with its figure, points and
 * the rule sentence behind it; each gate with the figure that passed or
 * failed it; the outcome with the reason; make-up history; and any person's
 * override beside (never inside) the computed result.
 */
import { describeRules, type MeasureNames } from "../rules/describe-rule.ts";
import { feeState } from "./admit-trainees.ts";
import { NO_TIER } from "./assign-tiers.ts";
import { attemptMark, markAttempt, partState } from "./check-attempts.ts";
import { gateState } from "./check-gates.ts";
import { PENDING_PLACE, type Tie } from "./cut-places.ts";
import { nameMeasure, NOT_ENTERED, printComparison, printFigure, readNumber } from "./describe-figures.ts";
import { describeComponentFigure, type ValueOf } from "./explain-components.ts";
import { explainVerdict } from "./explain-verdict.ts";
import { formatFigure, formatPoints } from "./hundredths.ts";
import { labelOutcome } from "./outcome.ts";
import { isEligible } from "./check-eligibility.ts";
import type { CohortScores } from "./score-cohort.ts";
import { readMeasure } from "./trainee-table.ts";

/** A component's part in the total. */
export interface ExplainedComponent {
  id: string;
  label: string;
  /** Our reading of the rule, as the program page prints it. */
  rule: string;
  original: string;
  /** The figure(s) it was computed from. */
  figure: string;
  /** Points in hundredths, and as printed. */
  points: number;
  pointsText: string;
  missing: boolean;
  /** A cap, a band or a 未填 that explains the points, if any. */
  note: string | null;
}

/** A gate and the figure that decided it. */
export interface ExplainedGate {
  id: string;
  label: string;
  rule: string;
  original: string;
  passed: boolean;
  missing: boolean;
  /** "线上学时 18 < 20". */
  text: string;
}

/** One part of an exam-style assessment, attempt by attempt. */
export interface ExplainedPart {
  id: string;
  label: string;
  attempts: { name: "首次" | "补考"; figure: string; passed: boolean | null }[];
  /** 首次通过, 补考通过, 待补考, 未通过, 缺考或未录入. */
  state: string;
}

/** A person's override, shown beside the computed value. */
export interface ExplainedOverride {
  kind: "tier" | "selection";
  computed: string;
  value: string;
  reason: string;
}

/** Everything the results page shows when a trainee is opened. */
export interface TraineeExplanation {
  id: string;
  components: ExplainedComponent[];
  gates: ExplainedGate[];
  /** Hundredths, and as printed ("75.00"); null when a scaled figure is 未录入. */
  total: number | null;
  totalText: string;
  rank: number | null;
  /** The selection group the rank is counted in, or null for the whole cohort. */
  rankGroup: string | null;
  outcome: string;
  /** Why: the failing figures, the comparison with the pass mark, the place against the quota. */
  verdict: string;
  tier: string | null;
  tie: Tie | null;
  parts: ExplainedPart[];
  certificate: boolean | null;
  talentPool: boolean | null;
  admission: { priority: string; fee: string } | null;
  overrides: ExplainedOverride[];
  /** The result once overrides are applied; equal to the computed one when there are none. */
  effective: {
    outcome: string;
    tier: string | null;
    certificate: boolean | null;
    talentPool: boolean | null;
  };
}

/** Explains trainee `i`; `names` (from the program's templates) name the measures in sentences. */
export function explainTrainee(
  scores: CohortScores,
  i: number,
  names: MeasureNames = new Map(),
): TraineeExplanation {
  const { rules } = scores;
  const valueOf: ValueOf = (key) => readMeasure(scores.table, key, i);
  const lines = describeRules(rules, names);
  const sentences = (topic: string): string[] =>
    lines.filter((l) => l.topic === topic).map((l) => l.sentence);
  const componentRules = sentences("考核项");
  const gateRules = sentences("必要条件");
  const components = rules.components.map((c, k): ExplainedComponent => {
    const column = scores.components[k];
    const points = column?.points[i] ?? 0;
    const missing = column?.missing?.[i] === 1;
    const { figure, note } = describeComponentFigure(c, valueOf, names, missing);
    return {
      id: c.id,
      label: c.label,
      rule: componentRules[k] ?? c.label,
      original: c.original,
      figure,
      points,
      pointsText: formatPoints(points),
      missing,
      note,
    };
  });
  const gates = rules.gates.map((g, k): ExplainedGate => {
    const state = scores.gates[k]?.[i] ?? gateState.passed;
    const name = nameMeasure(names, g.measure, g.label);
    const value = valueOf(g.measure);
    const text =
      g.op === "present" ? `${name} ${printFigure(value)}` : printComparison(name, value, g.op, g.value ?? 0);
    return {
      id: g.id,
      label: g.label,
      rule: gateRules[k] ?? g.label,
      original: g.original,
      passed: state === gateState.passed,
      missing: state === gateState.missing,
      text,
    };
  });
  const parts = explainParts(scores, i, names);
  const complete = scores.complete[i] === 1;
  const total = complete ? (scores.total[i] as number) : null;
  const rank = scores.rank[i] === 0 ? null : (scores.rank[i] as number);
  const group = rankGroupOf(scores, i);
  const tie = scores.ties[scores.tieOf[i] as number] ?? null;
  const tier = printTier(scores, scores.tier[i] as number);
  const overrides = scores.overrides.get(i) ?? null;
  const code = scores.outcome[i] as number;
  const explained: ExplainedOverride[] = [];
  if (overrides?.tier !== undefined)
    explained.push({ kind: "tier", computed: tier ?? "无", ...overrides.tier });
  if (overrides?.selection !== undefined)
    explained.push({ kind: "selection", computed: labelOutcome(code), ...overrides.selection });
  const certificate = rules.certificate === undefined ? null : scores.certificate[i] === 1;
  const talentPool = rules.talentPool === undefined ? null : scores.talentPool[i] === 1;
  return {
    id: scores.table.ids[i] as string,
    components,
    gates,
    total,
    totalText: total === null ? NOT_ENTERED : formatPoints(total),
    rank,
    rankGroup: rank === null ? null : group,
    outcome: labelOutcome(code),
    verdict: explainVerdict(scores, i, { components, gates, parts, total, rank, group, tie }),
    tier,
    tie,
    parts,
    certificate,
    talentPool,
    admission: explainAdmission(scores, i, names),
    overrides: explained,
    effective: {
      outcome: overrides?.selection?.value ?? labelOutcome(code),
      tier: overrides?.tier?.value ?? tier,
      certificate:
        rules.certificate === undefined ? null : isEligible(scores, rules.certificate.when, i, overrides),
      talentPool:
        rules.talentPool === undefined ? null : isEligible(scores, rules.talentPool.when, i, overrides),
    },
  };
}

function explainParts(scores: CohortScores, i: number, names: MeasureNames): ExplainedPart[] {
  const attempts = scores.rules.attempts;
  if (attempts === undefined) return [];
  return attempts.parts.map((part, k): ExplainedPart => {
    const mark = (key: string, fallback: string): { figure: string; passed: boolean | null } => {
      const value = readMeasure(scores.table, key, i);
      const m = markAttempt(part, readNumber(value), value === true || typeof value === "number" ? 1 : 0);
      return {
        figure: `${nameMeasure(names, key, fallback)} ${printFigure(value)}`,
        passed: m === attemptMark.missing ? null : m === attemptMark.passed,
      };
    };
    const list: ExplainedPart["attempts"] = [{ name: "首次", ...mark(part.measure, part.label) }];
    if (attempts.makeUps > 0 && part.makeUpMeasure !== undefined) {
      const makeUp = mark(part.makeUpMeasure, `${part.label}补考`);
      if (makeUp.passed !== null) list.push({ name: "补考", ...makeUp });
    }
    const state = scores.parts[k]?.[i] ?? partState.missing;
    return { id: part.id, label: part.label, attempts: list, state: partStateLabels[state] ?? "" };
  });
}

const partStateLabels = ["首次通过", "补考通过", "待补考", "未通过", "缺考或未录入"];

function rankGroupOf(scores: CohortScores, i: number): string | null {
  if (scores.groups === null || scores.rules.selection?.groupBy === "none") return null;
  return scores.groups.names[scores.groups.groupOf[i] as number] ?? null;
}

function printTier(scores: CohortScores, code: number): string | null {
  if (code === NO_TIER) return null;
  if (code === PENDING_PLACE) return "待定（并列）";
  return scores.tierNames[code] ?? null;
}

function explainAdmission(
  scores: CohortScores,
  i: number,
  names: MeasureNames,
): TraineeExplanation["admission"] {
  const admission = scores.rules.admission;
  if (admission === undefined || scores.admission === null) return null;
  const k = scores.admission.priority[i] as number;
  const priority =
    admission.priority[k] === undefined
      ? `按${nameMeasure(names, admission.thenBy, "报名时间")}先后录取`
      : `第 ${k + 1} 优先：${admission.priority[k]?.label ?? ""}`;
  const amount = `${formatFigure(admission.fee.amount)} ${admission.fee.unit}`;
  const charged = nameMeasure(names, admission.fee.chargedWhen, admission.fee.chargedWhen);
  const fee =
    {
      [feeState.free]: "免费",
      [feeState.charged]: `缴纳培训费 ${amount}`,
      [feeState.waived]: `${nameMeasure(names, admission.fee.waivedWhen ?? "", "免缴条件")}，免缴培训费`,
      [feeState.unknown]: `${charged} ${NOT_ENTERED}，培训费待定`,
    }[scores.admission.fee[i] as number] ?? "";
  return { priority, fee };
}
