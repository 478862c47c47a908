/**
 * The figures behind a result as short Chinese phrases: "线上学时 18 < 20",
 * "考试成绩 未录入". Each figure is shown rounded to 0.01, the same value the
 * engine compared.
 */
import type { Comparison } from "../rules/rule-schema.ts";
import type { MeasureNames } from "../rules/describe-rule.ts";
import { holds, negate, printOp } from "./compare-figures.ts";
import { formatFigure, toHundredths } from "./hundredths.ts";
import type { MeasureValue } from "./scoring-input.ts";

/** Word for a figure that was not entered. */
export const NOT_ENTERED = "未录入";

/** How a measure is named in sentences: its template header, else the rule's own label. */
export function nameMeasure(names: MeasureNames, key: string, fallback: string): string {
  return names.get(key)?.label ?? fallback;
}

/** A raw figure as printed: 18, 17.26, 是, 否, or 未录入. */
export function printFigure(value: MeasureValue): string {
  if (value === true) return "是";
  if (value === false) return "否";
  if (typeof value === "number" && Number.isFinite(value)) return formatFigure(value);
  if (typeof value === "string" && value !== "") return value;
  return NOT_ENTERED;
}

/** A figure read as a number the way the engine reads it (true 1, false 0), or NaN when 未录入. */
export function readNumber(value: MeasureValue): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : NaN;
  if (typeof value === "boolean") return value ? 1 : 0;
  return NaN;
}

/** "线上学时 18 < 20" when the comparison fails, "线上学时 24 ≥ 20" when it holds, "线上学时 未录入" when unknown. */
export function printComparison(name: string, value: MeasureValue, op: Comparison, bound: number): string {
  const v = readNumber(value);
  if (v !== v) return `${name} ${NOT_ENTERED}`;
  const sign = holds(op, toHundredths(v), toHundredths(bound)) ? printOp(op) : negate(op);
  return `${name} ${formatFigure(v)} ${sign} ${formatFigure(bound)}`;
}
