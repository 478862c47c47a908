/**
 * Whether a program has started, is running or is over, judged at build time
 * from its period. Dates are ISO `YYYY-MM-DD` strings, so string order is date order.
 */
import type { Program } from "./program-schema.ts";

/** The three states printed on the home page. */
export type ProgramStatus = "未开始" | "进行中" | "已结束";

/** The status of `period` on `today`; both ends of the period count as running. */
export function getProgramStatus(period: Program["period"], today: string): ProgramStatus {
  if (today < period.start) return "未开始";
  if (today > period.end) return "已结束";
  return "进行中";
}

/** The calendar date of `instant` in China (UTC+8), as `YYYY-MM-DD`. */
export function toChinaDate(instant: Date): string {
  // Build machines run in UTC; a build at 07:00 Beijing time must still count as that Beijing day.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(instant);
}
