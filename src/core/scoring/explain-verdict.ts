/** The reason for a trainee's outcome in one line: the failing figures, the pass mark, the place against the quota. */
import { negate, printOp } from "./compare-figures.ts";
import type { Tie } from "./cut-places.ts";
import { NOT_ENTERED } from "./describe-figures.ts";
import type { ExplainedComponent, ExplainedGate, ExplainedPart } from "./explain-trainee.ts";
import { formatFigure, formatPoints } from "./hundredths.ts";
import { outcome } from "./outcome.ts";
import type { CohortScores } from "./score-cohort.ts";

/** The parts of an explanation the verdict reads. */
export interface VerdictParts {
  components: ExplainedComponent[];
  gates: ExplainedGate[];
  parts: ExplainedPart[];
  total: number | null;
  rank: number | null;
  group: string | null;
  tie: Tie | null;
}

/** The reason for trainee `i`'s outcome. */
export function explainVerdict(scores: CohortScores, i: number, v: VerdictParts): string {
  const { rules } = scores;
  const code = scores.outcome[i] as number;
  const failedGates = v.gates.filter((g) => !g.passed && !g.missing).map((g) => g.text);
  // Attempts decide the outcome only where no selection, pass mark or tiering does (hb-bxwq).
  const attemptsDecide =
    rules.selection === undefined && rules.passMark === undefined && rules.tiering === undefined;
  if (code === outcome.missing) {
    const missing = [
      ...v.components.filter((c) => c.missing).map((c) => c.figure),
      ...v.gates.filter((g) => g.missing).map((g) => g.text),
      ...(attemptsDecide
        ? v.parts.filter((p) => p.state === "缺考或未录入").map((p) => `${p.label} ${NOT_ENTERED}`)
        : []),
    ];
    if (scores.groups !== null && scores.groups.groupOf[i] === -1)
      missing.push(`所在${rules.selection?.groupBy === "region" ? "市州" : "城市圈"} ${NOT_ENTERED}`);
    // A figure both scored and gated (考试成绩) is named once.
    return [...new Set(missing)].join("；");
  }
  if (failedGates.length > 0) return failedGates.join("；");
  const total = v.total === null ? NOT_ENTERED : formatPoints(v.total);
  if (rules.selection !== undefined) {
    const where = v.group ?? "";
    if (code === outcome.tied && v.tie !== null) {
      const seats = v.tie.seats[0];
      return `${where}并列第 ${v.tie.rank} 名（总分 ${total}）：${v.tie.candidates.length} 人争 ${seats?.count ?? 0} 个名额，待工作人员决定`;
    }
    return `总分 ${total}，${where}第 ${v.rank ?? "-"} 名，名额 ${rules.selection.quota} 名`;
  }
  if (rules.passMark !== undefined) {
    const { op, mark } = rules.passMark;
    const sign = code === outcome.pass ? printOp(op) : negate(op);
    return `总分 ${total} ${sign} ${formatFigure(mark)}`;
  }
  if (rules.tiering !== undefined) {
    const { failBelow } = rules.tiering;
    if (code === outcome.fail) return `总分 ${total} < ${formatFigure(failBelow)}`;
    const caps = scores.tierSummary?.capacities.map((c) => `${c.tier} ${c.capacity} 名`).join("、") ?? "";
    const base = `参评 ${scores.tierSummary?.base ?? 0} 人：${caps}`;
    if (v.tie !== null && !v.tie.decided) {
      const seats = v.tie.seats.map((s) => `${s.label} ${s.count} 名`).join("、");
      return `总分 ${total}，并列第 ${v.tie.rank} 名跨越等次线（${v.tie.candidates.length} 人分 ${seats}），待工作人员决定；${base}`;
    }
    return `总分 ${total} ≥ ${formatFigure(failBelow)}，第 ${v.rank ?? "-"} 名（${base}）`;
  }
  if (attemptsDecide && v.parts.length > 0)
    return v.parts
      .map((p) => `${p.label}：${p.attempts.map((a) => `${a.name} ${a.figure}`).join("，")}（${p.state}）`)
      .join("；");
  return `总分 ${total}`;
}
