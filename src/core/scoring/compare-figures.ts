/** Comparisons of rules, always between integer hundredths so what is shown is what is compared. */
import type { Comparison } from "../rules/rule-schema.ts";

/** Whether `left op right` holds. */
export function holds(op: Comparison, left: number, right: number): boolean {
  switch (op) {
    case ">":
      return left > right;
    case ">=":
      return left >= right;
    case "<":
      return left < right;
    case "<=":
      return left <= right;
  }
}

/** The comparison that holds when `op` does not, as printed in a failing figure (18 < 20). */
export function negate(op: Comparison): string {
  return { ">": "≤", ">=": "<", "<": "≥", "<=": ">" }[op];
}

/** The comparison as printed when it holds (24 ≥ 20). */
export function printOp(op: Comparison): string {
  return { ">": ">", ">=": "≥", "<": "<", "<=": "≤" }[op];
}
