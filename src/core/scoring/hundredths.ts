/**
 * Exact points: every figure the engine compares or adds is an integer
 * number of hundredths. The one rounding rule: round half up to 0.01, once
 * per component (and once per raw figure a threshold is checked against).
 */

/**
 * Binary floating point stores 30.275 as 30.27499…; a tolerance far below
 * 0.01 of a point (inputs carry at most a few decimals) lets such a value
 * round up as the decimal it stands for.
 */
const NOISE = 1e-9;

/** Rounds a value given in hundredths to a whole number of hundredths, half up. */
export function roundHalfUp(hundredths: number): number {
  return Math.floor(hundredths + 0.5 + NOISE);
}

/** A decimal figure (75, 17.3) as integer hundredths (7500, 1730), rounded half up. */
export function toHundredths(value: number): number {
  return roundHalfUp(value * 100);
}

/** Hundredths shown with both decimals, as the results table prints totals: 7500 → "75.00". */
export function formatPoints(hundredths: number): string {
  const sign = hundredths < 0 ? "-" : "";
  const abs = Math.abs(hundredths);
  const cents = abs % 100;
  return `${sign}${(abs - cents) / 100}.${cents < 10 ? "0" : ""}${cents}`;
}

/** A raw figure rounded to 0.01 and shown without trailing zeros: 18 → "18", 17.255 → "17.26". */
export function formatFigure(value: number): string {
  return formatPoints(toHundredths(value)).replace(/\.?0+$/, "");
}
