import { describe, expect, it } from "vitest";
import {
  formatFigure,
  formatPoints,
  roundHalfUp,
  toHundredths,
} from "../../../../src/core/scoring/hundredths.ts";

describe("hundredths", () => {
  it("rounds half up the decimal a binary float stands for: 1.005 → 1.01", () => {
    expect(1.005 * 100).toBeLessThan(100.5);
    expect(toHundredths(1.005)).toBe(101);
  });

  it("rounds just below a half down", () => {
    expect(roundHalfUp(2349.4999)).toBe(2349);
  });

  it("reads decimal figures as integer hundredths", () => {
    expect([toHundredths(75), toHundredths(59.995), toHundredths(0.1 + 0.2)]).toEqual([7500, 6000, 30]);
  });

  it("prints points with both decimals, as totals are shown", () => {
    expect([formatPoints(7500), formatPoints(3028), formatPoints(5), formatPoints(-250)]).toEqual([
      "75.00",
      "30.28",
      "0.05",
      "-2.50",
    ]);
  });

  it("prints raw figures rounded to 0.01 without trailing zeros", () => {
    expect([formatFigure(18), formatFigure(17.5), formatFigure(59.995), formatFigure(100)]).toEqual([
      "18",
      "17.5",
      "60",
      "100",
    ]);
  });
});
