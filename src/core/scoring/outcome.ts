/** A trainee's outcome: one code per trainee in a byte column, with the word shown for it. */

/** Outcome codes. */
export const outcome = {
  pass: 0,
  fail: 1,
  selected: 2,
  notSelected: 3,
  /** In a tie straddling the quota, until a person decides. */
  tied: 4,
  /** A gate of the selection failed (问卷未提交, 未参加线上培训). */
  ineligible: 5,
  pendingMakeUp: 6,
  missing: 7,
  /** Scored with no pass mark (jy: indicator score only). */
  scored: 8,
} as const;

/** The word for each outcome code, as the results table prints it. */
export const outcomeLabels = [
  "通过",
  "未通过",
  "入选",
  "未入选",
  "待定（并列）",
  "不符合条件",
  "待补考",
  "缺考或未录入",
  "已评分",
] as const;

/** Outcome word of a code. */
export function labelOutcome(code: number): string {
  return outcomeLabels[code] ?? "";
}
