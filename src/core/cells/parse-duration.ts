/** Durations in hours: "20", "20小时30分", "1:30:00", "90分钟", "2.5h", Excel time fractions. */
import { checkRange } from "./check-range.ts";
import { fail, succeed, type FilledCell, type ParseResult } from "./cell.ts";
import { describeCellKind } from "./describe-cell.ts";
import { foldText, quote } from "./cell-text.ts";

/** Bounds a field puts on its hours. */
export interface DurationRules {
  min?: number | undefined;
  max?: number | undefined;
}

const clock = /^(\d+):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?$/;
// 学时 and 课时 count as hours: the programs use them interchangeably ("20 学时" / "20小时").
const units =
  /^(?:(\d+(?:\.\d+)?)\s*(?:个小时|小时|学时|课时|时|hours?|hrs?|h))?\s*(?:(\d+(?:\.\d+)?)\s*(?:分钟|分|minutes?|mins?|m))?\s*(?:(\d+(?:\.\d+)?)\s*(?:秒钟|秒|seconds?|secs?|s))?$/i;
const plain = /^\d+(?:\.\d+)?$/;
// Quoted literals, escapes and [$-804]-style locale codes say nothing about time; [h], [mm] and [ss] do.
const formatNoise = /"[^"]*"|\\.|\[(?![hms]+\])[^\]]*\]/gi;

/** Reads hours from a number, a time cell or text, then checks the field's range. */
export function parseDuration(cell: FilledCell, rules: DurationRules = {}): ParseResult<number> {
  const read = readHours(cell);
  return read.ok ? checkRange(roundToSecond(read.value), rules.min, rules.max) : read;
}

/** Whether an Excel number format shows a time of day or elapsed time (h:mm, [h]:mm:ss, mm:ss). */
export function isTimeFormat(format: string): boolean {
  const f = format.replace(formatNoise, "");
  return /[hs]/i.test(f) && !/[yd]/i.test(f);
}

function readHours(cell: FilledCell): ParseResult<number> {
  switch (cell.kind) {
    case "number":
      // Excel stores times as fractions of a day.
      return succeed(cell.format !== undefined && isTimeFormat(cell.format) ? cell.value * 24 : cell.value);
    case "date":
      return cell.serial < 1 ? succeed(cell.serial * 24) : fail("是日期，不是时长");
    case "bool":
      return fail(`单元格是${describeCellKind(cell)}，不是时长`);
    case "text":
      return readHoursText(foldText(cell.value));
  }
}

function readHoursText(text: string): ParseResult<number> {
  if (plain.test(text)) return succeed(Number(text));
  const c = clock.exec(text);
  if (c && Number(c[2]) < 60 && Number(c[3] ?? 0) < 60) return succeed(toHours(c[1], c[2], c[3]));
  const u = units.exec(text);
  if (u && (u[1] ?? u[2] ?? u[3]) !== undefined) return succeed(toHours(u[1], u[2], u[3]));
  return fail(`${quote(text)}不是时长，可写成 20、20小时30分 或 1:30:00`);
}

function toHours(hours = "0", minutes = "0", seconds = "0"): number {
  return Number(hours) + Number(minutes) / 60 + Number(seconds) / 3600;
}

// Sheets record time to the second; rounding there removes float noise (13:00 → 12.999999999999998).
function roundToSecond(hours: number): number {
  return Math.round(hours * 3600) / 3600;
}
