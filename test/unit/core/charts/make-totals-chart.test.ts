import { describe, expect, it } from "vitest";
import { makeTotalsChart } from "../../../../src/core/charts/make-totals-chart.ts";
import { scoreCohort } from "../../../../src/core/scoring/score-cohort.ts";
import { rulesOf, trainee } from "../scoring/cohort-builders.ts";
import { printChart } from "./print-chart.ts";

const gd = rulesOf("gd-ipo-2021");
/** A gd trainee: 20 hours (35) and one session (35) unless told, and an exam score. */
const learner = (id: string, exam: number | null, hours = 20) =>
  trainee(id, { onlineHours: hours, offlineSessions: 1, exam });

// Totals 100, 88, 88, 82.50, 75.00 (in the 75–80 bin, yet not past the mark) and one 缺考.
const cohort = [
  learner("a", 100),
  learner("b", 60),
  learner("c", 60),
  learner("d", 100, 10),
  learner("e", 75, 10),
  learner("f", null),
];

describe("the histogram of totals", () => {
  it("counts complete totals in 5-point bins, with the pass mark between 70–75 and 75–80", () => {
    expect(printChart(makeTotalsChart(scoreCohort(gd, cohort)), true)).toMatchInlineSnapshot(`
      "总分分布［人］
      每 5 分一段，含下限不含上限（最后一段含上限）；共 5 人，另有 1 人缺考或未录入，未计入。
      总分区间 | 人数
      75–80 | 1
      80–85 | 1
      85–90 | 2
      95–100 | 1
      线 @15：通过考核：总分 > 75"
    `);
  });

  it("holds 20 bins from 0 to the full 100", () => {
    expect(makeTotalsChart(scoreCohort(gd, cohort))?.labels).toHaveLength(20);
  });

  it("counts only the trainees the filters show", () => {
    const data = makeTotalsChart(scoreCohort(gd, cohort), [1, 0, 0, 0, 1, 0]);
    expect(printChart(data, true)).toMatchInlineSnapshot(`
      "总分分布［人］
      每 5 分一段，含下限不含上限（最后一段含上限）；共 2 人。
      总分区间 | 人数
      75–80 | 1
      95–100 | 1
      线 @15：通过考核：总分 > 75"
    `);
  });

  it("reaches past 100 where items are uncapped, and marks the fail line of the tiers", () => {
    const dj = rulesOf("dj-practical-talent-2024");
    const scores = scoreCohort(dj, [
      trainee("q", { trainingDone: 40, trainingRequired: 40, trademarks: 21 }),
      trainee("f", { trainingDone: 30, trainingRequired: 40 }),
    ]);
    expect(printChart(makeTotalsChart(scores), true)).toMatchInlineSnapshot(`
      "总分分布［人］
      每 5 分一段，含下限不含上限（最后一段含上限）；共 2 人。
      总分区间 | 人数
      45–50 | 1
      100–105 | 1
      线 @12：不合格：总分 < 60"
    `);
  });

  it("is not drawn for a program with no components", () => {
    expect(
      makeTotalsChart(scoreCohort(rulesOf("hb-bxwq-2023"), [trainee("x", { exam: 80, practical: true })])),
    ).toBeNull();
  });
});
