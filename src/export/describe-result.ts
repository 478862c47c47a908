/**
 * One trainee's result as one paragraph for the results workbook: each
 * component's figure and points, make-ups, admission, the verdict (which
 * names the failed gates), and any person's override beside the computed result.
 */
import type { RuleSet } from "../core/rules/rule-schema.ts";
import type { TraineeExplanation } from "../core/scoring/explain-trainee.ts";

/** The explanation in words, clauses joined with "；", ending in "。". */
export function describeResult(e: TraineeExplanation, rules: RuleSet): string {
  const clauses: string[] = [];
  // dj lists eleven achievement groups; the ones that gave nothing are summed up in one clause.
  const optional = new Set(
    rules.components
      .filter((c) => c.kind === "items" || c.kind === "bonus" || c.kind === "bands")
      .map((c) => c.id),
  );
  const shown = e.components.filter((c) => !(optional.has(c.id) && c.points === 0));
  for (const c of shown)
    clauses.push(`${c.label}：${c.figure}，得 ${c.pointsText} 分${c.note === null ? "" : `（${c.note}）`}`);
  if (shown.length < e.components.length) clauses.push("其余加分项未填或为 0，不得分");
  // Where attempts alone decide (hb-bxwq), the verdict already goes through them part by part.
  const attemptsDecide =
    rules.selection === undefined && rules.passMark === undefined && rules.tiering === undefined;
  if (!attemptsDecide)
    for (const p of e.parts) {
      const tries = p.attempts.map((a) => `${a.name} ${a.figure}`).join("，");
      clauses.push(`${p.label}：${p.state}${tries === "" ? "" : `（${tries}）`}`);
    }
  if (e.admission !== null) clauses.push(`线下录取：${e.admission.priority}，${e.admission.fee}`);
  clauses.push(e.verdict);
  for (const o of e.overrides)
    clauses.push(`经人工调整为「${o.value}」（计算结果为「${o.computed}」；理由：${o.reason}）`);
  return `${clauses
    .map((c) => c.replace(/[。；，\s]+$/, ""))
    .filter((c) => c !== "")
    .join("；")}。`;
}
