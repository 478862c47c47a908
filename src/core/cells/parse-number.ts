/** Numbers as people type them in Chinese sheets: ８５．５, "85分", "1,000", "1000万", "85%". */
import { checkRange } from "./check-range.ts";
import { fail, succeed, type FilledCell, type ParseResult } from "./cell.ts";
import { describeCellKind } from "./describe-cell.ts";
import { foldText, quote } from "./cell-text.ts";

/** Bounds and kind a field puts on its numbers. */
export interface NumberRules {
  min?: number | undefined;
  max?: number | undefined;
  integer?: boolean | undefined;
}

// number · optional exponent · optional scale (%, 万, 亿) · optional counting word (分, 元, 次…).
const numberText =
  /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(?:e([+-]?\d+))?\s*(%|万|亿)?\s*(?:元|分|次|期|件|个|人次|人|项|篇|场|名|家|学时|课时|小时|天)?$/i;
const scales: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const percentFormat = /%/;

/** Reads a number cell or text, applies scale words, then checks integer-ness and range. */
export function parseNumber(cell: FilledCell, rules: NumberRules = {}): ParseResult<number> {
  const read = readNumber(cell, rules.max);
  if (!read.ok) return read;
  if (rules.integer && !Number.isInteger(read.value)) return fail(`${read.value} 不是整数`);
  return checkRange(read.value, rules.min, rules.max);
}

function readNumber(cell: FilledCell, max: number | undefined): ParseResult<number> {
  if (cell.kind === "number") {
    const percent = cell.format !== undefined && percentFormat.test(cell.format);
    return succeed(percent ? scalePercent(cell.value, max) : cell.value);
  }
  if (cell.kind !== "text") return fail(`单元格是${describeCellKind(cell)}，不是数字`);
  const text = foldText(cell.value);
  const m = numberText.exec(text);
  if (!m) return fail(`${quote(text)}不是数字`);
  const value = Number(m[1]!.replaceAll(",", "")) * 10 ** Number(m[2] ?? 0);
  if (!Number.isFinite(value)) return fail(`${quote(text)}超出可表示的数字范围`);
  if (m[3] === "%") return succeed(scalePercent(value / 100, max));
  return succeed(m[3] ? tidy(value * scales[m[3]]!) : value);
}

// A percentage is a fraction (85% = 0.85) only for fields scaled 0–1; for a
// score out of 100, people who type "85%" mean 85 points.
function scalePercent(fraction: number, max: number | undefined): number {
  return max !== undefined && max <= 1 ? tidy(fraction) : tidy(fraction * 100);
}

// Drops binary floating-point noise such as 0.85 * 100 = 85.00000000000001.
function tidy(value: number): number {
  return Number(value.toPrecision(15));
}
