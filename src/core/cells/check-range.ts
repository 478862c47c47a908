/** Range checks for numbers and durations, from a field's inclusive `min`/`max`. */
import { fail, succeed, type ParseResult } from "./cell.ts";

/** The value when it lies within the bounds, else a message naming the bound it breaks. */
export function checkRange(
  value: number,
  min: number | undefined,
  max: number | undefined,
): ParseResult<number> {
  if (min !== undefined && value < min) return fail(`${value} 低于下限 ${min}`);
  if (max !== undefined && value > max) return fail(`${value} 超过上限 ${max}`);
  return succeed(value);
}
